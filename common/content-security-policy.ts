// Runs in: every process. The Content-Security-Policy of the app, sent as a response header by the
// app:// protocol (Electron) and by the web preview server, and written into the built index.html
// as a <meta> (tools/csp-meta.ts) so the page carries it however it is opened. Everything is
// same-origin ('self').

const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Inline style attributes come from React/framer-motion; no inline <script> is ever allowed.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'media-src': "'self' blob:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'child-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** Directives browsers ignore in a <meta> policy (with a console warning): header only. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

function serialise(entries: Array<[string, string]>): string {
  return entries.map(([directive, value]) => `${directive} ${value}`).join('; ');
}

export const CONTENT_SECURITY_POLICY = serialise(Object.entries(DIRECTIVES));

/** The same policy for `<meta http-equiv="Content-Security-Policy">`. */
export const META_CONTENT_SECURITY_POLICY = serialise(
  Object.entries(DIRECTIVES).filter(([directive]) => !HEADER_ONLY_DIRECTIVES.has(directive)),
);
