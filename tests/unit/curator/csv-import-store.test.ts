// Runs in: tests. The studio's side of the CSV import: problems worded in the curator's language with
// their row and column; the dialog saves the typing first, imports from that revision, shows photo x
// of N, opens the new working copy in place, keeps every problem to show, and a closed dialog or a
// busy studio changes nothing.
import { describe, expect, it, vi } from 'vitest';
import type { CuratorApi, PhotoProgress } from '../../../common/curator-contract';
import type { CsvImportResult } from '../../../common/curator-csv-contract';
import { csvProblem } from '../../../common/csv-problems';
import type { CuratorStore } from '../../../renderer/src/curator/curator-store';
import { createCuratorStore } from '../../../renderer/src/curator/curator-store';
import { createCsvImportStore } from '../../../renderer/src/curator/csv-import-store';
import { CSV_IMPORT_STRINGS } from '../../../renderer/src/curator/csv-import-strings';
import { csvProblemText } from '../../../renderer/src/curator/csv-problem-text';

describe('CSV problems in the studio', () => {
  it('says where and what in the curator’s language', () => {
    const empty = csvProblem(4, 'story_ru', 'cell-empty');
    expect(csvProblemText(empty, CSV_IMPORT_STRINGS.en, 'en')).toBe(
      'Row 4, column story_ru: must not be empty.',
    );
    expect(csvProblemText(empty, CSV_IMPORT_STRINGS.ru, 'ru')).toBe(
      'Строка 4, столбец story_ru: не должно быть пустым.',
    );
    expect(csvProblemText(empty, CSV_IMPORT_STRINGS.kk, 'kk')).toBe(
      '4-жол, story_ru бағаны: бос болмауы керек.',
    );
  });

  it('formats numbers for the language, and speaks of the file as a whole without a place', () => {
    const big = csvProblem(7, 'photo', 'photo-too-large', {
      file: 'big.tif',
      bytes: 1024 * 1024 * 1024,
      maxBytes: 300 * 1024 * 1024,
    });
    expect(csvProblemText(big, CSV_IMPORT_STRINGS.en, 'en')).toBe(
      'Row 7, column photo: big.tif is 1,024 MB; the studio takes photos up to 300 MB.',
    );
    expect(csvProblemText(csvProblem(null, null, 'csv-missing'), CSV_IMPORT_STRINGS.en, 'en')).toBe(
      'The folder has no heroes.csv (the name must be exactly heroes.csv).',
    );
  });

  it('falls back to the English message for a code it does not know', () => {
    const unknown = { row: 2, column: 'id', code: 'newer-code', params: {}, message: 'bad id' };
    expect(
      csvProblemText(
        unknown as unknown as ReturnType<typeof csvProblem>,
        CSV_IMPORT_STRINGS.ru,
        'ru',
      ),
    ).toBe('Строка 2, столбец id: bad id');
  });
});

const CHECKS = { problems: [], checklist: [], canPublish: true, readyForMall: true };

function fakeApi(result: () => Promise<CsvImportResult>) {
  let revision = 3;
  const progress: { current: PhotoProgress | null } = { current: null };
  const api = {
    open: vi.fn(async () => ({
      workingCopy: { content: { heroes: [{ key: 'a' }] }, revision, savedAt: 1 },
      published: { hash: '', publishedAt: null, source: 'bundled', directory: '' },
      publishedChangedSinceDraft: false,
      canRestorePrevious: false,
      checks: CHECKS,
      assetBaseUrl: '/curator-media/',
      heroIds: {},
      photoInput: 'upload',
    })),
    save: vi.fn(),
    photoProgress: vi.fn(async () => progress.current),
    uploadCsvFolder: vi.fn(async () => {
      const answer = await result();
      if (answer.ok) revision = answer.revision;
      return answer;
    }),
    importCsv: vi.fn(result),
  };
  return { api: api as unknown as CuratorApi & typeof api, progress };
}

async function openedStudio(api: CuratorApi): Promise<CuratorStore> {
  const studio = createCuratorStore(api, 'en');
  await studio.getState().load();
  return studio;
}

describe('the CSV import dialog', () => {
  it('imports from the saved revision, shows photo x of N, then opens the new working copy', async () => {
    let finish: (result: CsvImportResult) => void = () => undefined;
    const { api, progress } = fakeApi(() => new Promise((resolve) => (finish = resolve)));
    const studio = await openedStudio(api);
    const timers: (() => void)[] = [];
    const dialog = createCsvImportStore(api, studio, {
      setTimer: (callback) => timers.push(callback),
    });
    dialog.getState().open();
    const files = [{ path: 'heroes.csv', file: new Blob(['id']) }];
    const running = dialog.getState().run(files);
    await vi.waitFor(() => expect(api.uploadCsvFolder).toHaveBeenCalledWith(3, files));
    progress.current = {
      heroKey: '',
      fileName: 'b.jpg',
      stage: 'rendering',
      fraction: 0.6,
      batch: { done: 1, total: 2 },
    };
    timers.shift()?.();
    await vi.waitFor(() =>
      expect(dialog.getState().view).toEqual({ phase: 'working', progress: progress.current }),
    );
    await dialog.getState().run(files); // a second import while one runs: ignored
    expect(api.uploadCsvFolder).toHaveBeenCalledTimes(1);
    finish({ ok: true, revision: 4, heroes: 2, photos: 2, keptPhotos: 0, warnings: [] });
    await running;
    expect(dialog.getState().view).toMatchObject({ phase: 'imported', heroes: 2, photos: 2 });
    expect(studio.getState().revision).toBe(4);
    expect(api.open).toHaveBeenCalledTimes(2);
  });

  it('keeps every problem to show, and leaves the studio where it was', async () => {
    const problems = [csvProblem(2, 'story_ru', 'cell-empty'), csvProblem(null, null, 'no-heroes')];
    const { api } = fakeApi(async () => ({
      ok: false,
      reason: 'problems',
      problems,
      warnings: [],
    }));
    const studio = await openedStudio(api);
    const dialog = createCsvImportStore(api, studio, { setTimer: () => undefined });
    dialog.getState().open();
    await dialog.getState().run();
    expect(api.importCsv).toHaveBeenCalledWith(3);
    expect(dialog.getState().view).toEqual({ phase: 'refused', problems, warnings: [] });
    expect(studio.getState().revision).toBe(3);
    expect(api.open).toHaveBeenCalledTimes(1);
  });

  it('goes back to the explanation when the folder dialog is closed, and names a busy studio', async () => {
    const answers: CsvImportResult[] = [
      { ok: false, reason: 'cancelled' },
      { ok: false, reason: 'busy' },
      { ok: false, reason: 'write-failed', cause: 'disk-full', error: 'ENOSPC' },
    ];
    const { api } = fakeApi(async () => answers.shift() ?? { ok: false, reason: 'conflict' });
    const studio = await openedStudio(api);
    const dialog = createCsvImportStore(api, studio, { setTimer: () => undefined });
    await dialog.getState().run();
    expect(dialog.getState().view).toEqual({ phase: 'open' });
    await dialog.getState().run();
    expect(dialog.getState().view).toEqual({ phase: 'failed', reason: 'busy' });
    await dialog.getState().run();
    expect(dialog.getState().view).toEqual({ phase: 'failed', reason: 'disk-full' });
    dialog.getState().close();
    expect(dialog.getState().view).toEqual({ phase: 'closed' });
  });
});
