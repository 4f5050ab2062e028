// Runs in: Node (vitest).
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../../common/content-schema';
import { loadContentState } from '../../../electron/main/content/load-content';
import type { CheckReport } from '../../../tools/content/check-content';
import {
  checkContentFolder,
  checkTranslations,
  formatReport,
} from '../../../tools/content/check-content';
import {
  createContentFolder,
  makeTempDir,
  readShippedContent,
  removeDir,
  REPOSITORY_ROOT,
} from './support/content-folder';

type Mutation = (content: Content & Record<string, unknown>) => void;

interface BadCase {
  name: string;
  /** Field path the report must name (exact). */
  field: string;
  message?: RegExp;
  mutate?: Mutation;
  rawText?: string;
  /** Changes files in the folder after it is written. */
  alterFolder?: (dir: string, content: Content) => Promise<void>;
}

const firstHero = (content: Content): Content['heroes'][number] => {
  const hero = content.heroes[0];
  if (!hero) throw new Error('fixture has no hero');
  return hero;
};
const anyRecord = (value: unknown): Record<string, unknown> => value as Record<string, unknown>;

async function noiseImage(width: number, height: number, format: 'webp' | 'png'): Promise<Buffer> {
  const image = sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#000000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  });
  return format === 'png' ? image.png().toBuffer() : image.webp({ quality: 100 }).toBuffer();
}

const BAD_CASES: BadCase[] = [
  {
    name: 'invalid JSON',
    field: '(file)',
    message: /not valid JSON/,
    rawText: '{"schemaVersion": 1,',
  },
  { name: 'empty file', field: '(file)', message: /not valid JSON/, rawText: '' },
  { name: 'an array instead of an object', field: '(root)', rawText: '[]' },
  {
    name: 'unknown schema version',
    field: 'schemaVersion',
    mutate: (c) => void (c.schemaVersion = 2 as 1),
  },
  {
    name: 'wrong type (number as string)',
    field: 'settings.idleTimeoutSeconds',
    mutate: (c) => void (anyRecord(c.settings).idleTimeoutSeconds = '90'),
  },
  {
    name: 'missing language',
    field: 'heroes.0.name.kk',
    mutate: (c) => void delete anyRecord(firstHero(c).name).kk,
  },
  {
    name: 'blank text',
    field: 'exhibition.title.ru',
    message: /must not be empty/,
    mutate: (c) => void (c.exhibition.title.ru = '   '),
  },
  {
    name: 'unknown field on a hero',
    field: 'heroes.0',
    message: /unknown field: nickname/,
    mutate: (c) => void (anyRecord(firstHero(c)).nickname = 'x'),
  },
  {
    name: 'unknown language',
    field: 'exhibition.title',
    message: /unknown field: de/,
    mutate: (c) => void (anyRecord(c.exhibition.title).de = 'Helden'),
  },
  {
    name: 'idle timeout too short',
    field: 'settings.idleTimeoutSeconds',
    mutate: (c) => void (c.settings.idleTimeoutSeconds = 5),
  },
  {
    name: 'warning shorter than 20 s (WCAG 2.2.1)',
    field: 'settings.warningSeconds',
    mutate: (c) => void (c.settings.warningSeconds = 10),
  },
  {
    name: 'attract slide of 0 s',
    field: 'settings.attractSlideSeconds',
    mutate: (c) => void (c.settings.attractSlideSeconds = 0),
  },
  {
    name: 'relaunch hour 24',
    field: 'settings.dailyRelaunchHour',
    mutate: (c) => void (c.settings.dailyRelaunchHour = 24),
  },
  {
    name: 'default language not offered',
    field: 'settings.languages',
    message: /default language/,
    mutate: (c) => void (c.settings.languages = ['ru', 'en']),
  },
  {
    name: 'language offered twice',
    field: 'settings.languages',
    message: /repeat/,
    mutate: (c) => void (c.settings.languages = ['kk', 'ru', 'kk']),
  },
  {
    name: 'unsupported language offered',
    field: 'settings.languages.2',
    mutate: (c) => void (anyRecord(c.settings).languages = ['kk', 'ru', 'de']),
  },
  {
    name: 'path with ../',
    field: 'heroes.0.photo.portrait',
    mutate: (c) => void (firstHero(c).photo.portrait = 'assets/../../secret.webp'),
  },
  {
    name: 'absolute path',
    field: 'heroes.0.photo.portrait',
    mutate: (c) => void (firstHero(c).photo.portrait = '/etc/portrait.webp'),
  },
  {
    name: 'backslash path',
    field: 'heroes.0.photo.thumbnail',
    mutate: (c) => void (firstHero(c).photo.thumbnail = 'assets\\thumb.webp'),
  },
  {
    name: 'URL instead of a path',
    field: 'heroes.0.photo.portrait',
    mutate: (c) => void (firstHero(c).photo.portrait = 'https://example.com/portrait.webp'),
  },
  {
    name: 'percent-encoded ..',
    field: 'heroes.0.photo.portrait',
    mutate: (c) => void (firstHero(c).photo.portrait = 'assets/%2e%2e/portrait.webp'),
  },
  {
    name: 'missing photo file',
    field: 'heroes.0.photo.portrait',
    message: /file not found/,
    mutate: (c) => void (firstHero(c).photo.portrait = 'assets/heroes/nobody/portrait.webp'),
  },
  {
    name: 'symbolic link leading out of the folder',
    field: 'heroes.0.photo.thumbnail',
    message: /outside the content folder/,
    alterFolder: async (dir, content) => {
      const thumbnail = join(dir, firstHero(content).photo.thumbnail);
      await rm(thumbnail);
      await symlink(join(REPOSITORY_ROOT, 'package.json'), thumbnail);
    },
  },
  {
    name: 'undecodable image',
    field: 'heroes.0.photo.portrait',
    message: /cannot be decoded/,
    alterFolder: async (dir, content) => {
      await writeFile(join(dir, firstHero(content).photo.portrait), 'RIFF this is not a picture');
    },
  },
  {
    name: 'portrait too small',
    field: 'heroes.0.photo.portrait',
    message: /at least 1080x1920/,
    alterFolder: async (dir, content) => {
      const small = await sharp({
        create: { width: 540, height: 960, channels: 3, background: '#1CABE2' },
      })
        .webp()
        .toBuffer();
      await writeFile(join(dir, firstHero(content).photo.portrait), small);
    },
  },
  {
    name: 'thumbnail over its file-size budget',
    field: 'heroes.0.photo.thumbnail',
    message: /budget/,
    alterFolder: async (dir, content) => {
      await writeFile(
        join(dir, firstHero(content).photo.thumbnail),
        await noiseImage(600, 800, 'webp'),
      );
    },
  },
  {
    name: '1 MB string',
    field: 'heroes.0.story.en.0',
    message: /at most 4000 characters/,
    mutate: (c) => void (firstHero(c).story.en = ['x'.repeat(1024 * 1024)]),
  },
  {
    name: 'duplicate hero ids',
    field: 'heroes',
    message: /unique/,
    mutate: (c) => void c.heroes.push({ ...firstHero(c) }),
  },
  {
    name: 'focal point outside the photo',
    field: 'heroes.0.photo.focalPoint.x',
    mutate: (c) => void (firstHero(c).photo.focalPoint.x = 1.5),
  },
  {
    name: 'exhibition closes before it opens',
    field: 'exhibition.closes',
    mutate: (c) => void (c.exhibition.closes = '2022-03-01'),
  },
  {
    name: 'blurred preview that is not a data URI',
    field: 'heroes.0.photo.placeholder',
    mutate: (c) => void (firstHero(c).photo.placeholder = 'assets/blur.webp'),
  },
  {
    name: 'unknown hero status',
    field: 'heroes.0.status',
    mutate: (c) => void (anyRecord(firstHero(c)).status = 'published'),
  },
  { name: 'no heroes', field: 'heroes', mutate: (c) => void (c.heroes = []) },
  {
    name: 'hero id with spaces',
    field: 'heroes.0.id',
    mutate: (c) => void (firstHero(c).id = 'Yeldar Grebnev'),
  },
];

describe('content check: a catalogue of bad content files', () => {
  let root: string;
  beforeAll(async () => {
    root = await makeTempDir('check-');
  });
  afterAll(() => removeDir(root));

  it('has at least 20 cases', () => {
    expect(BAD_CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(BAD_CASES.map((badCase, index) => [badCase.name, badCase, index] as const))(
    'refuses %s, naming the field',
    async (_name, badCase, index) => {
      const dir = await createContentFolder({
        into: join(root, String(index)),
        heroes: 1,
        mutate: badCase.mutate as ((content: Content) => void) | undefined,
        rawText: badCase.rawText,
      });
      if (badCase.alterFolder) {
        const written = JSON.parse(await readFile(join(dir, 'content.json'), 'utf8')) as Content;
        await badCase.alterFolder(dir, written);
      }
      const report = await checkContentFolder(dir);
      const errors = report.findings.filter((finding) => finding.severity === 'error');
      const named = errors.filter((finding) => finding.field === badCase.field);
      expect(named, formatReport(report)).not.toHaveLength(0);
      if (badCase.message) {
        expect(named.map((finding) => finding.message).join('\n')).toMatch(badCase.message);
      }
      // The kiosk refuses the same files, except those whose problem shows only when decoding.
      if (!badCase.alterFolder || badCase.message?.source === 'outside the content folder') {
        const state = await loadContentState({
          bundledDir: dir,
          overrideDir: join(dir, 'no-override'),
          assetBaseUrl: '/content/',
        });
        expect(state.status).toBe('error');
      }
    },
  );
});

describe('content check of the shipped content', () => {
  let report: CheckReport;
  let strictReport: CheckReport;
  beforeAll(async () => {
    [report, strictReport] = await Promise.all([
      checkContentFolder(REPOSITORY_ROOT),
      checkContentFolder(REPOSITORY_ROOT, { strict: true }),
    ]);
  }, 120_000);

  it('passes the schema and the non-strict check', () => {
    expect(report.errors, formatReport(report)).toBe(0);
    expect(report.heroes).toBe(30);
  });

  it('warns about the drafts and placeholder photos', () => {
    expect(report.drafts).toBe(27);
    expect(report.placeholderPhotos).toBe(30);
    expect(report.findings.filter((finding) => finding.kind === 'draft')).toHaveLength(27);
  });

  it('fails --strict while drafts and placeholders remain', () => {
    expect(strictReport.errors).toBe(27 + 30);
    expect(formatReport(strictReport)).toContain('NOT OK');
  });

  it('has no translation warnings and no unused images', () => {
    expect(report.findings.filter((finding) => finding.kind === 'translation')).toEqual([]);
    expect(report.findings.filter((finding) => finding.kind === 'unused')).toEqual([]);
  });
});

describe('translation warnings', () => {
  it('flags Kazakh or Russian text that is still English, but not proper names', async () => {
    const content = await readShippedContent();
    content.exhibition.subtitle.kk = content.exhibition.subtitle.en;
    content.exhibition.venue.ru = 'Mega Silk Way mall, first floor';
    const fields = checkTranslations(content).map((finding) => finding.field);
    expect(fields).toEqual(['exhibition.subtitle.kk', 'exhibition.venue.ru']);
  });
});

describe('unused images', () => {
  it('are listed as warnings, so they do not ship in the installer', async () => {
    const dir = await createContentFolder({ heroes: 1 });
    await mkdir(join(dir, 'assets', 'old'), { recursive: true });
    await writeFile(join(dir, 'assets', 'old', 'leftover.webp'), 'x');
    await writeFile(join(dir, 'assets', 'old', 'notes.txt'), 'not an image');
    const report = await checkContentFolder(dir);
    expect(report.errors).toBe(0);
    expect(report.findings.filter((finding) => finding.kind === 'unused')).toEqual([
      {
        severity: 'warning',
        kind: 'unused',
        field: '(file)',
        message: 'assets/old/leftover.webp is not used by content.json and can be deleted',
      },
    ]);
    await removeDir(dir);
  });
});

describe('content:check command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await createContentFolder({ heroes: 1 });
  });
  afterAll(() => removeDir(dir));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'tools/content-check.ts', ...args], {
      cwd: REPOSITORY_ROOT,
      encoding: 'utf8',
    });

  it('exits 0 when there are only warnings, 1 with --strict, 2 on a usage error', () => {
    const ok = run('--content-dir', dir);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('placeholder artwork');
    const strict = run('--strict', '--content-dir', dir);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('PROBLEM');
    expect(run('--no-such-option').status).toBe(2);
  }, 60_000);
});
