// Runs in: renderer. Whether this page is the curator studio's own (its path, common/curator-path.ts)
// rather than the kiosk: a few bytes in the kiosk bundle, the studio itself stays in its own chunk.
import { CURATOR_PATH } from '../../../common/curator-path';

export function isCuratorPage(location: Pick<Location, 'pathname'>): boolean {
  return location.pathname.replace(/\/+$/, '').endsWith(CURATOR_PATH);
}
