// Runs in: Node (Playwright tests, benchmark, unit tests). A deterministic mix of visitor interactions: the same
// seed always gives the same sequence, so an endurance run can be repeated exactly.

export type InteractionKind =
  'swipe' | 'step-button' | 'story' | 'index-jump' | 'language' | 'idle-reset';

export interface PlannedInteraction {
  kind: InteractionKind;
  /** A number in [0, 1) for choices inside the interaction (which hero an index jump opens). */
  pick: number;
}

/** Relative weights: swipes dominate, as they do at a real kiosk. */
export const INTERACTION_WEIGHTS: Readonly<Record<InteractionKind, number>> = {
  swipe: 40,
  'step-button': 10,
  story: 15,
  'index-jump': 12,
  language: 13,
  'idle-reset': 3,
};

/** mulberry32: a tiny seeded generator, good enough to shuffle a test plan. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function planInteractions(count: number, seed: number): PlannedInteraction[] {
  const random = seededRandom(seed);
  const kinds = Object.keys(INTERACTION_WEIGHTS) as InteractionKind[];
  const total = kinds.reduce((sum, kind) => sum + INTERACTION_WEIGHTS[kind], 0);
  const plan: PlannedInteraction[] = [];
  for (let index = 0; index < count; index += 1) {
    let roll = random() * total;
    const kind = kinds.find((candidate) => (roll -= INTERACTION_WEIGHTS[candidate]) < 0) ?? 'swipe';
    plan.push({ kind, pick: random() });
  }
  return plan;
}

export function countByKind(plan: readonly PlannedInteraction[]): Record<InteractionKind, number> {
  const counts = Object.fromEntries(
    Object.keys(INTERACTION_WEIGHTS).map((kind) => [kind, 0]),
  ) as Record<InteractionKind, number>;
  for (const step of plan) counts[step.kind] += 1;
  return counts;
}
