// Runs in: Node (tests). The staff panel's pack service: packs found in --packs-dir and on removable
// drives, each with an id, its heroes and what it would change; install by id only; the running
// pack's label and hash afterwards.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentState } from '../../../common/ipc-contract';
import { loadContentState } from '../../../electron/main/content/load-content';
import type { PackService } from '../../../electron/main/content/pack/pack-service';
import { createPackService } from '../../../electron/main/content/pack/pack-service';
import { silentLogger } from '../../../electron/main/log/logger';
import {
  createContentFolder,
  makeTempDir,
  readShippedContent,
  removeDir,
} from './support/content-folder';
import { firstImage, fingerprintTree, makePack, nth } from './support/pack-fixtures';

const shipped = await readShippedContent();

let bundledDir: string;
let userDataDir: string;
let stick: string;
let drive: string;
let state: ContentState;
let packs: PackService;
const cleanup: string[] = [];

function services(contentDirArg?: string): PackService {
  const overrideDir = join(userDataDir, 'content');
  const reloadContent = async (): Promise<ContentState> => {
    state = await loadContentState({ overrideDir, bundledDir, assetBaseUrl: '/content/' });
    return state;
  };
  return createPackService({
    overrideDir,
    packsDir: stick,
    contentDirArg,
    removableDriveRoots: async () => [drive, join(drive, 'not-mounted')],
    currentContent: () => state,
    reloadContent,
    log: silentLogger,
  });
}

beforeEach(async () => {
  bundledDir = await createContentFolder({ heroes: 2 });
  userDataDir = await makeTempDir('kiosk-user-data-');
  stick = await makeTempDir('packs-dir-');
  drive = await makeTempDir('usb-drive-');
  cleanup.push(bundledDir, userDataDir, stick, drive);
  state = await loadContentState({
    overrideDir: join(userDataDir, 'content'),
    bundledDir,
    assetBaseUrl: '/content/',
  });
  packs = services();
});

afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((dir) => removeDir(dir)));
});

describe('listing packs', () => {
  it('finds packs in --packs-dir and on a drive, with label, heroes, drafts and the change', async () => {
    await makePack({
      heroes: 3,
      label: 'Three heroes',
      outDir: stick,
      mutate: (content) => {
        nth(content.heroes, 0).shortLine.en = 'A new short line';
      },
    });
    await makePack({
      heroes: 1,
      label: 'One hero',
      outDir: drive,
      now: new Date('2022-04-05T09:00:00Z'),
    });
    await mkdir(join(stick, 'holiday-photos')); // a folder without pack.json is no pack

    const list = await packs.list();

    expect(list.running).toBeNull();
    expect(list.packs.map((pack) => [pack.label, pack.location, pack.heroes])).toEqual([
      ['One hero', 'removable', 1], // newest first
      ['Three heroes', 'packs-dir', 3],
    ]);
    const three = nth(list.packs, 1);
    expect(three.id).toMatch(/^[0-9a-f]{16}$/);
    expect(three.folderName).toMatch(/^heroes-content-2022-04-01-[0-9a-f]{12}$/);
    expect(three.drafts).toBe(
      shipped.heroes.slice(0, 3).filter((h) => h.status === 'draft').length,
    );
    expect(three.diff?.added.map((hero) => hero.id)).toEqual([nth(shipped.heroes, 2).id]);
    expect(three.diff?.changed.map((hero) => hero.id)).toEqual([nth(shipped.heroes, 0).id]);
    expect(nth(list.packs, 0).diff?.removed.map((hero) => hero.id)).toEqual([
      nth(shipped.heroes, 1).id,
    ]);
  });

  it('lists a pack it cannot install with its reason, and --packs-dir may point at a pack itself', async () => {
    const folder = await makePack({ outDir: stick });
    await writeFile(join(folder, 'stray.txt'), 'x');
    packs = createPackService({
      overrideDir: join(userDataDir, 'content'),
      packsDir: folder,
      removableDriveRoots: async () => [],
      currentContent: () => state,
      reloadContent: async () => state,
      log: silentLogger,
    });
    const [pack] = (await packs.list()).packs;
    expect(pack).toMatchObject({
      label: 'Test pack',
      refusal: { code: 'extra-file', path: 'stray.txt' },
    });
  });
});

describe('installing a pack', () => {
  it('installs the listed pack by its id, reloads, and then reports it as running', async () => {
    await makePack({ heroes: 3, label: 'April opening', outDir: stick });
    const listed = nth((await packs.list()).packs, 0);

    const result = await packs.install(listed.id);

    expect(result).toMatchObject({
      ok: true,
      pack: { label: 'April opening', hash: listed.hash },
      content: { status: 'ready', source: 'override' },
    });
    expect(await packs.runningPack()).toEqual({
      label: 'April opening',
      createdAt: listed.createdAt,
      hash: listed.hash,
    });
    const again = await packs.list();
    expect(again.running?.hash).toBe(listed.hash);
    expect(nth(again.packs, 0)).toMatchObject({ running: true });
    expect(nth(again.packs, 0).diff?.added).toEqual([]);
  });

  it('takes only ids it listed: an unknown id or a path is "pack gone", nothing changes', async () => {
    const folder = await makePack({ outDir: stick });
    await packs.list();
    const before = await fingerprintTree(userDataDir);
    for (const id of ['0123456789abcdef', folder]) {
      expect(await packs.install(id)).toMatchObject({ ok: false, refusal: { code: 'pack-gone' } });
    }
    expect(await fingerprintTree(userDataDir)).toBe(before);
  });

  it('a stick pulled out after listing is "pack gone"', async () => {
    const folder = await makePack({ outDir: stick });
    const listed = nth((await packs.list()).packs, 0);
    await removeDir(folder);
    expect(await packs.install(listed.id)).toMatchObject({
      ok: false,
      refusal: { code: 'pack-gone' },
    });
  });

  it('refuses a pack damaged after listing, and keeps running what ran', async () => {
    const folder = await makePack({ outDir: stick });
    const listed = nth((await packs.list()).packs, 0);
    await appendFile(join(folder, await firstImage(folder)), 'x');
    const result = await packs.install(listed.id);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'wrong-hash' } });
    expect(state).toMatchObject({ status: 'ready', source: 'bundled' });
  });

  it('refuses while --content-dir decides what runs', async () => {
    await makePack({ outDir: stick });
    packs = services('/srv/content');
    const listed = nth((await packs.list()).packs, 0);
    expect(await packs.install(listed.id)).toMatchObject({
      ok: false,
      refusal: { code: 'content-dir-in-use', directory: '/srv/content' },
    });
  });
});
