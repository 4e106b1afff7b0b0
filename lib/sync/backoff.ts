// When team sync tries again. Pure.

/** A sync every five minutes while all is well (and a few seconds after each local change). */
export const SYNC_PERIOD_MS = 5 * 60_000;
/** Local changes are gathered this long before a sync starts (a burst of thread reads is one sync). */
export const CHANGE_DEBOUNCE_MS = 5_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 30 * 60_000;

/** After `failures` failed syncs in a row (≥ 1): 30 s, 1 min, 2 min, … at most 30 min. */
export function retryDelay(failures: number): number {
  if (failures <= 0) return SYNC_PERIOD_MS;
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 20));
}

export type SyncReason = 'manual' | 'alarm' | 'change' | 'start';

/** A sync asked for by a local change or a timer waits out the backoff; one the user asks for does not. */
export function mayStart(reason: SyncReason, now: number, nextAttemptAt: number | null, failures: number): boolean {
  if (reason === 'manual' || failures === 0 || nextAttemptAt === null) return true;
  return now >= nextAttemptAt;
}
