// Runs in: renderer (the studio's chunk). What the studio asks of the main process (or the web
// preview), in the studio's own terms: open and save the working copy, bring in a photograph,
// publish, restore. platform-client.ts builds it from the IPC contract; tests pass a fake.
import type { Content, FocalPoint, Photo } from '../../../common/content-schema';
import type { PhotoRefusal, SaveFailure } from './curator-strings';

/** A display-size, upright copy of the photographer's original: what the focal point is set on. */
export interface OriginalPhoto {
  url: string;
  width: number;
  height: number;
}

export interface WorkingCopy {
  draft: Content;
  /** Changes with every save; a save from an older revision is a conflict. */
  revision: string;
  /** URL prefix of the working copy's images. */
  assetBaseUrl: string;
  /** A publication can be undone. */
  canRestore: boolean;
  /** Originals brought in through the studio, by hero id. */
  originals: Record<string, OriginalPhoto>;
}

export type SaveOutcome =
  | { ok: true; revision: string }
  | { ok: false; reason: 'conflict'; theirs: WorkingCopy }
  | { ok: false; reason: SaveFailure };

/** The kiosk's files for one photograph, made from the original around the focal point. */
export type RenderedPhoto = Pick<Photo, 'portrait' | 'portrait4k' | 'thumbnail' | 'placeholder'>;

export type PhotoOutcome =
  | { ok: true; photo: RenderedPhoto; original: OriginalPhoto }
  | { ok: false; reason: PhotoRefusal | 'cancelled' };

/** `problems`: fields (`heroes.3.name.kk`) with the English detail. */
export type PublishOutcome =
  | { ok: true }
  | { ok: false; reason: 'refused'; problems: { field: string; message: string }[] }
  | { ok: false; reason: 'failed' };

export type RestoreOutcome = { ok: true } | { ok: false; reason: 'nothing-to-restore' | 'failed' };

export interface CuratorClient {
  open(): Promise<WorkingCopy>;
  save(draft: Content, revision: string): Promise<SaveOutcome>;
  /** Electron: the system's file dialog. Absent in the browser, which has `uploadPhoto`. */
  choosePhoto?: (heroId: string, focalPoint: FocalPoint) => Promise<PhotoOutcome>;
  /** Browser: a file from an <input type="file">, with the share sent so far (0..1). */
  uploadPhoto?: (
    heroId: string,
    file: File,
    focalPoint: FocalPoint,
    onProgress: (share: number) => void,
  ) => Promise<PhotoOutcome>;
  /** The kiosk's files again around a new focal point. */
  renderPhoto(heroId: string, focalPoint: FocalPoint): Promise<PhotoOutcome>;
  publish(): Promise<PublishOutcome>;
  restorePrevious(): Promise<RestoreOutcome>;
}

/** Thrown by a client call the main process refused because the staff PIN is not (or no longer) entered. */
export class StudioLockedError extends Error {
  constructor() {
    super('curator channels answer only after the staff PIN');
    this.name = 'StudioLockedError';
  }
}
