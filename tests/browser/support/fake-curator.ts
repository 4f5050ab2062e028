// Runs in: Node (Playwright tests). A stand-in for the curator services behind the web preview's
// /api/invoke/curator:* paths, so the studio's screens can be driven through every answer the
// contract allows (conflicts, a full disk, refused photos) without making the disk full. It holds a
// working copy made from content.json, answers like common/curator-contract.ts, and records the
// requests it got. The page itself (/curator) is the preview's; until the preview serves it, the
// built index.html is handed out at that path.
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import sharp from 'sharp';
import type { Content } from '../../../common/content-schema';
import type {
  CuratorChecks,
  CuratorOpenResult,
  CuratorProblem,
  DraftContent,
  PhotoImportResult,
  PublishResult,
  RenderedPhoto,
  RestorePreviousResult,
} from '../../../common/curator-contract';
import { CURATOR_PATH } from '../../../common/curator-constants';
import { previewInvokePath } from '../../../common/kiosk-api-transport';
import { loadContentState } from './kiosk-page';

export interface FakeCurator {
  /** Requests received, by channel ('curator:save', 'photo-upload', ...). */
  calls: { channel: string; request: unknown }[];
  /** The working copy as last saved. */
  saved(): DraftContent;
  /** The next answer of a channel, once (e.g. a conflict or a full disk). */
  failNext(channel: 'curator:save' | 'curator:publish' | 'photo-upload', answer: unknown): void;
  /** Makes the curator channels refuse until the PIN is typed (as main does outside curator mode). */
  requirePin(): void;
}

const ORIGINAL_SIZE = { width: 1600, height: 1067 };
const MEDIA = '/curator-media/';

function initialDraft(): DraftContent {
  const content = JSON.parse(readFileSync('content.json', 'utf8')) as Content;
  return {
    ...content,
    heroes: content.heroes.map((hero) => ({ ...hero, key: hero.id })),
  } as DraftContent;
}

/** What main's checks say about the words and photos the studio shows: enough to drive its screens. */
export function fakeChecks(draft: DraftContent): CuratorChecks {
  const problems: CuratorProblem[] = [];
  const add = (path: string, code: CuratorProblem['code'], severity: 'error' | 'strict'): void => {
    problems.push({ path, code, severity, params: {} });
  };
  draft.heroes.forEach((hero, index) => {
    for (const field of ['name', 'role', 'shortLine'] as const)
      for (const language of ['kk', 'ru', 'en'] as const)
        if (hero[field][language].trim() === '')
          add(`heroes.${index}.${field}.${language}`, 'text-empty', 'error');
    for (const language of ['kk', 'ru', 'en'] as const) {
      if (hero.story[language].length === 0)
        add(`heroes.${index}.story.${language}`, 'list-too-short', 'error');
      hero.story[language].forEach((paragraph, at) => {
        if (paragraph.length > 4000) {
          problems.push({
            path: `heroes.${index}.story.${language}.${at}`,
            code: 'text-too-long',
            severity: 'error',
            params: { length: paragraph.length, max: 4000 },
          });
        }
      });
    }
    if (hero.photo.portrait === null) add(`heroes.${index}.photo`, 'photo-missing', 'error');
    else if (hero.photo.portrait.startsWith('assets/placeholders/'))
      add(`heroes.${index}.photo.portrait`, 'photo-placeholder', 'strict');
    if (hero.status === 'draft') add(`heroes.${index}.status`, 'hero-draft', 'strict');
  });
  const { settings } = draft;
  if (settings.warningSeconds < 20) add('settings.warningSeconds', 'number-too-small', 'error');
  if (settings.warningSeconds > 120) add('settings.warningSeconds', 'number-too-large', 'error');
  const paths = (test: (problem: CuratorProblem) => boolean): string[] =>
    problems.filter(test).map((problem) => problem.path);
  const drafts = paths((problem) => problem.code === 'hero-draft');
  const placeholders = paths((problem) => problem.code === 'photo-placeholder');
  const errors = paths((problem) => problem.severity === 'error');
  return {
    problems,
    checklist: [
      { item: 'drafts', count: drafts.length, paths: drafts },
      { item: 'placeholder-photos', count: placeholders.length, paths: placeholders },
      { item: 'missing-translations', count: 0, paths: [] },
      { item: 'oversize-files', count: 0, paths: [] },
      { item: 'problems', count: errors.length, paths: errors },
    ],
    canPublish: errors.length === 0,
    readyForMall: problems.length === 0,
  };
}

/** A landscape "photograph" with a light disc where a face would be, for the focal point. */
async function originalPreview(): Promise<Buffer> {
  const { width, height } = ORIGINAL_SIZE;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#3b5d7a"/><stop offset="1" stop-color="#c98b5b"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.7}" cy="${height * 0.35}" r="120" fill="#f1d3b3"/>
    <rect x="${width * 0.7 - 190}" y="${height * 0.35 + 130}" width="380" height="520" rx="120" fill="#24384c"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

function renderedPhoto(
  heroKey: string,
  focal: { x: number; y: number },
  version: number,
): RenderedPhoto {
  return {
    // Rendered files: the preview's existing art stands in for them.
    portrait: 'assets/placeholders/hero-06/portrait.webp',
    thumbnail: 'assets/placeholders/hero-06/thumbnail.webp',
    placeholder:
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    focalPoint: focal,
    original: {
      id: 'a'.repeat(63) + String(version % 10),
      fileName: `${heroKey}.jpg`,
      width: 6000,
      height: 4000,
      preview: 'studio/original-preview.jpg',
      pending4k: true,
    },
  };
}

export async function installFakeCurator(page: Page): Promise<FakeCurator> {
  let draft = initialDraft();
  let revision = 1;
  let pinNeeded = false;
  let published = false;
  let version = 0;
  const calls: FakeCurator['calls'] = [];
  const failures = new Map<string, unknown[]>();
  const preview = await originalPreview();
  // The published images are served under the running content version's own prefix.
  const contentBase = (await loadContentState(page)).assetBaseUrl;
  const indexHtml = readFileSync('dist/renderer/index.html', 'utf8');

  const next = (channel: string): unknown => failures.get(channel)?.shift();
  const json = (route: Route, body: unknown, status = 200) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  const openResult = (): CuratorOpenResult => ({
    workingCopy: { content: draft, revision, savedAt: Date.now() },
    published: { hash: 'abc', publishedAt: null, source: 'bundled', directory: '/tmp' },
    publishedChangedSinceDraft: false,
    canRestorePrevious: published,
    checks: fakeChecks(draft),
    assetBaseUrl: MEDIA,
    heroIds: Object.fromEntries(draft.heroes.map((hero) => [hero.key, hero.id || hero.key])),
    photoInput: 'upload',
  });

  await page.route(`**${CURATOR_PATH}`, async (route) => {
    const real = await route.fetch();
    if (real.status() !== 404) return route.fulfill({ response: real });
    return route.fulfill({ contentType: 'text/html', body: indexHtml });
  });
  // The working copy's images: the published ones, and the original's preview.
  await page.route(`**${MEDIA}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(MEDIA.length);
    if (path === 'studio/original-preview.jpg')
      return route.fulfill({ contentType: 'image/jpeg', body: preview });
    // The page may close while an image is on its way: nothing to answer then.
    try {
      const real = await route.fetch({
        url: new URL(`${contentBase}${path}`, route.request().url()).href,
      });
      await route.fulfill({ response: real });
    } catch {
      // Closed.
    }
  });
  await page.route('**/api/curator/photo**', async (route) => {
    const url = new URL(route.request().url());
    const heroKey = url.searchParams.get('heroKey') ?? '';
    calls.push({
      channel: 'photo-upload',
      request: { heroKey, bytes: route.request().postDataBuffer()?.length },
    });
    if (pinNeeded) return route.fulfill({ status: 403, body: 'needs the staff PIN' });
    const failure = next('photo-upload');
    if (failure) return json(route, failure);
    version += 1;
    const result: PhotoImportResult = {
      ok: true,
      photo: renderedPhoto(heroKey, { x: 0.5, y: 0.35 }, version),
      warnings: [],
    };
    return json(route, result);
  });
  await page.route('**/api/invoke/curator:*', (route) =>
    answerCurator(route).catch((error: unknown) => {
      console.error('fake curator failed:', error);
      return route.abort();
    }),
  );
  const answerCurator = async (route: Route): Promise<void> => {
    const channel = decodeURIComponent(new URL(route.request().url()).pathname).replace(
      '/api/invoke/',
      '',
    );
    const request = (route.request().postDataJSON() as { request: unknown }).request;
    calls.push({ channel, request });
    if (pinNeeded) return route.fulfill({ status: 403, body: 'needs the staff PIN' });
    const failure = next(channel);
    if (failure) return json(route, failure);
    switch (channel) {
      case 'curator:open':
        return json(route, openResult());
      case 'curator:save': {
        const body = request as { baseRevision: number; content: DraftContent };
        draft = body.content;
        revision += 1;
        return json(route, {
          ok: true,
          revision,
          savedAt: Date.now(),
          checks: fakeChecks(draft),
          heroIds: openResult().heroIds,
        });
      }
      case 'curator:photo-progress':
        return json(route, null);
      case 'curator:set-focal-point': {
        const body = request as { focalPoint: { x: number; y: number } };
        version += 1;
        return json(route, { ok: true, photo: renderedPhoto('hero', body.focalPoint, version) });
      }
      case 'curator:publish': {
        const checks = fakeChecks(draft);
        const result: PublishResult = checks.canPublish
          ? { ok: true, checks, published: openResult().published }
          : { ok: false, reason: 'problems', checks };
        if (result.ok) published = true;
        return json(route, result);
      }
      case 'curator:restore-previous': {
        const result: RestorePreviousResult = published
          ? { ok: true, published: openResult().published }
          : { ok: false, reason: 'nothing-to-restore' };
        published = false;
        return json(route, result);
      }
      default:
        return json(route, openResult());
    }
  };
  await page.route(`**${previewInvokePath('staff:unlock')}`, async (route) => {
    const real = await route.fetch();
    const answer = (await real.json()) as { ok: boolean };
    if (answer.ok) pinNeeded = false;
    return route.fulfill({ response: real });
  });

  return {
    calls,
    saved: () => draft,
    failNext(channel, answer) {
      failures.set(channel, [...(failures.get(channel) ?? []), answer]);
    },
    requirePin() {
      pinNeeded = true;
    },
  };
}
