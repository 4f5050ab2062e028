// Runs in: tests. The carousel track cancels its touchmoves, so the browser starts no fling of its
// own that would swallow the next tap (issue 23, item 1).
import { describe, expect, it } from 'vitest';
import { claimTouchMoves } from '../../../renderer/src/logic/claim-touch-moves';

const touchMove = (cancelable = true) => new Event('touchmove', { cancelable, bubbles: true });

/**
 * An EventTarget that honours `passive` as a browser does (Node's ignores it): a passive listener's
 * preventDefault does nothing.
 */
class BrowserLikeTarget extends EventTarget {
  override addEventListener(
    type: string,
    listener: EventListener,
    options?: AddEventListenerOptions | boolean,
  ): void {
    const passive = typeof options === 'object' && options.passive !== false;
    const wrapped: EventListener = passive
      ? (event) => listener(Object.assign(Object.create(event) as Event, { preventDefault() {} }))
      : listener;
    this.listeners.set(listener, wrapped);
    super.addEventListener(type, wrapped, options);
  }

  override removeEventListener(type: string, listener: EventListener): void {
    super.removeEventListener(type, this.listeners.get(listener) ?? listener);
  }

  private readonly listeners = new Map<EventListener, EventListener>();
}

describe('claimTouchMoves', () => {
  it('cancels every cancelable touchmove, with an active listener', () => {
    const track = new BrowserLikeTarget();
    claimTouchMoves(track);
    const first = touchMove();
    const second = touchMove();
    track.dispatchEvent(first);
    track.dispatchEvent(second);
    // A passive listener could not cancel: this fails if the listener is registered as passive.
    expect(first.defaultPrevented).toBe(true);
    expect(second.defaultPrevented).toBe(true);
  });

  it('leaves an uncancelable move, and every other event, alone', () => {
    const track = new BrowserLikeTarget();
    claimTouchMoves(track);
    const late = touchMove(false);
    const start = new Event('touchstart', { cancelable: true });
    const click = new Event('click', { cancelable: true });
    track.dispatchEvent(late);
    track.dispatchEvent(start);
    track.dispatchEvent(click);
    expect(late.defaultPrevented).toBe(false);
    // A cancelled touchstart would cost the tap its click: the story must still open on a tap.
    expect(start.defaultPrevented).toBe(false);
    expect(click.defaultPrevented).toBe(false);
  });

  it('stops claiming once released', () => {
    const track = new BrowserLikeTarget();
    const release = claimTouchMoves(track);
    release();
    const move = touchMove();
    track.dispatchEvent(move);
    expect(move.defaultPrevented).toBe(false);
  });
});
