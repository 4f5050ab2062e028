// Runs in: Node (tools). The servers the benchmark measures against: the kiosk's web preview (a child
// process, as a visitor's browser would meet it) and a bare page that shows the same first portrait
// in a plain <img>, the floor for the cold-start figures, with beside it (/moving, /dragging) the
// floors for the swipe figures.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A page that stopped drawing reports it to the preview, which only logs it (in Electron, main would
 * replace the renderer): the benchmark says so in its own output, beside the figures it would spoil.
 */
function echoFrameStalls(text: string): void {
  for (const line of text.split('\n')) {
    if (line.includes('renderer-frames-stalled')) console.error(`[preview] ${line.trim()}`);
  }
}

/** `tsx tools/preview.ts --port <free> --no-build`; resolves once it printed its URL. */
export async function startPreview(repoRoot: string): Promise<RunningServer> {
  const port = await findFreePort();
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['tools/preview.ts', '--port', String(port), '--no-build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      echoFrameStalls(text);
      output += text;
      const match = /preview: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      echoFrameStalls(text);
      output += text;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The floor: one <img> of the same file, full-bleed, and a tap handler to time the first touch. */
export const BARE_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare portrait</title>
<style>html,body{margin:0;height:100%;background:#111}img{display:block;width:100vw;height:100vh;object-fit:cover}</style>
</head><body><img id="portrait" elementtiming="first-portrait" src="/portrait" alt="">
<script>addEventListener('click', () => { window.__touchAcceptedAt ??= performance.now(); });</script>
</body></html>`;

/** The moving floor: three full-screen cards of the same portrait on a track sliding by a CSS
 *  animation, no script at all, layered like the carousel (one compositor layer for the track, none
 *  per card). What this machine's compositor drops for a track like the carousel's. */
export const MOVING_PAGE_PATH = '/moving';
export const MOVING_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Moving floor</title>
<style>html,body{margin:0;height:100%;overflow:hidden;background:#111}
.track{position:absolute;inset:0;will-change:transform;animation:slide 1.4s ease-in-out infinite alternate}
.card{position:absolute;inset:0;overflow:hidden}
.card img{display:block;width:100%;height:100%;object-fit:cover}
@keyframes slide{to{transform:translateX(-100%)}}</style>
</head><body><div class="track">
<div class="card"><img src="/portrait" alt=""></div>
<div class="card" style="transform:translateX(100%)"><img src="/portrait" alt=""></div>
<div class="card" style="transform:translateX(200%)"><img src="/portrait" alt=""></div>
</div></body></html>`;

/**
 * The few lines of script that move a floor page's track: they follow the finger and ease to the
 * next card. They keep the card shown in the body's `data-index`, which the swipes read. Like the
 * kiosk's track (track-motion.ts), they write whole pixels: a fractional offset makes the software
 * compositor resample the track on every frame, which would make the floor dearer than the kiosk.
 */
export function floorDragScript(trackSelector: string, cardCount: number): string {
  return `<script>
const track = document.querySelector(${JSON.stringify(trackSelector)});
let x = 0, index = 0, easing = 0;
document.body.dataset.index = '0';
const place = (to) => { x = to; track.style.transform = 'translateX(' + Math.round(to) + 'px)'; };
track.addEventListener('pointerdown', (down) => {
  cancelAnimationFrame(easing);
  const startX = down.clientX, startTrack = x;
  const move = (event) => place(startTrack + event.clientX - startX);
  const lift = (event) => {
    removeEventListener('pointermove', move);
    removeEventListener('pointerup', lift);
    const moved = event.clientX - startX;
    if (moved < -80 && index < ${cardCount - 1}) index += 1;
    else if (moved > 80 && index > 0) index -= 1;
    document.body.dataset.index = String(index);
    const to = -index * track.clientWidth;
    const step = () => {
      const next = x + (to - x) * 0.2;
      if (Math.abs(to - next) < 0.5) return place(to);
      place(next);
      easing = requestAnimationFrame(step);
    };
    easing = requestAnimationFrame(step);
  };
  addEventListener('pointermove', move);
  addEventListener('pointerup', lift);
});
</script>`;
}

/** The scripted floor: thirty full-screen cards (the portrait on the first three, a name and a
 *  line on each), one compositor layer for the track, moved by a few lines of script that follow
 *  the finger and ease to the next card: what a script-driven track costs on this machine without
 *  the kiosk's framework, content or overlays. It keeps the card it shows in `data-index`. */
export const DRAGGING_PAGE_PATH = '/dragging';
/** As many cards as the exhibition has heroes. */
export const DRAGGING_PAGE_CARDS = 30;
export const DRAGGING_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Scripted floor</title>
<style>html,body{margin:0;height:100%;overflow:hidden;background:#111;color:#eee;font:600 48px sans-serif}
.track{position:absolute;inset:0;will-change:transform;touch-action:pan-y}
.card{position:absolute;inset:0;overflow:hidden;background:#1c2630}
.card img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
.card p{position:absolute;left:80px;right:80px;bottom:320px;margin:0}</style>
</head><body><div class="track" id="track">${Array.from(
  { length: DRAGGING_PAGE_CARDS },
  (_, index) =>
    `<div class="card" style="transform:translateX(${index * 100}%)">` +
    (index < 3 ? '<img src="/portrait" alt="">' : '') +
    `<p>Card ${index + 1}: a name, a role and a line of words</p></div>`,
).join('')}</div>
${floorDragScript('#track', DRAGGING_PAGE_CARDS)}</body></html>`;

/** The bare server's other pages by path; any other path is the bare image page. */
const FLOOR_PAGES: Readonly<Record<string, string>> = {
  [MOVING_PAGE_PATH]: MOVING_PAGE_HTML,
  [DRAGGING_PAGE_PATH]: DRAGGING_PAGE_HTML,
};

export async function startBarePage(
  imagePath: string,
  contentType: string,
): Promise<RunningServer> {
  const image = await readFile(imagePath);
  const server = createServer((request, response) => {
    if (request.url === '/portrait') {
      response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
      response.end(image);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(FLOOR_PAGES[request.url ?? ''] ?? BARE_PAGE_HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
