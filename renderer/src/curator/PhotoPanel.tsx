// Runs in: renderer (the studio's chunk). The hero's photograph: choose the original, watch it
// travel and be prepared, tap the face, and see at once the portrait screen's picture, the landscape
// screen's and the thumbnail, cut as the kiosk will cut them.
import './PhotoPanel.css';
import type { Hero } from '../../../common/content-schema';
import { formatCount } from '../staff/staff-format';
import type { OriginalPhoto } from './curator-client';
import { useCurator, useCuratorStrings } from './curator-context';
import type { PhotoJob } from './curator-store';
import type { CropBox } from './crop-geometry';
import { cropBackground, screenCrops } from './crop-geometry';
import { FocalPointPicker } from './FocalPointPicker';
import { hasRealPhoto } from './hero-readiness';

/** The browser offers these; the main process checks the file itself whatever its name says. */
const ACCEPTED_TYPES =
  'image/jpeg,image/png,image/tiff,image/webp,.jpg,.jpeg,.png,.tif,.tiff,.webp';

export function PhotoPanel({ hero }: { hero: Hero }) {
  const { strings } = useCuratorStrings();
  const original = useCurator((state) => state.originals[hero.id]);
  const assetBaseUrl = useCurator((state) => state.assetBaseUrl);
  const job = useCurator((state) => state.photoJobs[hero.id]);
  const setFocalPoint = useCurator((state) => state.setFocalPoint);
  const hasPhoto = hero.photo.portrait !== '';
  // Without the original (content made before the studio) the portrait file is what we have.
  const source: OriginalPhoto | null =
    original ??
    (hasPhoto ? { url: assetBaseUrl + hero.photo.portrait, width: 1080, height: 1920 } : null);
  const crops = source ? screenCrops(source, hero.photo.focalPoint) : null;

  return (
    <div className="photo-panel">
      {source && crops ? (
        <div className="photo-panel__work">
          <FocalPointPicker
            source={source}
            focal={hero.photo.focalPoint}
            portraitCrop={crops.portrait}
            onChange={(point) => setFocalPoint(hero.id, point)}
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
        <ChoosePhoto heroId={hero.id} again={hasRealPhoto(hero)} busy={isBusy(job)} />
        <p className="photo-panel__formats">{strings.photoFormats}</p>
      </div>
      <PhotoProgress job={job} />
    </div>
  );
}

function isBusy(job: PhotoJob | undefined): boolean {
  return job?.phase === 'sending' || job?.phase === 'preparing';
}

function ChoosePhoto({ heroId, again, busy }: { heroId: string; again: boolean; busy: boolean }) {
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
        onClick={() => void bringPhoto(heroId)}
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
        className="visually-hidden"
        type="file"
        accept={ACCEPTED_TYPES}
        disabled={busy}
        data-testid="photo-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file chosen again must fire a change too.
          event.target.value = '';
          if (file) void bringPhoto(heroId, file);
        }}
      />
    </label>
  );
}

function PhotoProgress({ job }: { job: PhotoJob | undefined }) {
  const { strings, language } = useCuratorStrings();
  if (!job || job.phase === 'done') {
    return job ? (
      <p className="photo-panel__status" role="status">
        {strings.photoReady}
      </p>
    ) : null;
  }
  if (job.phase === 'failed') {
    return (
      <p className="photo-panel__status photo-panel__status--error" role="alert">
        {strings.photoRefused[job.reason]}
      </p>
    );
  }
  const share = job.phase === 'sending' ? job.share : 1;
  const percent = new Intl.NumberFormat(language, { style: 'percent' }).format(share);
  return (
    <div className="photo-panel__status" role="status">
      <span>{job.phase === 'sending' ? strings.uploading(percent) : strings.preparing}</span>
      <progress
        className="photo-panel__progress"
        max={1}
        // Preparing has no measurable share: an indeterminate bar.
        value={job.phase === 'sending' ? share : undefined}
        aria-label={job.phase === 'sending' ? strings.uploading(percent) : strings.preparing}
        data-count={formatCount(Math.round(share * 100), language)}
      />
    </div>
  );
}

function CropView({
  label,
  className,
  source,
  box,
}: {
  label: string;
  className: string;
  source: OriginalPhoto;
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
