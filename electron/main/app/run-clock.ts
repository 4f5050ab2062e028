// Runs in: main process (also inside the web preview server). A clock for deadlines within a run
// (the PIN lockout, the staff session, the restart budget): ms since the epoch when the run began,
// then moved on only by the monotonic clock. A wall clock that steps back 5 hours (a local-time
// hardware clock corrected by NTP) cannot stretch a 5-minute lockout to 5 hours, nor a forward
// step end it early. Still epoch-based, so it compares with times stored by earlier runs.

export function createRunClock(
  wallNow: () => number = Date.now,
  monotonicNow: () => number = () => performance.now(),
): () => number {
  const wallAtStart = wallNow();
  const monotonicAtStart = monotonicNow();
  return () => Math.round(wallAtStart + (monotonicNow() - monotonicAtStart));
}
