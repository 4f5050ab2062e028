// Runs in: renderer (the studio's chunk). An import in main reports how far it got only when asked:
// ask every PHOTO_PROGRESS_MS until the caller stops, one question at a time.
import type { CuratorApi, PhotoProgress } from '../../../common/curator-contract';

/** How often an import in progress is asked how far it got. */
export const PHOTO_PROGRESS_MS = 300;

/** Starts asking; the returned function stops it (an answer arriving later is dropped). */
export function pollPhotoProgress(
  api: Pick<CuratorApi, 'photoProgress'>,
  setTimer: (callback: () => void, ms: number) => unknown,
  onProgress: (progress: PhotoProgress | null) => void,
): () => void {
  let polling = true;
  const poll = (): void => {
    if (!polling) return;
    api.photoProgress().then(
      (progress) => {
        if (!polling) return;
        onProgress(progress);
        setTimer(poll, PHOTO_PROGRESS_MS);
      },
      () => undefined,
    );
  };
  setTimer(poll, PHOTO_PROGRESS_MS);
  return () => {
    polling = false;
  };
}
