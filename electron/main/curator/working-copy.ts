// Runs in: main process (also the web preview server). The studio's working copy: the curator's draft
// on disk, written whole with a temporary file and a rename on every save, so a crash or a closed
// window loses at most the last second of typing and never leaves half a file. Each save names the
// revision it started from; a save from an older revision (a second curator) is refused, not merged.
import { join } from 'node:path';
import type { DraftContent } from '../../../common/curator-contract';
import { DraftContentSchema } from '../../../common/curator-contract';
import type { CuratorFs } from './curator-fs';
import { writeFileAtomic } from './curator-fs';

export const WORKING_COPY_FILE = 'working-copy.json';

export interface StoredWorkingCopy {
  revision: number;
  savedAt: number;
  content: DraftContent;
  /** The ids main gave each hero key at this save. */
  ids: Record<string, string>;
  /** sha256 of the published content.json the draft was started from ('' for bundled content). */
  basedOnHash: string;
  /** Folder the draft's images came from when it was started (the published or bundled content). */
  seedDir: string;
}

export type WorkingCopyRead =
  | { status: 'ok'; copy: StoredWorkingCopy }
  | { status: 'missing' }
  /** Unreadable or not a working copy: set aside as `keptAs`, never deleted. */
  | { status: 'damaged'; keptAs: string | null };

export interface WorkingCopyStore {
  read(): Promise<WorkingCopyRead>;
  /** Throws the file system's error (ENOSPC...): the caller reports it, the old copy stays. */
  write(copy: StoredWorkingCopy): Promise<void>;
  /** UTF-8 bytes the draft takes as JSON; the studio refuses more than MAX_DRAFT_BYTES. */
  sizeOf(content: DraftContent): number;
}

function isStored(value: unknown): value is StoredWorkingCopy {
  if (value === null || typeof value !== 'object') return false;
  const copy = value as Partial<StoredWorkingCopy>;
  return (
    Number.isInteger(copy.revision) &&
    typeof copy.savedAt === 'number' &&
    typeof copy.basedOnHash === 'string' &&
    typeof copy.seedDir === 'string' &&
    typeof copy.ids === 'object' &&
    DraftContentSchema.safeParse(copy.content).success
  );
}

export function createWorkingCopyStore(options: {
  dir: string;
  fs: CuratorFs;
  now?: () => number;
}): WorkingCopyStore {
  const { fs, dir } = options;
  const file = join(dir, WORKING_COPY_FILE);
  const now = options.now ?? Date.now;
  return {
    async read() {
      let text: string;
      try {
        text = (await fs.readFile(file)).toString('utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
        return { status: 'damaged', keptAs: null };
      }
      try {
        const value: unknown = JSON.parse(text);
        if (isStored(value)) return { status: 'ok', copy: value };
      } catch {
        // not JSON: set aside below
      }
      const keptAs = join(dir, `working-copy.damaged-${now()}.json`);
      await fs.rename(file, keptAs).catch(() => undefined);
      return { status: 'damaged', keptAs };
    },
    async write(copy) {
      await fs.mkdir(dir, { recursive: true });
      await writeFileAtomic(fs, file, JSON.stringify(copy));
    },
    sizeOf(content) {
      return Buffer.byteLength(JSON.stringify(content), 'utf8');
    },
  };
}
