// Runs in: renderer. Called by boot.ts before the app is loaded: asks for the content at once and,
// when the page came without a first frame (the Vite dev server), fetches and decodes the portrait
// the attract loop shows first, so the picture travels while React renders instead of after it.
import { FIRST_FRAME_ID } from '../../../common/first-frame';
import type { ContentState } from '../../../common/ipc-contract';
import { portraitSources } from '../../../common/portrait-sources';
import { getKioskApi } from './kiosk-api';

let earlyRequest: Promise<ContentState> | undefined;

export function requestContentEarly(): void {
  earlyRequest ??= getKioskApi().content.get();
  // The first frame's <img> already holds the decoded portrait: warming it again is wasted work.
  if (document.getElementById(FIRST_FRAME_ID)) return;
  // A failure is handled by the content feed when it takes the request.
  earlyRequest.then(warmFirstPortrait).catch(() => undefined);
}

/** The early request if one is waiting (taken once), else a new one. */
export function takeContentRequest(): Promise<ContentState> {
  const request = earlyRequest ?? getKioskApi().content.get();
  earlyRequest = undefined;
  return request;
}

/** The attract loop starts at the first hero; the decoded picture stays in Chromium's image cache. */
function warmFirstPortrait(state: ContentState): void {
  if (state.status !== 'ready') return;
  const first = state.content.heroes[0];
  if (!first) return;
  const { src, srcSet, sizes } = portraitSources(first.photo, state.assetBaseUrl);
  const image = new Image();
  image.fetchPriority = 'high';
  if (srcSet && sizes) {
    image.sizes = sizes;
    image.srcset = srcSet;
  }
  image.src = src;
  image.decode().catch(() => undefined);
}
