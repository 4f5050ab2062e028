// Runs in: renderer. Which carousel cards are mounted, and when the others join: pure, so it can be
// tested without a browser.
//
// Mounting a card costs a frame of style, layout and paint (about 4 ms at full speed, 16 ms and
// more on a slow PC). Entering the carousel mounts only the current card and its neighbours, so the
// entry from the attract loop stays quick; the rest join in idle time while nothing moves, nearest
// first, and stay until the carousel leaves the screen. After that a swipe mounts nothing: only a
// photograph comes or goes.

/** Indices of the cards whose photographs are loaded: the current one and its neighbours. */
export function nearIndices(index: number, count: number): number[] {
  return [index - 1, index, index + 1].filter((candidate) => candidate >= 0 && candidate < count);
}

/**
 * The next step from the photographs loaded now towards the ones wanted: first those no longer
 * wanted go, then, at the next step, the new ones come. So no single frame both unmounts a
 * photograph and mounts another (each of the two cost about one frame in three at 4x CPU), and
 * never more than three are loaded at once. Returns `loaded` itself once it holds exactly `wanted`.
 */
export function nextPhotoStep(
  loaded: ReadonlySet<number>,
  wanted: readonly number[],
): ReadonlySet<number> {
  const staying = [...loaded].filter((index) => wanted.includes(index));
  if (staying.length < loaded.size) return new Set(staying);
  return withIndices(loaded, wanted);
}

/**
 * `mounted` with `indices` added; the same set when none of them is new, so that React state set to
 * it does not render again.
 */
export function withIndices(
  mounted: ReadonlySet<number>,
  indices: readonly number[],
): ReadonlySet<number> {
  if (indices.every((index) => mounted.has(index))) return mounted;
  return new Set([...mounted, ...indices]);
}

/**
 * Up to `howMany` cards not mounted yet, nearest to `current` first; at the same distance the one
 * ahead (a visitor more often swipes forwards) before the one behind.
 */
export function nextIndicesToMount(
  mounted: ReadonlySet<number>,
  current: number,
  count: number,
  howMany: number,
): number[] {
  const next: number[] = [];
  for (let distance = 0; distance < count && next.length < howMany; distance += 1) {
    for (const index of [current + distance, current - distance]) {
      if (index < 0 || index >= count || mounted.has(index) || next.includes(index)) continue;
      if (next.length < howMany) next.push(index);
    }
  }
  return next;
}

/** The browser's idle callbacks, passed in so tests can play them. */
export interface IdleScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/**
 * Calls `run` in the first idle period in which `isBusy()` is false (for the carousel: no finger on
 * the track, nothing on it moving, no story over it), asking again for each idle period until then.
 * Returns the cancel function.
 */
export function runWhenStill(
  scheduler: IdleScheduler,
  isBusy: () => boolean,
  run: () => void,
): () => void {
  let handle = scheduler.request(function check() {
    if (isBusy()) handle = scheduler.request(check);
    else run();
  });
  return () => scheduler.cancel(handle);
}
