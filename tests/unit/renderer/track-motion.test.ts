import { describe, expect, it } from 'vitest';
import {
  SNAP_NEARLY_DONE_PX,
  createTrackMotion,
} from '../../../renderer/src/components/track-motion';
import type { FrameClock, TrackElement } from '../../../renderer/src/components/track-motion';

/** A frame clock the test advances by hand, 60 frames a second. */
function fakeFrames() {
  let time = 0;
  let next = 1;
  const pending = new Map<number, (time: number) => void>();
  const clock: FrameClock = {
    request: (callback) => {
      pending.set(next, callback);
      return next++;
    },
    cancel: (handle) => pending.delete(handle),
  };
  const frame = (): void => {
    time += 1000 / 60;
    const callbacks = [...pending.values()];
    pending.clear();
    for (const callback of callbacks) callback(time);
  };
  return { clock, frame, pending: () => pending.size };
}

/** A track motion on a fake element, driven by a fake frame clock. */
function attachedMotion() {
  const frames = fakeFrames();
  const motion = createTrackMotion(frames.clock);
  const element: TrackElement = { style: { transform: '' } };
  motion.attach(element);
  return { frames, motion, element };
}

const positionOf = (element: TrackElement): number =>
  Number(/translateX\((-?[\d.]+)px\)/.exec(element.style.transform)?.[1]);

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('createTrackMotion', () => {
  it('writes a jump straight to the element, and places a newly attached element', () => {
    const { clock } = fakeFrames();
    const motion = createTrackMotion(clock);
    motion.jump(-540);
    const element: TrackElement = { style: { transform: '' } };
    motion.attach(element);
    expect(element.style.transform).toBe('translateX(-540px)');
    motion.jump(-600);
    expect(positionOf(element)).toBe(-600);
    expect(motion.position()).toBe(-600);
  });

  it('writes the track on whole device pixels, and leaves a move of less than one unwritten', () => {
    const { clock } = fakeFrames();
    let ratio = 1;
    const motion = createTrackMotion(clock, () => ratio);
    const writes: string[] = [];
    motion.attach({
      style: {
        get transform() {
          return writes.at(-1) ?? '';
        },
        set transform(value: string) {
          writes.push(value);
        },
      },
    });
    writes.length = 0;
    motion.jump(-100.4);
    expect(writes).toEqual(['translateX(-100px)']);
    // The track itself keeps the fraction: the finger and the spring go on from there.
    motion.jump(-100.3);
    expect(motion.position()).toBe(-100.3);
    expect(writes).toEqual(['translateX(-100px)']);
    motion.jump(-100.6);
    expect(writes.at(-1)).toBe('translateX(-101px)');
    // A screen with two device pixels per CSS pixel gets half pixels; -0 is written as 0.
    ratio = 2;
    motion.jump(-100.3);
    expect(writes.at(-1)).toBe('translateX(-100.5px)');
    motion.jump(-0.2);
    expect(writes.at(-1)).toBe('translateX(0px)');
  });

  it('springs to the card one frame at a time, ends near it, and stops asking for frames at rest', async () => {
    const { frames, motion, element } = attachedMotion();
    motion.jump(-300);
    const snap = motion.snapTo(-1080, 0);
    expect(snap.to).toBe(-1080);
    expect(motion.isMoving()).toBe(true);
    // The release frame only reads the clock: the track is where the finger left it.
    frames.frame();
    expect(positionOf(element)).toBe(-300);
    frames.frame();
    expect(positionOf(element)).toBeLessThan(-300);
    expect(await settled(snap.ended)).toBe(false);
    let count = 0;
    while (Math.abs(positionOf(element) + 1080) > SNAP_NEARLY_DONE_PX && count < 200) {
      frames.frame();
      count += 1;
    }
    expect(await settled(snap.ended)).toBe(true);
    // The last pixels still move: the track is busy until it rests.
    expect(motion.isMoving()).toBe(true);
    for (let frame = 0; frame < 200 && frames.pending() > 0; frame += 1) frames.frame();
    expect(frames.pending()).toBe(0);
    expect(positionOf(element)).toBe(-1080);
    expect(motion.isMoving()).toBe(false);
  });

  it('stops a snap where it is when the finger catches it, and ends it', async () => {
    const { frames, motion } = attachedMotion();
    const snap = motion.snapTo(-1080, 0);
    frames.frame();
    frames.frame();
    frames.frame();
    const caughtAt = motion.position();
    snap.stop();
    expect(await settled(snap.ended)).toBe(true);
    expect(motion.isMoving()).toBe(false);
    expect(frames.pending()).toBe(0);
    frames.frame();
    expect(motion.position()).toBe(caughtAt);
  });

  it('lets a new snap or a jump take over from a running one', async () => {
    const { frames, motion } = attachedMotion();
    const first = motion.snapTo(-1080, 0);
    frames.frame();
    const second = motion.snapTo(0, 0);
    expect(await settled(first.ended)).toBe(true);
    expect(frames.pending()).toBe(1);
    motion.jump(-20);
    expect(await settled(second.ended)).toBe(true);
    expect(motion.isMoving()).toBe(false);
    expect(frames.pending()).toBe(0);
  });

  it('fades the track in through the element’s own animation, and is busy while it plays', () => {
    const { clock } = fakeFrames();
    const motion = createTrackMotion(clock);
    const played: { keyframes: unknown; cancelled: boolean; playState: string }[] = [];
    const element: TrackElement = {
      style: { transform: '' },
      animate: ((keyframes: unknown) => {
        const animation = {
          keyframes,
          cancelled: false,
          playState: 'running',
          cancel() {
            this.cancelled = true;
            this.playState = 'idle';
          },
        };
        played.push(animation);
        return animation;
      }) as unknown as HTMLElement['animate'],
    };
    motion.attach(element);
    motion.fadeIn();
    expect(played[0]?.keyframes).toEqual([{ opacity: 0.15 }, { opacity: 1 }]);
    expect(motion.isMoving()).toBe(true);
    motion.stop();
    expect(played[0]?.cancelled).toBe(true);
    expect(motion.isMoving()).toBe(false);
  });
});
