// Runs in: main process. Checks a raw channel name and payload from the (untrusted) renderer against
// the one IPC contract, so handlers only ever see channels that exist and payloads that match.
import type { z } from 'zod';
import type { InvokeChannel, SendChannel } from '../../../common/ipc-contract';
import { invokeRequestSchemas, sendMessageSchemas } from '../../../common/ipc-contract';

export type ParsedInvoke =
  { ok: true; channel: InvokeChannel; request: unknown } | { ok: false; error: string };
export type ParsedSend =
  { ok: true; channel: SendChannel; message: unknown } | { ok: false; error: string };

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function parseAgainst(
  schemas: Record<string, z.ZodType>,
  kind: string,
  channel: string,
  payload: unknown,
): Parsed {
  // Own properties only: a channel named `constructor` or `__proto__` must not reach a schema.
  if (typeof channel !== 'string' || !Object.hasOwn(schemas, channel)) {
    return { ok: false, error: `unknown ${kind} channel: ${String(channel).slice(0, 80)}` };
  }
  const schema = schemas[channel] as z.ZodType;
  const result = schema.safeParse(payload);
  if (!result.success) {
    const detail = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: `invalid payload for ${channel}: ${detail}` };
  }
  return { ok: true, value: result.data };
}

export function parseInvoke(channel: string, payload: unknown): ParsedInvoke {
  const parsed = parseAgainst(invokeRequestSchemas, 'invoke', channel, payload);
  return parsed.ok
    ? { ok: true, channel: channel as InvokeChannel, request: parsed.value }
    : { ok: false, error: parsed.error };
}

export function parseSend(channel: string, payload: unknown): ParsedSend {
  const parsed = parseAgainst(sendMessageSchemas, 'send', channel, payload);
  return parsed.ok
    ? { ok: true, channel: channel as SendChannel, message: parsed.value }
    : { ok: false, error: parsed.error };
}
