// Runs in: Node (vitest). The README and the guides under docs/ point only at files that exist, and
// every `npm run X` they quote is a script in package.json: a renamed file or command breaks this
// test, not a reader's afternoon.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { npmRunScripts, relativeLinks } from '../../support/markdown-links';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function markdownFiles(): string[] {
  const docsDir = join(repoRoot, 'docs');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.md') ? [path] : [];
    });
  return [join(repoRoot, 'README.md'), ...(existsSync(docsDir) ? walk(docsDir) : [])];
}

const scripts = Object.keys(
  (
    JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts,
);

describe('the documentation', () => {
  const files = markdownFiles();

  it('has a README and the guides it sends each reader to', () => {
    const names = files.map((file) => relative(repoRoot, file));
    for (const guide of [
      'README.md',
      'docs/venue-setup.md',
      'docs/staff.md',
      'docs/curator.md',
      'docs/development.md',
    ]) {
      expect(names).toContain(guide);
    }
  });

  for (const file of files) {
    const name = relative(repoRoot, file);
    const text = readFileSync(file, 'utf8');

    it(`${name}: every relative link points to a file that exists`, () => {
      const missing = relativeLinks(text).filter(
        (target) => !existsSync(resolve(dirname(file), target)),
      );
      expect(missing).toEqual([]);
    });

    it(`${name}: every npm run command it quotes is in package.json`, () => {
      const unknown = npmRunScripts(text).filter((script) => !scripts.includes(script));
      expect(unknown).toEqual([]);
    });
  }
});

describe('reading links and commands from Markdown', () => {
  it('finds inline links, images, reference definitions and HTML sources, without anchors', () => {
    const markdown = [
      'See [the staff guide](docs/staff.md#the-pin) and ![panel](docs/images/staff-panel.webp "Panel").',
      '[setup]: docs/venue-setup.md',
      '<img src="docs/images/story%20portrait.webp" width="270">',
    ].join('\n');
    expect(relativeLinks(markdown)).toEqual([
      'docs/staff.md',
      'docs/images/staff-panel.webp',
      'docs/venue-setup.md',
      'docs/images/story portrait.webp',
    ]);
  });

  it('leaves out other sites, anchors in the same file and code', () => {
    const markdown = [
      '[site](https://www.unicef.org/) [mail](mailto:a@b.c) [up](#commands)',
      '`[not](a-link.md)`',
      '```md',
      '[also not](example.md)',
      '```',
    ].join('\n');
    expect(relativeLinks(markdown)).toEqual([]);
  });

  it('reads npm run commands, in code too, without trailing punctuation', () => {
    const markdown =
      'Run `npm run content:check -- --strict`, then npm run docs:images.\n```sh\nnpm run bench\n```';
    expect(npmRunScripts(markdown)).toEqual(['content:check', 'docs:images', 'bench']);
  });

  it('would catch a link to a missing file and an unknown script', () => {
    const markdown = '[gone](docs/no-such-guide.md) and `npm run no-such-script`';
    const missing = relativeLinks(markdown).filter((target) => !existsSync(join(repoRoot, target)));
    expect(missing).toEqual(['docs/no-such-guide.md']);
    expect(npmRunScripts(markdown).filter((script) => !scripts.includes(script))).toEqual([
      'no-such-script',
    ]);
  });
});
