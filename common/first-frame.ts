// Runs in: every process. The attract loop's first portrait as plain HTML, written into index.html by
// whoever serves it (the app:// protocol in Electron, the web preview server). The browser paints it
// as soon as the image arrives, without waiting for the app's JavaScript and styles, the content
// request and React's first render; the renderer fades it out once its own attract loop shows the
// same portrait underneath (renderer/src/platform/first-frame.ts). It is built from the current
// content at every request, so a curator's content swap shows in the first frame too.
import type { Content } from './content-schema';
import type { ContentState } from './ipc-contract';
import { focalPosition, portraitSources } from './portrait-sources';

/** The id of the first frame's element in index.html; the renderer looks it up by this id. */
export const FIRST_FRAME_ID = 'first-frame';

/**
 * The first portrait's Element Timing name: the renderer starts the app once Chromium reports the
 * portrait on screen, and the benchmark reads the same entry.
 */
export const FIRST_PORTRAIT_TIMING = 'first-portrait';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values from content.json are the curator's, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * Styles of its own, inline: the app's stylesheet (with its web fonts) comes with the app bundle,
 * after this frame is on screen, and holding the first paint for it cost a cold start ~250 ms on
 * the benchmark machine. The layer sits above the app until the renderer hands over, below the staff
 * layer (z-index 1000, staff.css), and lets touches through. No zoom and no blurred placeholder: each
 * cost the first paint ~40 ms, and the attract loop's first slide starts unzoomed too.
 */
const FIRST_FRAME_STYLE = [
  `#${FIRST_FRAME_ID}{position:fixed;inset:0;z-index:500;pointer-events:none;background:#151d24;transition:opacity 500ms ease-out}`,
  `#${FIRST_FRAME_ID}.${FIRST_FRAME_ID}--leaving{opacity:0}`,
  `#${FIRST_FRAME_ID} img{display:block;width:100%;height:100%;object-fit:cover}`,
].join('');

/**
 * The attract loop's first portrait as React first shows it (AttractLoop.tsx: slide 0, framed on its
 * focal point). The title and the invitation come with the app: they appear as this layer fades out.
 * Hidden from assistive technology: the app's copy is the one read out.
 */
export function renderFirstFrame(content: Content, assetBaseUrl: string): string | null {
  const hero = content.heroes[0];
  if (!hero) return null;
  const { src, srcSet, sizes } = portraitSources(hero.photo, assetBaseUrl);
  return [
    `<style>${FIRST_FRAME_STYLE}</style>`,
    `<div id="${FIRST_FRAME_ID}" aria-hidden="true">`,
    `<img src="${escapeHtml(src)}"`,
    srcSet && sizes ? ` srcset="${escapeHtml(srcSet)}" sizes="${escapeHtml(sizes)}"` : '',
    ` alt="" fetchpriority="high" elementtiming="${FIRST_PORTRAIT_TIMING}" draggable="false"`,
    ` style="object-position: ${focalPosition(hero.photo)}">`,
    '</div>',
  ].join('');
}

/** index.html with the first frame as the first thing in <body>; unchanged when there is none. */
export function withFirstFrame(indexHtml: string, firstFrame: string | null): string {
  if (firstFrame === null) return indexHtml;
  const body = /<body[^>]*>/i.exec(indexHtml);
  if (!body) return indexHtml;
  const at = body.index + body[0].length;
  return `${indexHtml.slice(0, at)}${firstFrame}${indexHtml.slice(at)}`;
}

/** The first frame for the content a server holds now: none while there is no valid content. */
export function firstFrameFor(state: ContentState): string | null {
  return state.status === 'ready' ? renderFirstFrame(state.content, state.assetBaseUrl) : null;
}
