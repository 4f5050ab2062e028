// Runs in: renderer (the studio's chunk). The studio's calls: window.kiosk.curator in Electron, or
// the same channels over the web preview's HTTP, with the photo upload that only the preview has.
import type { CuratorApi } from '../../../common/curator-contract';
import {
  createCuratorApiFromTransport,
  uploadCsvFolderOverHttp,
  uploadPhotoOverHttp,
} from '../../../common/curator-api-transport';
import { createPreviewTransport } from '../platform/kiosk-api';
import type { FetchLike } from '../platform/kiosk-api';

let cachedApi: CuratorApi | undefined;

export function getCuratorApi(): CuratorApi {
  if (typeof window !== 'undefined' && window.kiosk) return window.kiosk.curator;
  cachedApi ??= createPreviewCuratorApi();
  return cachedApi;
}

export function createPreviewCuratorApi(
  fetchImpl: FetchLike = (...args) => fetch(...args),
): CuratorApi {
  return createCuratorApiFromTransport({
    ...createPreviewTransport(fetchImpl),
    // The file's bytes over HTTP (Electron imports photos through its dialog).
    uploadPhoto: (heroKey, file, fileName) =>
      uploadPhotoOverHttp(fetchImpl, heroKey, file, fileName),
    // The CSV import: the folder picked in the browser, its files in one POST.
    uploadCsvFolder: (baseRevision, files) =>
      uploadCsvFolderOverHttp(fetchImpl, baseRevision, files),
  });
}
