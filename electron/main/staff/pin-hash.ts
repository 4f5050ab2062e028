// Runs in: main process. Salted scrypt hashes of the staff PIN (node:crypto): only the hash and its
// salt are ever stored, and comparisons take the same time whatever the input.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface PinHash {
  algorithm: 'scrypt';
  /** scrypt cost parameters, stored so they can be raised later without breaking old files. */
  N: number;
  r: number;
  p: number;
  keyLength: number;
  salt: string; // base64
  hash: string; // base64
}

const DEFAULT_COST = { N: 16_384, r: 8, p: 1, keyLength: 32 } as const;

function derive(pin: string, salt: Buffer, cost: Omit<PinHash, 'algorithm' | 'salt' | 'hash'>) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(
      pin,
      salt,
      cost.keyLength,
      { N: cost.N, r: cost.r, p: cost.p, maxmem: 64 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, DEFAULT_COST);
  return {
    algorithm: 'scrypt',
    ...DEFAULT_COST,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function isPinHash(value: unknown): value is PinHash {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return (
    candidate.algorithm === 'scrypt' &&
    ['N', 'r', 'p', 'keyLength'].every(
      (key) => Number.isInteger(candidate[key]) && (candidate[key] as number) > 0,
    ) &&
    typeof candidate.salt === 'string' &&
    typeof candidate.hash === 'string' &&
    candidate.hash.length > 0
  );
}
