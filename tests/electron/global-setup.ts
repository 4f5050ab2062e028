// Runs in: Node (Playwright). Says once, up front, why the Electron smoke test is skipped (the list
// reporter does not print skip reasons).
import { electronSkipReason } from './availability';

export default function announceSkip(): void {
  const reason = electronSkipReason();
  if (reason) console.log(`Electron smoke test skipped: ${reason}.`);
}
