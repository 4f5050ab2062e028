// Runs in: Node (the renderer's Vite build). Vite writes the entry script and its modulepreload
// links into <head>, where the browser finds them before the first frame's portrait, which the
// server writes at the start of <body> (common/first-frame.ts). The portrait's request then left
// 40 to 60 ms later than on a bare page with the same <img>. The entry does nothing until that
// portrait is painted (renderer/src/boot.ts), so its tags go to the end of <body> instead: a module
// script is deferred wherever it stands, so only the order of the requests changes. (The build
// writes no modulepreload links into index.html any more, renderer/vite.config.ts; any that come
// back are moved with the script.)
import type { Plugin } from 'vite';

const HEAD = /<head\b[^>]*>([\s\S]*?)<\/head>/i;
const ENTRY_TAGS =
  /[ \t]*(?:<script\b[^>]*\btype="module"[^>]*>\s*<\/script>|<link\b[^>]*\brel="modulepreload"[^>]*>)[ \t]*\r?\n?/gi;

/** index.html with the head's module scripts and modulepreload links moved to the end of <body>. */
export function moveEntryScriptsToBodyEnd(html: string): string {
  const head = HEAD.exec(html);
  if (!head?.[1]) return html;
  const tags = head[1].match(ENTRY_TAGS)?.map((tag) => tag.trim()) ?? [];
  const bodyEnd = html.search(/<\/body>/i);
  if (tags.length === 0 || bodyEnd < 0) return html;
  const headStart = head.index;
  const headEnd = head.index + head[0].length;
  const newHead = head[0].replace(ENTRY_TAGS, '');
  const moved = tags.map((tag) => `    ${tag}\n`).join('');
  return (
    html.slice(0, headStart) +
    newHead +
    html.slice(headEnd, bodyEnd).replace(/[ \t]*$/, '') +
    moved +
    '  ' +
    html.slice(bodyEnd)
  );
}

/** The Vite plugin: runs after Vite has injected its tags. */
export function entryScriptsAtBodyEnd(): Plugin {
  return {
    name: 'heroes:entry-scripts-at-body-end',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: moveEntryScriptsToBodyEnd },
  };
}
