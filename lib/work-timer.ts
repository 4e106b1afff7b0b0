// Time a follow-up cost the recruiter, as the sidebar can see it: from opening the thread beside
// the mail (or from the previous insertion in it) to inserting the reply. Pure.

/**
 * Longer than this is not one reply's work: a thread left open over lunch, or overnight, would
 * otherwise count as hours. The measured time is capped here rather than dropped, so a long
 * careful reply still counts fully up to the cap.
 */
export const WORK_CAP_MS = 30 * 60_000;

export function workMs(openedAt: number, now: number): number {
  return Math.min(WORK_CAP_MS, Math.max(0, now - openedAt));
}
