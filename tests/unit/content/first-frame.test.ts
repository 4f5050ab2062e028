// Runs in: Node (vitest). The first frame the servers write into index.html: the first hero's
// portrait, escaped, and nothing without valid content.
import { describe, expect, it } from 'vitest';
import type { Content, Hero } from '../../../common/content-schema';
import {
  FIRST_FRAME_ID,
  FIRST_PORTRAIT_TIMING,
  escapeHtml,
  firstFrameFor,
  renderFirstFrame,
  withFirstFrame,
} from '../../../common/first-frame';
import type { ContentState } from '../../../common/ipc-contract';
import { readShippedContent } from './support/content-folder';

const INDEX_HTML =
  '<!doctype html><html><head><title>k</title></head><body class="x">\n<div id="root"></div></body></html>';

async function shippedContent(): Promise<Content & { heroes: [Hero, ...Hero[]] }> {
  const content = await readShippedContent();
  const [first, ...rest] = content.heroes;
  if (!first) throw new Error('content.json has no heroes');
  return { ...content, heroes: [first, ...rest] };
}

function rendered(content: Content): string {
  const html = renderFirstFrame(content, '/content/');
  if (html === null) throw new Error('no first frame');
  return html;
}

describe('renderFirstFrame', () => {
  it("shows the first hero's portrait, in the same files and framing as the attract loop", async () => {
    const content = await shippedContent();
    const hero = content.heroes[0];
    hero.photo.portrait4k = 'heroes/first/4k.webp';
    hero.photo.focalPoint = { x: 0.25, y: 0.6 };
    const html = rendered(content);
    expect(html).toContain(`id="${FIRST_FRAME_ID}"`);
    expect(html).toContain(`src="/content/${hero.photo.portrait}"`);
    expect(html).toContain(
      `srcset="/content/${hero.photo.portrait} 1080w, /content/heroes/first/4k.webp 2160w" sizes="100vw"`,
    );
    expect(html).toContain('object-position: 25% 60%');
    expect(html).toContain(`elementtiming="${FIRST_PORTRAIT_TIMING}"`);
    // Decoration for sighted visitors only, and no script: the page's CSP allows none inline.
    expect(html).toContain('aria-hidden="true"');
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes what the curator wrote, so a file name cannot become markup', async () => {
    const content = await shippedContent();
    content.heroes[0].photo.portrait = 'heroes/"><script>alert(1)</script>.webp';
    const html = rendered(content);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.webp');
    expect(escapeHtml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
  });

  it('gives nothing without heroes or without valid content', async () => {
    const content = await shippedContent();
    expect(renderFirstFrame({ ...content, heroes: [] }, '/content/')).toBeNull();
    const error: ContentState = { status: 'error', file: 'content.json', problems: [] };
    expect(firstFrameFor(error)).toBeNull();
    const ready: ContentState = {
      status: 'ready',
      content,
      source: 'bundled',
      directory: '/opt/kiosk',
      hash: 'abc',
      assetBaseUrl: 'app://kiosk/content/',
      warnings: [],
    };
    expect(firstFrameFor(ready)).toContain(
      `src="app://kiosk/content/${content.heroes[0].photo.portrait}"`,
    );
  });
});

describe('withFirstFrame', () => {
  it('puts the frame first in <body>, before the app root', () => {
    const page = withFirstFrame(INDEX_HTML, '<div id="first-frame"></div>');
    expect(page).toBe(
      '<!doctype html><html><head><title>k</title></head><body class="x"><div id="first-frame"></div>\n<div id="root"></div></body></html>',
    );
  });

  it('leaves the page alone without a frame or without a <body>', () => {
    expect(withFirstFrame(INDEX_HTML, null)).toBe(INDEX_HTML);
    expect(withFirstFrame('<p>no body</p>', '<div></div>')).toBe('<p>no body</p>');
  });
});
