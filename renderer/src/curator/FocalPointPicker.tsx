// Runs in: renderer (the studio's chunk). The original photograph with the focal point on it: a tap
// or click sets the point, a drag moves it, the arrow keys nudge it. The portrait screen's crop is
// drawn over the photograph, and everything outside it dimmed.
import type { FocalPoint } from '../../../common/content-schema';
import { formatNumber } from './curator-format';
import { useCuratorStrings } from './curator-context';
import type { CropBox } from './crop-geometry';
import type { CropSource } from './PhotoPanel';

/** One arrow key press moves the point this share of the photograph. */
const KEY_STEP = 0.01;

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));
const round = (value: number): number => Math.round(value * 1000) / 1000;

export function FocalPointPicker({
  source,
  focal,
  portraitCrop,
  onChange,
}: {
  source: CropSource;
  focal: FocalPoint;
  portraitCrop: CropBox;
  onChange(point: FocalPoint): void;
}) {
  const { strings, language } = useCuratorStrings();
  const pointAt = (element: HTMLElement, clientX: number, clientY: number): FocalPoint => {
    const rect = element.getBoundingClientRect();
    return {
      x: round(clamp01((clientX - rect.left) / rect.width)),
      y: round(clamp01((clientY - rect.top) / rect.height)),
    };
  };
  const percent = (value: number): string => `${formatNumber(Math.round(value * 100), language)}%`;
  const frame = {
    left: `${(portraitCrop.left / source.width) * 100}%`,
    top: `${(portraitCrop.top / source.height) * 100}%`,
    width: `${(portraitCrop.width / source.width) * 100}%`,
    height: `${(portraitCrop.height / source.height) * 100}%`,
  };
  return (
    <div
      className="focal-picker"
      style={
        {
          aspectRatio: `${source.width} / ${source.height}`,
          '--focal-aspect': source.width / source.height,
        } as React.CSSProperties
      }
    >
      <button
        type="button"
        className="focal-picker__surface"
        aria-label={strings.focalPicker}
        aria-description={strings.focalAt(percent(focal.x), percent(focal.y))}
        style={{ backgroundImage: `url("${source.url}")` }}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          const surface = event.currentTarget;
          surface.setPointerCapture(event.pointerId);
          onChange(pointAt(surface, event.clientX, event.clientY));
        }}
        onPointerMove={(event) => {
          if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
          onChange(pointAt(event.currentTarget, event.clientX, event.clientY));
        }}
        onKeyDown={(event) => {
          const moves: Record<string, [number, number]> = {
            ArrowLeft: [-KEY_STEP, 0],
            ArrowRight: [KEY_STEP, 0],
            ArrowUp: [0, -KEY_STEP],
            ArrowDown: [0, KEY_STEP],
          };
          const move = moves[event.key];
          if (!move) return;
          event.preventDefault();
          onChange({ x: round(clamp01(focal.x + move[0])), y: round(clamp01(focal.y + move[1])) });
        }}
      >
        <span className="focal-picker__frame" style={frame} aria-hidden="true" />
        <span
          className="focal-picker__point"
          style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }}
          aria-hidden="true"
        />
      </button>
    </div>
  );
}
