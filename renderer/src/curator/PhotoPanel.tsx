// Runs in: renderer (the studio's chunk). The hero's photograph: choose the original, watch it
// travel and be prepared, tap the face, and see at once the portrait screen's picture, the landscape
// screen's and the thumbnail, cut as the kiosk will cut them.
import './PhotoPanel.css';
import type { Language } from '../../../common/content-schema';
import type { DraftHero } from '../../../common/curator-contract';
import { formatNumber } from './curator-format';
import { useCurator, useCuratorStrings } from './curator-context';
import type { PhotoJob } from './curator-store';
import type { CuratorStrings } from './curator-strings';
import type { CropBox } from './crop-geometry';
import { cropBackground, screenCrops } from './crop-geometry';
import { FocalPointPicker } from './FocalPointPicker';
import { hasRealPhoto } from './hero-readiness';

/** The browser offers these; the main process checks the file itself whatever its name says. */
const ACCEPTED_TYPES =
  'image/jpeg,image/png,image/tiff,image/webp,.jpg,.jpeg,.png,.tif,.tiff,.webp';

/** An image to draw crops from: its URL and the size its crop boxes are measured in. */
export interface CropSource {
  url: string;
  width: number;
  height: number;
}

export function PhotoPanel({ hero }: { hero: DraftHero }) {
  const { strings } = useCuratorStrings();
  const assetBaseUrl = useCurator((state) => state.assetBaseUrl);
  const job = useCurator((state) => state.photoJobs[hero.key]);
  const setFocalPoint = useCurator((state) => state.setFocalPoint);
  const { original, portrait } = hero.photo;
  // The preview is a scaled copy of the upright original: crop boxes in the original's pixels fit it.
  // Without the original (content made before the studio) the portrait file is what we have.
  const source: CropSource | null = original
    ? { url: assetBaseUrl + original.preview, width: original.width, height: original.height }
    : portrait
      ? { url: assetBaseUrl + portrait, width: 1080, height: 1920 }
      : null;
  const crops = source ? screenCrops(source, hero.photo.focalPoint) : null;

  return (
    <div className="photo-panel">
      {source && crops ? (
        <div className="photo-panel__work">
          <FocalPointPicker
            source={source}
            focal={hero.photo.focalPoint}
            portraitCrop={crops.portrait}
            onChange={(point) => setFocalPoint(hero.key, point)}
          />
          <div className="photo-panel__crops">
            <CropView
              label={strings.cropPortrait}
              className="photo-panel__crop--portrait"
              source={source}
              box={crops.portrait}
            />
            <CropView
              label={strings.cropLandscape}
              className="photo-panel__crop--landscape"
              source={source}
              box={crops.landscape}
            />
            {original || !hero.photo.thumbnail ? (
              <CropView
                label={strings.cropThumbnail}
                className="photo-panel__crop--thumbnail"
                source={source}
                box={crops.thumbnail}
              />
            ) : (
              <figure className="photo-panel__crop photo-panel__crop--thumbnail">
                <img
                  className="photo-panel__crop-image"
                  src={assetBaseUrl + hero.photo.thumbnail}
                  alt=""
                />
                <figcaption>{strings.cropThumbnail}</figcaption>
              </figure>
            )}
          </div>
        </div>
      ) : (
        <div className="photo-panel__empty">
          <span aria-hidden="true" className="photo-panel__empty-icon" />
          <p>{strings.noPhotoYet}</p>
        </div>
      )}
      <p className="photo-panel__hint">
        {source && (original ? strings.focalHint : strings.focalNoOriginal)}
      </p>
      <div className="photo-panel__choose">
        <ChoosePhoto
          heroKey={hero.key}
          again={hasRealPhoto(hero)}
          busy={job?.phase === 'working'}
        />
        <p className="photo-panel__formats">{strings.photoFormats}</p>
      </div>
      <PhotoProgress job={job} />
    </div>
  );
}

function ChoosePhoto({ heroKey, again, busy }: { heroKey: string; again: boolean; busy: boolean }) {
  const { strings } = useCuratorStrings();
  const photoInput = useCurator((state) => state.photoInput);
  const bringPhoto = useCurator((state) => state.bringPhoto);
  const label = again ? strings.chooseAnotherPhoto : strings.choosePhoto;
  if (photoInput === 'dialog') {
    return (
      <button
        type="button"
        className="studio-button studio-button--primary"
        disabled={busy}
        onClick={() => void bringPhoto(heroKey)}
      >
        {label}
      </button>
    );
  }
  return (
    <label
      className={`studio-button studio-button--primary${busy ? ' studio-button--disabled' : ''}`}
    >
      {label}
      <input
        className="staff-visually-hidden"
        type="file"
        accept={ACCEPTED_TYPES}
        disabled={busy}
        data-testid="photo-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file chosen again must fire a change too.
          event.target.value = '';
          if (file) void bringPhoto(heroKey, file);
        }}
      />
    </label>
  );
}

function PhotoProgress({ job }: { job: PhotoJob | undefined }) {
  const { strings, language } = useCuratorStrings();
  if (!job) return null;
  if (job.phase === 'done') {
    return (
      <p
        className={
          job.soft ? 'photo-panel__status photo-panel__status--warning' : 'photo-panel__status'
        }
        role="status"
      >
        {job.soft ? strings.photoSoft : strings.photoReady}
      </p>
    );
  }
  if (job.phase === 'failed') {
    return (
      <p className="photo-panel__status photo-panel__status--error" role="alert">
        {refusalText(job.refusal, strings, language)}
      </p>
    );
  }
  const fraction = job.progress?.fraction ?? 0;
  const stage = strings.photoStage[job.progress?.stage ?? 'receiving'];
  const percent = `${formatNumber(Math.round(fraction * 100), language)}%`;
  return (
    <div className="photo-panel__status" role="status">
      <span>
        {stage} {job.progress ? percent : ''}
      </span>
      <progress
        className="photo-panel__progress"
        max={1}
        value={job.progress ? fraction : undefined}
        aria-label={stage}
      />
    </div>
  );
}

function megabytes(bytes: number, language: Language): string {
  return `${formatNumber(Math.round(bytes / (1024 * 1024)), language)} MB`;
}

export function refusalText(
  refusal: Extract<PhotoJob, { phase: 'failed' }>['refusal'],
  strings: CuratorStrings,
  language: Language,
): string {
  const words = strings.photoRefused;
  switch (refusal.reason) {
    case 'file-too-large':
      return words['file-too-large'](
        megabytes(refusal.bytes, language),
        megabytes(refusal.maxBytes, language),
      );
    case 'too-many-pixels':
      return words['too-many-pixels'](
        formatNumber(Math.round(refusal.megapixels), language),
        formatNumber(refusal.maxMegapixels, language),
      );
    case 'unsupported-format':
      return words['unsupported-format'](refusal.format.toUpperCase());
    case 'write-failed':
      return refusal.cause === 'disk-full' ? words['disk-full'] : words['write-failed'];
    case 'cancelled':
      return '';
    default:
      return words[refusal.reason];
  }
}

function CropView({
  label,
  className,
  source,
  box,
}: {
  label: string;
  className: string;
  source: CropSource;
  box: CropBox;
}) {
  return (
    <figure className={`photo-panel__crop ${className}`}>
      <div
        className="photo-panel__crop-image"
        style={{
          ...cropBackground(source.url, source, box),
          aspectRatio: `${box.width} / ${box.height}`,
        }}
        role="img"
        aria-label={label}
      />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
