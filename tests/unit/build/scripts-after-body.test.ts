// Runs in: Node (vitest). The renderer build moves Vite's entry tags behind the first frame.
import { describe, expect, it } from 'vitest';
import { withFirstFrame } from '../../../common/first-frame';
import { moveEntryScriptsToBodyEnd } from '../../../tools/scripts-after-body';

const VITE_OUTPUT = `<!doctype html>
<html lang="kk">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <title>Heroes</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/kiosk-api-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const FIRST_FRAME = '<div id="first-frame"><img src="/content/portrait.webp"></div>';

describe('moveEntryScriptsToBodyEnd', () => {
  const moved = moveEntryScriptsToBodyEnd(VITE_OUTPUT);

  it('takes the module script and its modulepreload links out of <head>', () => {
    const head = /<head>[\s\S]*<\/head>/.exec(moved)?.[0] ?? '';
    expect(head).not.toContain('<script');
    expect(head).not.toContain('modulepreload');
  });

  it('puts them, in their order, at the end of <body>', () => {
    expect(moved).toContain(
      [
        '    <div id="root"></div>',
        '    <script type="module" crossorigin src="./assets/index-abc.js"></script>',
        '    <link rel="modulepreload" crossorigin href="./assets/kiosk-api-def.js">',
        '  </body>',
      ].join('\n'),
    );
  });

  it('leaves stylesheets, the icon and the title in <head>', () => {
    const head = /<head>[\s\S]*<\/head>/.exec(moved)?.[0] ?? '';
    expect(head).toContain('rel="stylesheet"');
    expect(head).toContain('rel="icon"');
    expect(head).toContain('<title>Heroes</title>');
  });

  it('so the first frame the server writes comes before every script', () => {
    const page = withFirstFrame(moved, FIRST_FRAME);
    expect(page.indexOf('<img')).toBeGreaterThan(0);
    expect(page.indexOf('<img')).toBeLessThan(page.indexOf('<script'));
    expect(page.indexOf('<img')).toBeLessThan(page.indexOf('modulepreload'));
  });

  it('leaves a page without entry tags as it is', () => {
    const plain = '<html><head><title>x</title></head><body></body></html>';
    expect(moveEntryScriptsToBodyEnd(plain)).toBe(plain);
  });
});
