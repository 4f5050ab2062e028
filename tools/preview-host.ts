// Runs in: Node (tools). Which requests the web preview answers at all. It listens on 127.0.0.1, but
// a web page elsewhere can rebind its own DNS name to 127.0.0.1 and then talk to the preview as if it
// were same-origin: the Host header is what gives that away, so only loopback names with the
// preview's own port are accepted, and an Origin, when the browser sends one, must be that host.

/** `Host` values the preview answers on `port`. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** No Origin (a plain navigation or image) is fine; otherwise it must be the page's own origin. */
export function isAllowedOrigin(origin: string | undefined, host: string): boolean {
  return origin === undefined || origin.toLowerCase() === `http://${host.toLowerCase()}`;
}
