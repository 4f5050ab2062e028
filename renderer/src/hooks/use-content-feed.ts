// Runs in: renderer. Loads the content once, then follows content:changed events from the main process.
import { useEffect } from 'react';
import type { ContentState } from '../../../common/ipc-contract';
import { takeContentRequest } from '../platform/early-content';
import { getKioskApi } from '../platform/kiosk-api';
import { kioskStore } from '../store/kiosk-store';

/** If the main process does not answer (the preview server restarting), ask again after this long. */
const RETRY_MS = 5000;

export function useContentFeed(): void {
  useEffect(() => {
    const api = getKioskApi();
    const { receiveContent } = kioskStore.getState();
    let active = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = (): void => {
      takeContentRequest()
        .then((state) => {
          if (active) receiveContent(state);
        })
        .catch((error: unknown) => {
          if (!active) return;
          receiveContent(unreachableContent(error));
          retry = setTimeout(load, RETRY_MS);
        });
    };
    load();
    const unsubscribe = api.content.onChanged((state) => receiveContent(state));
    return () => {
      active = false;
      if (retry !== undefined) clearTimeout(retry);
      unsubscribe();
    };
  }, []);
}

function unreachableContent(error: unknown): ContentState {
  return {
    status: 'error',
    file: 'content.json',
    problems: [{ field: '(file)', message: `could not be requested: ${String(error)}` }],
  };
}
