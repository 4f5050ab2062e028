// Runs in: main process (also the web preview server).
// Decides which content the kiosk shows: --content-dir, else the override folder in the user data
// directory, else the bundled content. A file that fails validation is refused with a log line and the
// last good content (or the next source) is used; if nothing is valid the kiosk gets an error state
// naming the file, for the staff-facing error screen. Never throws.
import { createHash } from 'node:crypto';
import { access, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ContentProblem, Content } from '../../../common/content-schema';
import { parseContentText } from '../../../common/content-schema';
import type { ContentSource, ContentState, ContentWarning } from '../../../common/ipc-contract';
import { WARNING_PROBLEMS_SHOWN } from '../../../common/ipc-contract';
import type { Logger } from '../log/logger';
import { silentLogger } from '../log/logger';
import { checkReferencedFiles } from './check-content-files';

export interface ContentLocations {
  /** --content-dir, wins when given. */
  contentDirArg?: string;
  /** <userData>/content; used when it holds a content.json. */
  overrideDir: string;
  /** Folder with the shipped content.json and assets/. */
  bundledDir: string;
}

export interface LoadContentOptions extends ContentLocations {
  /** '/content/' */
  assetBaseUrl: string;
  /** Kept when a new file is refused. */
  lastGood?: Extract<ContentState, { status: 'ready' }>;
  log?: Logger;
}

export const CONTENT_FILE_NAME = 'content.json';
/** content.json is text; anything this big is not a content file (and would stall the main process). */
export const MAX_CONTENT_FILE_BYTES = 5 * 1024 * 1024;

type ReadyState = Extract<ContentState, { status: 'ready' }>;

export type ReadContentResult =
  { ok: true; content: Content; hash: string } | { ok: false; problems: ContentProblem[] };

/** Reads, parses and validates <directory>/content.json and checks its images exist in the folder. */
export async function readContentFolder(directory: string): Promise<ReadContentResult> {
  const file = join(directory, CONTENT_FILE_NAME);
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_CONTENT_FILE_BYTES) {
      return {
        ok: false,
        problems: [
          {
            field: '(file)',
            message: `is ${info.size} bytes; at most ${MAX_CONTENT_FILE_BYTES}`,
            reason: { code: 'file-too-large', bytes: info.size, maxBytes: MAX_CONTENT_FILE_BYTES },
          },
        ],
      };
    }
    bytes = await readFile(file);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          field: '(file)',
          message: `cannot be read: ${(error as Error).message}`,
          reason: { code: 'file-unreadable', error: (error as Error).message },
        },
      ],
    };
  }
  // Editors on Windows like to add a byte-order mark; it is not part of the JSON.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = parseContentText(text);
  if (!parsed.ok) return parsed;
  const fileProblems = await checkReferencedFiles(directory, parsed.content);
  if (fileProblems.length > 0) return { ok: false, problems: fileProblems };
  return {
    ok: true,
    content: parsed.content,
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

interface Candidate {
  source: ContentSource;
  directory: string;
}

async function candidates(locations: ContentLocations): Promise<Candidate[]> {
  const list: Candidate[] = [];
  if (locations.contentDirArg) {
    list.push({ source: 'content-dir', directory: resolve(locations.contentDirArg) });
  }
  const overrideDir = resolve(locations.overrideDir);
  if (await exists(join(overrideDir, CONTENT_FILE_NAME))) {
    list.push({ source: 'override', directory: overrideDir });
  }
  list.push({ source: 'bundled', directory: resolve(locations.bundledDir) });
  return list;
}

function describeProblems(problems: readonly ContentProblem[]): string {
  const shown = problems
    .slice(0, WARNING_PROBLEMS_SHOWN)
    .map((problem) => `${problem.field}: ${problem.message}`)
    .join('; ');
  const hidden = problems.length - WARNING_PROBLEMS_SHOWN;
  return hidden > 0 ? `${shown}; and ${hidden} more` : shown;
}

function fileRefused(file: string, problems: readonly ContentProblem[]): ContentWarning {
  return {
    code: 'file-refused',
    file,
    problems: problems.slice(0, WARNING_PROBLEMS_SHOWN),
    problemCount: problems.length,
    message: `${file} was refused: ${describeProblems(problems)}`,
  };
}

/** The ready state's two views of its warnings: English lines and the codes staff read. */
function withWarnings(
  state: Omit<ReadyState, 'warnings' | 'warningDetails'>,
  warnings: readonly ContentWarning[],
): ReadyState {
  return {
    ...state,
    warnings: warnings.map((warning) => warning.message),
    warningDetails: [...warnings],
  };
}

export async function loadContentState(options: LoadContentOptions): Promise<ContentState> {
  const log = options.log ?? silentLogger;
  const warnings: ContentWarning[] = [];
  let firstRefusal: { file: string; problems: ContentProblem[] } | null = null;
  try {
    for (const candidate of await candidates(options)) {
      const file = join(candidate.directory, CONTENT_FILE_NAME);
      const result = await readContentFolder(candidate.directory);
      if (result.ok) {
        const drafts = result.content.heroes.filter((hero) => hero.status === 'draft').length;
        log.info('content.loaded', {
          source: candidate.source,
          file,
          heroes: result.content.heroes.length,
          drafts,
        });
        return withWarnings(
          {
            status: 'ready',
            content: result.content,
            source: candidate.source,
            directory: candidate.directory,
            hash: result.hash,
            assetBaseUrl: options.assetBaseUrl,
          },
          warnings,
        );
      }
      firstRefusal ??= { file, problems: result.problems };
      log.warn('content.refused', { source: candidate.source, file, problems: result.problems });
      warnings.push(fileRefused(file, result.problems));
      if (options.lastGood) return keepLastGood(options.lastGood, warnings, log);
    }
  } catch (error) {
    // Defensive: every step above handles its own errors, but the kiosk must never crash on content.
    log.error('content.load-failed', { error: (error as Error).message });
    if (options.lastGood) return keepLastGood(options.lastGood, warnings, log);
    return {
      status: 'error',
      file: firstRefusal?.file ?? join(resolve(options.bundledDir), CONTENT_FILE_NAME),
      problems: [
        {
          field: '(file)',
          message: `could not be loaded: ${(error as Error).message}`,
          reason: { code: 'load-failed', error: (error as Error).message },
        },
      ],
    };
  }
  const refusal = firstRefusal ?? {
    file: join(resolve(options.bundledDir), CONTENT_FILE_NAME),
    problems: [{ field: '(file)', message: 'no content found', reason: { code: 'no-content' } }],
  };
  log.error('content.none-valid', { file: refusal.file });
  return { status: 'error', file: refusal.file, problems: refusal.problems };
}

function keepLastGood(
  lastGood: ReadyState,
  warnings: readonly ContentWarning[],
  log: Logger,
): ReadyState {
  log.warn('content.kept-last-good', { source: lastGood.source, directory: lastGood.directory });
  return withWarnings(lastGood, [
    ...warnings,
    {
      code: 'kept-last-good',
      directory: lastGood.directory,
      message: `Still showing the last good content from ${lastGood.directory}.`,
    },
  ]);
}
