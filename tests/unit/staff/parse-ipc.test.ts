// Runs in: Node (tests). Payloads from the renderer are checked against the contract before use.
import { describe, expect, it } from 'vitest';
import { parseInvoke, parseSend } from '../../../electron/main/ipc/parse-ipc';

describe('parseInvoke', () => {
  it('accepts known channels with valid payloads', () => {
    expect(parseInvoke('content:get', undefined)).toEqual({
      ok: true,
      channel: 'content:get',
      request: undefined,
    });
    expect(parseInvoke('staff:unlock', { pin: '202204' })).toMatchObject({ ok: true });
    expect(parseInvoke('staff:change-pin', { current: '1234', next: '98765432' })).toMatchObject({
      ok: true,
    });
    expect(parseInvoke('staff:list-packs', undefined)).toMatchObject({ ok: true });
    expect(parseInvoke('staff:install-pack', { id: '0123456789abcdef' })).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['staff:unlock', { pin: '12' }],
    ['staff:unlock', { pin: '12345678901' }],
    ['staff:unlock', { pin: 'abcd' }],
    ['staff:unlock', { pin: 1234 }],
    ['staff:unlock', { pin: '1234', extra: true }],
    ['staff:unlock', undefined],
    ['staff:change-pin', { current: '1234' }],
    ['content:get', { anything: 1 }],
    ['staff:quit', 'now'],
    ['staff:set-kiosk-name', { name: 7 }],
    ['staff:set-kiosk-name', { name: 'x'.repeat(401) }],
    ['staff:set-kiosk-name', { name: 'Hall', extra: 1 }],
    ['staff:set-kiosk-name', 'Hall'],
    // A pack is named by an id from the listing, never by a path the page could choose.
    ['staff:install-pack', { id: '/media/usb/heroes-content-2022-04-01-0123456789ab' }],
    ['staff:install-pack', { id: '../../etc' }],
    ['staff:install-pack', { id: '0123456789abcdef', path: '/tmp/x' }],
    ['staff:install-pack', undefined],
    ['staff:list-packs', { dir: '/' }],
  ])('rejects %s with %j', (channel, payload) => {
    expect(parseInvoke(channel, payload).ok).toBe(false);
  });

  it.each(['nope', '', 'constructor', '__proto__', 'toString', 'stats:event', 'kiosk:mode'])(
    'rejects the unknown invoke channel %j',
    (channel) => {
      const result = parseInvoke(channel, undefined);
      expect(result).toMatchObject({ ok: false });
      expect(result.ok ? '' : result.error).toMatch(/unknown invoke channel/);
    },
  );
});

describe('parseSend', () => {
  it('accepts valid statistics events and modes', () => {
    expect(parseSend('stats:event', { type: 'hero-view', heroId: 'leila-mardenova' })).toEqual({
      ok: true,
      channel: 'stats:event',
      message: { type: 'hero-view', heroId: 'leila-mardenova' },
    });
    expect(parseSend('kiosk:mode', 'staff')).toMatchObject({ ok: true });
    expect(parseSend('kiosk:frames-stalled', { stalledMs: 20_000 })).toMatchObject({ ok: true });
    expect(
      parseSend('stats:event', { type: 'session-end', durationSeconds: 42, reason: 'idle-reset' }),
    ).toMatchObject({ ok: true });
  });

  it.each([
    ['stats:event', { type: 'hero-view', heroId: '../../etc/passwd' }],
    ['stats:event', { type: 'hero-view', heroId: 'a', name: 'A visitor' }],
    ['stats:event', { type: 'session-end', durationSeconds: -1, reason: 'idle-reset' }],
    ['stats:event', { type: 'session-end', durationSeconds: 5, reason: 'crash' }],
    ['stats:event', { type: 'language', language: 'de' }],
    ['stats:event', { type: 'photo-taken' }],
    ['stats:event', { type: 'session-start', t: 0 }],
    ['stats:event', null],
    ['kiosk:mode', 'desktop'],
    ['log:renderer-error', { message: 'x'.repeat(2001) }],
    ['kiosk:frames-stalled', { stalledMs: -1 }],
    ['kiosk:frames-stalled', { stalledMs: 20_000, reload: 'file:///etc/passwd' }],
    ['kiosk:frames-stalled', undefined],
  ])('rejects %s with %j', (channel, payload) => {
    expect(parseSend(channel, payload).ok).toBe(false);
  });

  it('rejects unknown send channels', () => {
    expect(parseSend('staff:unlock', { pin: '1234' })).toMatchObject({ ok: false });
    expect(parseSend('hasOwnProperty', {})).toMatchObject({ ok: false });
  });
});
