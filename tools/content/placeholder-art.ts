// Runs in: Node (tools).
// Abstract placeholder artwork for portraits that have not arrived yet: soft gradients and rings in a
// restrained UNICEF cyan. No text at all: the kiosk's own credit line and Draft badge say, in the
// visitor's language, that this is a placeholder, and its counter already numbers the heroes. The
// drawing sits in the upper half because the lower third is covered by the name and buttons.
// Deliberately no faces and nothing photographic, so nobody can mistake it for a real person.
import { createHash } from 'node:crypto';
import { PORTRAIT_4K_SIZE } from '../../electron/main/images/image-specs';

export type PlaceholderKind =
  /** Hero without a story yet: light "sketch" style with dotted rings. */
  | 'draft'
  /** Hero whose story is ready but whose photograph is still to come: night-blue "lens" style. */
  | 'photo-pending';

export interface PlaceholderArtOptions {
  heroId: string;
  kind: PlaceholderKind;
}

const UNICEF_CYAN = '#1CABE2';
/** Cool companions for the cyan, one per hero, always at low opacity. */
const SECONDARY_HUES = ['#374EA2', '#2A8C9E', '#5B6BB5', '#3E7CB1', '#1F9FA0', '#6A7FC1'];

interface KindStyle {
  backgroundTop: string;
  backgroundBottom: string;
  glowOpacity: number;
  orbOpacity: number;
  ringOpacity: number;
  /** Dotted rings read as "still being sketched"; solid ones as a lens. */
  dottedRings: boolean;
  /** Viewfinder corners say "a photograph goes here" without words. */
  viewfinder: boolean;
}

const STYLES: Record<PlaceholderKind, KindStyle> = {
  'photo-pending': {
    backgroundTop: '#0C2A4A',
    backgroundBottom: '#071A2E',
    glowOpacity: 0.34,
    orbOpacity: 0.3,
    ringOpacity: 0.9,
    dottedRings: false,
    viewfinder: true,
  },
  draft: {
    backgroundTop: '#EEF6FA',
    backgroundBottom: '#C9DEE8',
    glowOpacity: 0.3,
    orbOpacity: 0.32,
    ringOpacity: 0.95,
    dottedRings: true,
    viewfinder: false,
  },
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

function between(random: () => number, low: number, high: number): number {
  return low + random() * (high - low);
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** A radial gradient that fades a colour to nothing, for soft light instead of hard-edged discs. */
function softGradient(id: string, colour: string, opacity: number): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${colour}" stop-opacity="${opacity.toFixed(2)}"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>`;
}

function rings(
  random: () => number,
  centre: { x: number; y: number },
  style: KindStyle,
  satelliteColour: string,
): { svg: string; innerRadius: number; outerRadius: number } {
  // Dotted rings look busier than solid ones, so drafts keep to three.
  const count = style.dottedRings ? 3 : 3 + Math.floor(random() * 2);
  const innerRadius = Math.round(between(random, 260, 320));
  let radius = innerRadius;
  const parts: string[] = [];
  const satelliteRing = 1 + Math.floor(random() * (count - 1));
  for (let index = 0; index < count; index += 1) {
    const strokeWidth = Math.round(index === 0 ? between(random, 22, 30) : between(random, 8, 16));
    const opacity = style.ringOpacity * (1 - index / (count + 1));
    const circumference = 2 * Math.PI * radius;
    // The innermost ring is whole; the others are arcs turned by a per-hero angle.
    const arc = index === 0 ? 1 : between(random, 0.45, 0.85);
    const dash = style.dottedRings
      ? `stroke-dasharray="0 ${Math.round(strokeWidth * 3.2)}" stroke-linecap="round"`
      : arc < 1
        ? `stroke-dasharray="${Math.round(circumference * arc)} ${Math.round(circumference)}" stroke-linecap="round"`
        : '';
    const width = style.dottedRings ? Math.min(strokeWidth, 16) + 10 : strokeWidth;
    const turn = Math.round(between(random, 0, 360));
    parts.push(
      `<circle cx="${centre.x}" cy="${centre.y}" r="${radius}" fill="none" stroke="${UNICEF_CYAN}" stroke-width="${width}" stroke-opacity="${opacity.toFixed(2)}" ${dash} transform="rotate(${turn} ${centre.x} ${centre.y})"/>`,
    );
    if (index === satelliteRing) {
      // One small disc resting on a ring gives each hero its own calm, asymmetric accent.
      const angle = between(random, 0, 2 * Math.PI);
      parts.push(
        `<circle cx="${Math.round(centre.x + radius * Math.cos(angle))}" cy="${Math.round(centre.y + radius * Math.sin(angle))}" r="${Math.round(between(random, 30, 46))}" fill="${satelliteColour}"/>`,
      );
    }
    radius += Math.round(between(random, 120, 160));
  }
  return { svg: parts.join(''), innerRadius, outerRadius: radius };
}

function viewfinderCorners(centre: { x: number; y: number }, halfSize: number): string {
  const arm = Math.round(halfSize * 0.3);
  const left = centre.x - halfSize;
  const right = centre.x + halfSize;
  const top = centre.y - halfSize;
  const bottom = centre.y + halfSize;
  return [
    `M ${left} ${top + arm} V ${top} H ${left + arm}`,
    `M ${right - arm} ${top} H ${right} V ${top + arm}`,
    `M ${left} ${bottom - arm} V ${bottom} H ${left + arm}`,
    `M ${right - arm} ${bottom} H ${right} V ${bottom - arm}`,
  ]
    .map(
      (path) =>
        `<path d="${path}" fill="none" stroke="${UNICEF_CYAN}" stroke-opacity="0.7" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/>`,
    )
    .join('');
}

/** SVG at 4K size; sharp scales it down without losing sharpness. */
export function placeholderSvg(options: PlaceholderArtOptions): string {
  const { width, height } = PORTRAIT_4K_SIZE;
  const style = STYLES[options.kind];
  const random = seededRandom(options.heroId);
  const secondary = pick(random, SECONDARY_HUES);
  const centre = {
    x: Math.round(width * between(random, 0.46, 0.54)),
    y: Math.round(height * between(random, 0.36, 0.38)),
  };

  // Soft orbs of light, all in the upper two thirds so the covered lower third stays quiet.
  const orbs = Array.from({ length: 3 }, (_, index) => ({
    x: Math.round(between(random, 0, width)),
    y: Math.round(between(random, 0.04, 0.62) * height),
    radius: Math.round(between(random, 600, 1150)),
    gradient: index === 1 ? 'cyan-orb' : 'secondary-orb',
  }))
    .map(
      (orb) =>
        `<circle cx="${orb.x}" cy="${orb.y}" r="${orb.radius}" fill="url(#${orb.gradient})"/>`,
    )
    .join('');
  const {
    svg: ringSvg,
    innerRadius,
    outerRadius,
  } = rings(random, centre, style, options.kind === 'photo-pending' ? UNICEF_CYAN : secondary);
  const core =
    options.kind === 'photo-pending'
      ? `<circle cx="${centre.x}" cy="${centre.y}" r="${Math.round(outerRadius * 0.28)}" fill="url(#core)"/>`
      : '';
  // Focus brackets around the inner ring, like a camera finding its subject.
  const frame = style.viewfinder ? viewfinderCorners(centre, innerRadius + 130) : '';

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs>
<linearGradient id="background" x1="0" y1="0" x2="0.25" y2="1"><stop offset="0" stop-color="${style.backgroundTop}"/><stop offset="1" stop-color="${style.backgroundBottom}"/></linearGradient>
${softGradient('glow', UNICEF_CYAN, style.glowOpacity)}
${softGradient('cyan-orb', UNICEF_CYAN, style.orbOpacity * 0.6)}
${softGradient('secondary-orb', secondary, style.orbOpacity)}
${softGradient('core', UNICEF_CYAN, 0.45)}
</defs>
<rect width="${width}" height="${height}" fill="url(#background)"/>
${orbs}
<circle cx="${centre.x}" cy="${centre.y}" r="${Math.round(outerRadius * 1.35)}" fill="url(#glow)"/>
${core}${ringSvg}${frame}
</svg>`;
}
