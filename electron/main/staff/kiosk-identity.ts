// Runs in: main process. Who this kiosk is in the statistics: a name staff choose (the computer's
// host name until they do) and a random id made once, both kept in the settings file. The id tells
// two kiosks apart even when they share a name (cloned machines often share a host name too), and
// lets a merge notice the same kiosk's export given twice.
import { createHash, randomUUID } from 'node:crypto';
import type { KioskNameRefusal } from '../../../common/kiosk-name';
import { checkKioskName, defaultKioskName } from '../../../common/kiosk-name';
import type { Logger } from '../log/logger';
import { createSettingsFile } from './settings-file';

export const KIOSK_SETTINGS_KEY = 'kiosk';

export interface KioskIdentity {
  id: string;
  name: string;
}

export type SetKioskNameOutcome =
  { ok: true; name: string } | { ok: false; reason: KioskNameRefusal | 'not-saved' };

export interface KioskIdentityStore {
  get(): Promise<KioskIdentity>;
  setName(raw: string): Promise<SetKioskNameOutcome>;
}

export interface KioskIdentityOptions {
  settingsFile: string;
  hostname: string;
  log: Logger;
  newId?: () => string;
}

const ID_PATTERN = /^[0-9a-z-]{8,64}$/;

interface Stored {
  id?: string;
  name?: string;
}

function readStored(value: unknown): Stored {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const { id, name } = value as Record<string, unknown>;
  return {
    id: typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined,
    name: typeof name === 'string' && checkKioskName(name).ok ? name.trim() : undefined,
  };
}

export function createKioskIdentityStore(options: KioskIdentityOptions): KioskIdentityStore {
  const settings = createSettingsFile(options.settingsFile);
  const newId = options.newId ?? randomUUID;
  // One change at a time: two quick saves must not both read the old file and lose one another.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  /** An unreadable settings file still gives a stable id: one derived from the host name. */
  function hostId(): string {
    return `host-${createHash('sha256').update(options.hostname).digest('hex').slice(0, 24)}`;
  }

  async function load(): Promise<Stored | null> {
    try {
      return readStored((await settings.read())[KIOSK_SETTINGS_KEY]);
    } catch (error) {
      options.log.error('kiosk-identity-unreadable', {
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  }

  async function save(stored: Required<Pick<Stored, 'id'>> & Stored): Promise<boolean> {
    try {
      await settings.write(KIOSK_SETTINGS_KEY, stored);
      return true;
    } catch (error) {
      options.log.error('kiosk-identity-not-saved', {
        error: error instanceof Error ? error.message : String(error),
      });
      return false;
    }
  }

  const get = (): Promise<KioskIdentity> =>
    serial(async () => {
      const stored = await load();
      const name = stored?.name ?? defaultKioskName(options.hostname);
      if (stored === null) return { id: hostId(), name };
      if (stored.id) return { id: stored.id, name };
      const id = newId();
      if (await save({ ...stored, id })) options.log.info('kiosk-id-created', { id });
      return { id, name };
    });

  const setName = (raw: string): Promise<SetKioskNameOutcome> =>
    serial(async () => {
      const checked = checkKioskName(raw);
      if (!checked.ok) return checked;
      const stored = await load();
      // A file that cannot be read is not overwritten: it may hold the PIN.
      if (stored === null) return { ok: false, reason: 'not-saved' };
      if (!(await save({ id: stored.id ?? newId(), name: checked.name }))) {
        return { ok: false, reason: 'not-saved' };
      }
      options.log.info('kiosk-renamed', { name: checked.name });
      return { ok: true, name: checked.name };
    });

  return { get, setName };
}
