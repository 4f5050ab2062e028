// Runs in: Node (tools).
// Abstract placeholder artwork for portraits that have not arrived yet: soft gradients and geometric
// shapes in UNICEF colours, the hero's number and a three-language label. Deliberately no faces and
// nothing photographic, so nobody can mistake a placeholder for a real person.
import { createHash } from 'node:crypto';
import { PORTRAIT_4K_SIZE } from './image-specs';

export type PlaceholderKind =
  /** Hero without a story yet. */
  | 'draft'
  /** Hero whose story is ready but whose photograph the curator still has to supply. */
  | 'photo-pending';

export interface PlaceholderArtOptions {
  heroId: string;
  /** Shown large in the middle, e.g. 4 for "Hero 4". */
  number: number;
  kind: PlaceholderKind;
}

const UNICEF_CYAN = '#1CABE2';
const ACCENTS = ['#1CABE2', '#00833D', '#80BD41', '#FFC20E', '#F26A21', '#961A49', '#374EA2'];

const LABELS: Record<PlaceholderKind, readonly string[]> = {
  draft: ['портреті жақында', 'портрет скоро', 'portrait coming soon'],
  'photo-pending': ['фотосурет кейін қосылады', 'фото будет добавлено', 'photo to be supplied'],
};

/** Small deterministic random numbers from the hero id, so a rerun draws the same picture. */
function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** SVG at 4K size; sharp scales it down without losing sharpness. */
export function placeholderSvg(options: PlaceholderArtOptions): string {
  const { width, height } = PORTRAIT_4K_SIZE;
  const random = seededRandom(options.heroId);
  const accent = pick(random, ACCENTS);
  const second = pick(
    random,
    ACCENTS.filter((colour) => colour !== accent),
  );
  const pending = options.kind === 'photo-pending';
  const [top, bottom] = pending ? ['#0B2545', '#13315C'] : ['#F4FBFE', '#D6EEF8'];
  const ink = pending ? '#FFFFFF' : '#0B2545';

  const circles = Array.from({ length: 5 }, () => {
    const radius = Math.round(300 + random() * 900);
    const cx = Math.round(random() * width);
    const cy = Math.round(random() * height);
    const colour = random() < 0.5 ? accent : second;
    const opacity = (0.08 + random() * 0.14).toFixed(2);
    return `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="${colour}" fill-opacity="${opacity}"/>`;
  }).join('');
  const bars = Array.from({ length: 3 }, (_, index) => {
    const y = Math.round(500 + random() * 2600);
    const angle = Math.round(-30 + random() * 60);
    const colour = index === 0 ? UNICEF_CYAN : second;
    return `<rect x="-400" y="${y}" width="${width + 800}" height="${Math.round(60 + random() * 140)}" rx="60" fill="${colour}" fill-opacity="0.12" transform="rotate(${angle} ${width / 2} ${y})"/>`;
  }).join('');
  const ringRadius = 560;
  const centreY = Math.round(height * 0.42);
  const frame = pending
    ? // Camera-frame corners say "a photograph goes here".
      [
        'M 240 520 v -280 h 280',
        `M ${width - 520} 240 h 280 v 280`,
        `M 240 ${height - 520} v 280 h 280`,
        `M ${width - 520} ${height - 240} h 280 v -280`,
      ]
        .map(
          (path) =>
            `<path d="${path}" fill="none" stroke="${UNICEF_CYAN}" stroke-width="28" stroke-linecap="round"/>`,
        )
        .join('')
    : '';
  const labels = LABELS[options.kind]
    .map(
      (label, index) =>
        `<text x="${width / 2}" y="${height - 900 + index * 170}" font-size="120" fill="${ink}" fill-opacity="${index === 2 ? 0.95 : 0.8}">${label}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#bg)"/>
${circles}${bars}${frame}
<circle cx="${width / 2}" cy="${centreY}" r="${ringRadius}" fill="none" stroke="${UNICEF_CYAN}" stroke-width="36"/>
<circle cx="${width / 2}" cy="${centreY}" r="${ringRadius - 90}" fill="${accent}" fill-opacity="0.18"/>
<g font-family="DejaVu Sans, Noto Sans, Liberation Sans, sans-serif" text-anchor="middle" font-weight="bold">
<text x="${width / 2}" y="${centreY + 200}" font-size="560" fill="${ink}">${options.number}</text>
${labels}
</g>
</svg>`;
}
