// Runs in: every process (preload, renderer's studio chunk, tests). The curator studio's calls
// (window.kiosk.curator) from a transport, as kiosk-api-transport.ts builds the rest: apart, so the
// kiosk's own renderer JS does not carry the studio's (issue 20). Type imports only, as there.
import type { CuratorApi, PhotoImportResult } from './curator-contract';
import type { CsvImportResult } from './curator-csv-contract';
import { MAX_PHOTO_BYTES, previewPhotoUploadPath } from './curator-constants';
import type { KioskTransport } from './kiosk-api-transport';
import { MAX_CSV_UPLOAD_BYTES, packCsvUpload, previewCsvUploadPath } from './csv-upload';

export function createCuratorApiFromTransport(transport: KioskTransport): CuratorApi {
  const { invoke } = transport;
  return {
    open: () => invoke('curator:open', undefined),
    save: (baseRevision, content) => invoke('curator:save', { baseRevision, content }),
    discardDraft: () => invoke('curator:discard-draft', undefined),
    choosePhoto: (heroKey) => invoke('curator:choose-photo', { heroKey }),
    uploadPhoto: (heroKey, file, fileName) =>
      transport.uploadPhoto
        ? transport.uploadPhoto(heroKey, file, fileName)
        : Promise.resolve({ ok: false, reason: 'unavailable' }),
    photoProgress: () => invoke('curator:photo-progress', undefined),
    setFocalPoint: (originalId, focalPoint) =>
      invoke('curator:set-focal-point', { originalId, focalPoint }),
    publish: (baseRevision) => invoke('curator:publish', { baseRevision }),
    restorePrevious: () => invoke('curator:restore-previous', undefined),
    importCsv: (baseRevision) => invoke('curator:import-csv', { baseRevision }),
    uploadCsvFolder: (baseRevision, files) =>
      transport.uploadCsvFolder
        ? transport.uploadCsvFolder(baseRevision, files)
        : Promise.resolve({ ok: false, reason: 'unavailable' }),
  };
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The preview's side of uploadPhoto, for the renderer's HTTP transport: POSTs the bytes to
 * previewPhotoUploadPath. Files over MAX_PHOTO_BYTES are refused here without sending them.
 */
export async function uploadPhotoOverHttp(
  fetchImpl: FetchLike,
  heroKey: string,
  file: Blob,
  fileName: string,
): Promise<PhotoImportResult> {
  if (file.size > MAX_PHOTO_BYTES) {
    return { ok: false, reason: 'file-too-large', bytes: file.size, maxBytes: MAX_PHOTO_BYTES };
  }
  const response = await fetchImpl(previewPhotoUploadPath(heroKey, fileName), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  if (response.status === 413) {
    return { ok: false, reason: 'file-too-large', bytes: file.size, maxBytes: MAX_PHOTO_BYTES };
  }
  if (!response.ok) throw new Error(`curator photo upload failed: HTTP ${response.status}`);
  return (await response.json()) as PhotoImportResult;
}

/**
 * The preview's side of uploadCsvFolder: POSTs the packed folder (common/csv-upload.ts) to
 * previewCsvUploadPath. An upload over MAX_CSV_UPLOAD_BYTES is refused here without sending it.
 */
export async function uploadCsvFolderOverHttp(
  fetchImpl: FetchLike,
  baseRevision: number,
  files: readonly { path: string; file: Blob }[],
): Promise<CsvImportResult> {
  const { body, bytes } = packCsvUpload(files);
  const tooLarge = {
    ok: false,
    reason: 'upload-too-large',
    bytes,
    maxBytes: MAX_CSV_UPLOAD_BYTES,
  } as const;
  if (bytes > MAX_CSV_UPLOAD_BYTES) return tooLarge;
  const response = await fetchImpl(previewCsvUploadPath(baseRevision), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: body(),
  });
  if (response.status === 413) return tooLarge;
  if (!response.ok) throw new Error(`curator CSV upload failed: HTTP ${response.status}`);
  return (await response.json()) as CsvImportResult;
}
