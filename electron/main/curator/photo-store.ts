// Runs in: main process (also the web preview server). The studio's photographs in its working area:
// the photographer's original kept as chosen (so the focal point can move later), an upright preview
// to tap the focal point on, and the kiosk's crops rendered with the same pipeline as content:import
// (EXIF rotation baked in, no metadata or GPS written). Crops are named after the original and the
// focal point, so a name never changes meaning and publish can copy files without overwriting any.
// For speed, the working crops come from a copy decoded only as large as they need (working-size.ts),
// and the slow 4K portrait is rendered in the background after each import or focal point.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { MAX_PHOTO_MEGAPIXELS } from '../../../common/curator-constants';
import type {
  DraftOriginal,
  FocalPointResult,
  PhotoImportResult,
  PhotoProgress,
  RenderedPhoto,
} from '../../../common/curator-contract';
import { DraftOriginalSchema } from '../../../common/curator-contract';
import type { FocalPoint } from '../../../common/content-schema';
import { focalCropBox } from '../images/focal-crop';
import type { ImageSize } from '../images/image-specs';
import { PORTRAIT_4K_SIZE, PORTRAIT_SIZE, THUMBNAIL_SIZE } from '../images/image-specs';
import type { UprightImage } from '../images/render-variants';
import {
  blurDataUri,
  canMake4k,
  decodeUpright,
  fromUpright,
  renderCrop,
  renderCropFromSource,
} from '../images/render-variants';
import { workingSize } from '../images/working-size';
import type { CuratorFs } from './curator-fs';
import { fileExists, writeFailure, writeFileAtomic } from './curator-fs';
import { checkPhotoHeader } from './photo-check';
import { createRenderQueue } from './render-queue';

/** Where studio renders live, in the working area's media folder and in the published folder. */
export const STUDIO_ASSETS_DIR = 'assets/studio';
/** A new photograph's focal point until the curator taps the face: a little above the middle. */
export const DEFAULT_STUDIO_FOCAL_POINT: FocalPoint = { x: 0.5, y: 0.4 };
const PREVIEW_LONG_SIDE = 1600;
/** Bump when the crops are rendered differently: new names, so nothing stale is reused. */
const RENDER_VERSION = 1;

export interface PhotoStore {
  /** The working area's media folder: `<it>/assets/studio/...` holds the renders. */
  mediaDir: string;
  importPhoto(
    source: Buffer,
    fileName: string,
    onStage: (stage: PhotoProgress['stage'], fraction: number) => void,
  ): Promise<PhotoImportResult>;
  setFocalPoint(originalId: string, focal: FocalPoint): Promise<FocalPointResult>;
  /**
   * The 4K portrait for publishing: the one rendered in the background, else rendered now (waiting
   * for one under way); null when the original is too small for one or no longer kept.
   */
  render4k(original: DraftOriginal, focal: FocalPoint): Promise<string | null>;
  /** Resolves once no background render is running or waiting. */
  settled(): Promise<void>;
  /** The original behind a studio-rendered portrait path, to give it back to a new draft. */
  originalOfPortrait(portraitPath: string): Promise<DraftOriginal | null>;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

function cropName(originalId: string, focal: FocalPoint, variant: string): string {
  const focalKey = sha256(
    `${originalId}:${focal.x.toFixed(4)}:${focal.y.toFixed(4)}:${RENDER_VERSION}`,
  );
  return `${STUDIO_ASSETS_DIR}/${originalId.slice(0, 12)}-${focalKey.slice(0, 8)}-${variant}.webp`;
}

/** What the working crops and the preview need: the portrait's pixels, the preview's long side. */
const WORKING_NEEDS = { crop: PORTRAIT_SIZE, longSide: PREVIEW_LONG_SIDE };

const sizeOf = (original: DraftOriginal): ImageSize => ({
  width: original.width,
  height: original.height,
});

/** Keeps 4 decimals: a tap is never finer than that, and the file name depends on it. */
const roundFocal = (focal: FocalPoint): FocalPoint => ({
  x: Math.round(focal.x * 10_000) / 10_000,
  y: Math.round(focal.y * 10_000) / 10_000,
});

export function createPhotoStore(options: { workDir: string; fs: CuratorFs }): PhotoStore {
  const { fs } = options;
  const originalsDir = join(options.workDir, 'originals');
  const mediaDir = join(options.workDir, 'media');
  const originalBytes = (id: string): string => join(originalsDir, `${id}.original`);
  const originalRecord = (id: string): string => join(originalsDir, `${id}.json`);
  // The last photograph decoded (at its working size, a few MB), so moving the focal point again
  // does not decode it again.
  let decoded: { id: string; image: UprightImage } | null = null;
  const renders4k = createRenderQueue();

  async function writeMedia(path: string, data: Buffer): Promise<void> {
    const file = join(mediaDir, path);
    if (await fileExists(fs, file)) return; // same name, same pixels
    await fs.mkdir(join(mediaDir, STUDIO_ASSETS_DIR), { recursive: true });
    await writeFileAtomic(fs, file, data);
  }

  async function renderCrops(original: DraftOriginal, image: UprightImage, focal: FocalPoint) {
    const portraitPath = cropName(original.id, focal, 'portrait');
    const thumbnailPath = cropName(original.id, focal, 'thumbnail');
    const portrait = await renderCrop(image, PORTRAIT_SIZE, focal);
    await writeMedia(portraitPath, portrait);
    await writeMedia(thumbnailPath, await renderCrop(image, THUMBNAIL_SIZE, focal));
    const photo: RenderedPhoto = {
      portrait: portraitPath,
      thumbnail: thumbnailPath,
      placeholder: await blurDataUri(portrait),
      focalPoint: focal,
      original: { ...original, pending4k: canMake4k(image.fullSize, focal) },
    };
    return photo;
  }

  /** Decodes the original at full size for this one render only, and writes the 4K portrait. */
  async function write4k(original: DraftOriginal, focal: FocalPoint, path: string): Promise<void> {
    if (await fileExists(fs, join(mediaDir, path))) return;
    const source = await fs.readFile(originalBytes(original.id));
    await writeMedia(
      path,
      await renderCropFromSource(source, sizeOf(original), PORTRAIT_4K_SIZE, focal),
    );
  }

  /** Starts the 4K portrait in the background so Publish finds it done. */
  function prepare4k(photo: RenderedPhoto): void {
    const { original, focalPoint } = photo;
    if (!original?.pending4k) return;
    const path = cropName(original.id, focalPoint, 'portrait-4k');
    renders4k.schedule(path, () => write4k(original, focalPoint, path));
  }

  /** The studio's own record of an original (never the draft's copy, which the UI could change). */
  async function readRecord(file: string): Promise<DraftOriginal | null> {
    try {
      const parsed = DraftOriginalSchema.safeParse(
        JSON.parse((await fs.readFile(file)).toString('utf8')),
      );
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async function loadOriginal(
    id: string,
  ): Promise<{ original: DraftOriginal; image: UprightImage } | null> {
    const original = await readRecord(originalRecord(id));
    if (!original) return null;
    if (decoded?.id !== id) {
      try {
        const fullSize = sizeOf(original);
        const source = await fs.readFile(originalBytes(id));
        decoded = {
          id,
          image: await decodeUpright(source, {
            fullSize,
            at: workingSize(fullSize, WORKING_NEEDS),
          }),
        };
      } catch {
        return null;
      }
    }
    return { original, image: decoded.image };
  }

  return {
    mediaDir,
    async importPhoto(source, fileName, onStage) {
      onStage('checking', 0.1);
      const checked = await checkPhotoHeader(source);
      if (!checked.ok) return checked;
      let image: UprightImage;
      try {
        onStage('rendering', 0.2);
        const fullSize = {
          width: checked.header.uprightWidth,
          height: checked.header.uprightHeight,
        };
        image = await decodeUpright(source, {
          limitInputPixels: MAX_PHOTO_MEGAPIXELS * 1_000_000,
          fullSize,
          at: workingSize(fullSize, WORKING_NEEDS),
        });
      } catch {
        // The header was fine, so the data itself is cut short or damaged.
        return { ok: false, reason: 'truncated' };
      }
      const id = sha256(source);
      const preview = `${STUDIO_ASSETS_DIR}/${id.slice(0, 12)}-original.webp`;
      const original: DraftOriginal = {
        id,
        fileName: fileName.slice(0, 260),
        width: image.fullSize.width,
        height: image.fullSize.height,
        preview,
        pending4k: false,
      };
      try {
        onStage('saving', 0.5);
        await fs.mkdir(originalsDir, { recursive: true });
        if (!(await fileExists(fs, originalBytes(id)))) {
          await writeFileAtomic(fs, originalBytes(id), source);
        }
        await writeFileAtomic(fs, originalRecord(id), JSON.stringify(original));
        const { fullSize } = image;
        const previewScale = Math.min(
          1,
          PREVIEW_LONG_SIDE / Math.max(fullSize.width, fullSize.height),
        );
        await writeMedia(
          preview,
          await fromUpright(image)
            .resize(
              Math.round(fullSize.width * previewScale),
              Math.round(fullSize.height * previewScale),
            )
            .webp({ quality: 80 })
            .toBuffer(),
        );
        onStage('rendering', 0.7);
        const photo = await renderCrops(original, image, DEFAULT_STUDIO_FOCAL_POINT);
        decoded = { id, image };
        prepare4k(photo);
        const box = focalCropBox(image.fullSize, PORTRAIT_SIZE, DEFAULT_STUDIO_FOCAL_POINT);
        return { ok: true, photo, warnings: box.width < PORTRAIT_SIZE.width ? ['soft'] : [] };
      } catch (error) {
        return writeFailure(error);
      }
    },

    async setFocalPoint(originalId, focal) {
      const loaded = await loadOriginal(originalId);
      if (!loaded) return { ok: false, reason: 'no-original' };
      try {
        const photo = await renderCrops(loaded.original, loaded.image, roundFocal(focal));
        prepare4k(photo);
        return { ok: true, photo };
      } catch (error) {
        return writeFailure(error);
      }
    },

    async render4k(draftOriginal, focal) {
      const rounded = roundFocal(focal);
      const path = cropName(draftOriginal.id, rounded, 'portrait-4k');
      if (await fileExists(fs, join(mediaDir, path))) return path;
      const original = await readRecord(originalRecord(draftOriginal.id));
      if (!original || !canMake4k(sizeOf(original), rounded)) return null;
      if (!(await fileExists(fs, originalBytes(original.id)))) return null;
      await renders4k.renderNow(path, () => write4k(original, rounded, path));
      return path;
    },

    settled: () => renders4k.settled(),

    async originalOfPortrait(portraitPath) {
      const match = new RegExp(
        `^${STUDIO_ASSETS_DIR}/([0-9a-f]{12})-[0-9a-f]{8}-portrait\\.webp$`,
      ).exec(portraitPath);
      if (!match) return null;
      const names = await fs.readdir(originalsDir).catch(() => [] as string[]);
      const record = names.find(
        (name) => name.startsWith(match[1] ?? '') && name.endsWith('.json'),
      );
      return record ? readRecord(join(originalsDir, record)) : null;
    },
  };
}
