// Runs in: Node (tests). The hidden staff gesture: random taps and swipes never open the PIN pad,
// the real gesture always does, with the wobble of a real finger.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CORNER_GESTURE,
  cornerSize,
  createCornerGesture,
} from '../../../renderer/src/staff/gesture/corner-gesture';
import type {
  CornerGesture,
  GesturePointerEvent,
} from '../../../renderer/src/staff/gesture/corner-gesture';
import { isStaffKeyCombo } from '../../../renderer/src/staff/gesture/staff-key-combo';
import { seededRandom } from '../../support/interaction-plan';

const SCREENS = [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
];

type Step = Omit<GesturePointerEvent, 'width' | 'height'>;

function feed(gesture: CornerGesture, steps: Step[], screen: { width: number; height: number }) {
  let completions = 0;
  for (const step of steps) if (gesture.handle({ ...step, ...screen })) completions += 1;
  return completions;
}

/** The real gesture, with jittered timing and finger positions. */
function realGesture(
  random: () => number,
  start: number,
  screen: { width: number; height: number },
) {
  const corner = cornerSize(screen.width, screen.height, DEFAULT_CORNER_GESTURE);
  const jitter = () => (random() - 0.5) * 16;
  const holdX = 8 + random() * (corner - 24);
  const holdY = 8 + random() * (corner - 24);
  const holdMs = 3000 + random() * 1500;
  const gapMs = 50 + random() * 1800;
  const tapMs = 40 + random() * 400;
  const tapX = screen.width - 8 - random() * (corner - 24);
  const tapY = screen.height - 8 - random() * (corner - 24);
  const steps: Step[] = [{ type: 'down', pointerId: 1, x: holdX, y: holdY, time: start }];
  for (let t = 100; t < holdMs; t += 100 + random() * 200) {
    steps.push({
      type: 'move',
      pointerId: 1,
      x: holdX + jitter(),
      y: holdY + jitter(),
      time: start + t,
    });
  }
  steps.push({
    type: 'up',
    pointerId: 1,
    x: holdX + jitter(),
    y: holdY + jitter(),
    time: start + holdMs,
  });
  const tapAt = start + holdMs + gapMs;
  steps.push({ type: 'down', pointerId: 2, x: tapX, y: tapY, time: tapAt });
  steps.push({
    type: 'move',
    pointerId: 2,
    x: tapX + jitter(),
    y: tapY + jitter(),
    time: tapAt + tapMs / 2,
  });
  steps.push({
    type: 'up',
    pointerId: 2,
    x: tapX + jitter(),
    y: tapY + jitter(),
    time: tapAt + tapMs,
  });
  return { steps, end: tapAt + tapMs };
}

/** A visitor's tap or swipe anywhere, corners included; sometimes two fingers at once. */
function randomTouch(
  random: () => number,
  start: number,
  pointerId: number,
  screen: { width: number; height: number },
) {
  // Favour the corners, where an accidental gesture would start or end.
  const pick = (size: number) => {
    const roll = random();
    if (roll < 0.3) return random() * 150;
    if (roll < 0.6) return size - random() * 150;
    return random() * size;
  };
  const x = pick(screen.width);
  const y = pick(screen.height);
  const isSwipe = random() < 0.5;
  // Taps and presses stay shorter than the hold; swipes travel well beyond a finger's wobble.
  const duration = isSwipe ? 80 + random() * 5000 : 30 + random() * 2800;
  const dx = isSwipe ? (random() < 0.5 ? -1 : 1) * (40 + random() * 900) : 0;
  const dy = isSwipe ? (random() - 0.5) * 300 : 0;
  const steps: Step[] = [{ type: 'down', pointerId, x, y, time: start }];
  const moves = isSwipe ? 3 + Math.floor(random() * 10) : 0;
  for (let index = 1; index <= moves; index += 1) {
    const progress = index / moves;
    steps.push({
      type: 'move',
      pointerId,
      x: x + dx * progress,
      y: y + dy * progress,
      time: start + duration * progress * 0.99,
    });
  }
  steps.push({
    type: random() < 0.05 ? 'cancel' : 'up',
    pointerId,
    x: x + dx,
    y: y + dy,
    time: start + duration,
  });
  return { steps, end: start + duration };
}

/** Interleaves several touches by time, as several hands on the screen would. */
function mergeByTime(lists: Step[][]): Step[] {
  return lists.flat().sort((a, b) => a.time - b.time);
}

describe('corner gesture', () => {
  it.each(SCREENS)('the real gesture opens the pad, 1000 jittered runs at %o', (screen) => {
    const random = seededRandom(20220401);
    const gesture = createCornerGesture();
    let time = 0;
    for (let run = 0; run < 1000; run += 1) {
      const { steps, end } = realGesture(random, time, screen);
      expect(feed(gesture, steps, screen), `run ${run}`).toBe(1);
      time = end + 500 + random() * 5000;
    }
  });

  it.each(SCREENS)('5000 seeded random taps and swipes never open it at %o', (screen) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      const gesture = createCornerGesture();
      let time = 0;
      let pointerId = 1;
      let completions = 0;
      for (let touch = 0; touch < 1000; touch += 1) {
        const hands = random() < 0.15 ? 2 : 1;
        const touches = Array.from({ length: hands }, () =>
          randomTouch(random, time + random() * 300, pointerId++, screen),
        );
        completions += feed(gesture, mergeByTime(touches.map((entry) => entry.steps)), screen);
        time = Math.max(...touches.map((entry) => entry.end)) + random() * 1500;
      }
      expect(completions, `seed ${seed}`).toBe(0);
    }
  });

  const screen = SCREENS[0] as { width: number; height: number };
  const hold = (time: number, holdMs = 3200): Step[] => [
    { type: 'down', pointerId: 1, x: 20, y: 20, time },
    { type: 'up', pointerId: 1, x: 22, y: 21, time: time + holdMs },
  ];
  const tap = (time: number, x = 1060, y = 1900, pointerId = 2): Step[] => [
    { type: 'down', pointerId, x, y, time },
    { type: 'up', pointerId, x, y, time: time + 120 },
  ];

  it('is armed between the finished hold and the tap, and only then', () => {
    const gesture = createCornerGesture();
    const [down, up] = hold(0) as [Step, Step];
    gesture.handle({ ...down, ...screen });
    expect(gesture.isArmed()).toBe(false);
    gesture.handle({ ...up, ...screen });
    expect(gesture.isArmed()).toBe(true);
    expect(feed(gesture, tap(3400), screen)).toBe(1);
    expect(gesture.isArmed()).toBe(false);
  });

  it('needs the full hold', () => {
    expect(feed(createCornerGesture(), [...hold(0, 2900), ...tap(3000)], screen)).toBe(0);
    expect(feed(createCornerGesture(), [...hold(0, 3000), ...tap(3100)], screen)).toBe(1);
  });

  it('needs the tap within two seconds, in the opposite corner', () => {
    expect(feed(createCornerGesture(), [...hold(0), ...tap(3200 + 2100)], screen)).toBe(0);
    expect(feed(createCornerGesture(), [...hold(0), ...tap(3300, 20, 1900)], screen)).toBe(0);
    expect(feed(createCornerGesture(), [...hold(0), ...tap(3300, 540, 960)], screen)).toBe(0);
  });

  it('a tap elsewhere in between disarms it', () => {
    const steps = [...hold(0), ...tap(3300, 540, 960, 3), ...tap(3600)];
    expect(feed(createCornerGesture(), steps, screen)).toBe(0);
  });

  it('a second finger during the hold cancels it', () => {
    const steps = mergeByTime([hold(0), tap(1000, 540, 960, 3)]);
    expect(feed(createCornerGesture(), [...steps, ...tap(3400)], screen)).toBe(0);
  });

  it('leaning on the corner for a long time does not count', () => {
    expect(feed(createCornerGesture(), [...hold(0, 12_000), ...tap(12_200)], screen)).toBe(0);
  });

  it('recovers from a pointer that never reported going up', () => {
    const lost: Step[] = [{ type: 'down', pointerId: 9, x: 500, y: 500, time: 0 }];
    expect(feed(createCornerGesture(), [...lost, ...hold(60_000), ...tap(63_400)], screen)).toBe(1);
  });
});

describe('staff key combination', () => {
  const base = { code: 'KeyK', ctrlKey: true, altKey: true, shiftKey: true, metaKey: false };
  it('is Ctrl+Alt+Shift+K on the physical K key, any layout', () => {
    expect(isStaffKeyCombo(base)).toBe(true);
    expect(isStaffKeyCombo({ ...base, shiftKey: false })).toBe(false);
    expect(isStaffKeyCombo({ ...base, code: 'KeyL' })).toBe(false);
    expect(isStaffKeyCombo({ ...base, metaKey: true })).toBe(false);
    expect(isStaffKeyCombo({ ...base, repeat: true })).toBe(false);
  });
});
