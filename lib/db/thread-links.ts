// Where each candidate's and each item's thread lives in the mail client, for the dashboard's
// "Open thread" links. Only https addresses on the mail hosts are handed out: a thread URL is stored
// from what a page reported, and a backup from elsewhere may carry anything.
import { isMailPageUrl } from '../hosts';
import type { ThreadRecord } from '../records';
import type { AfterfollowDb } from './database';

export interface ThreadLinks {
  /** Thread id → its address. */
  byThread: Record<string, string>;
  /** Candidate id → the address of their most recently opened thread. */
  byCandidate: Record<string, string>;
}

export async function loadThreadLinks(db: AfterfollowDb, q: { threadIds?: readonly string[]; candidateIds?: readonly string[] }): Promise<ThreadLinks> {
  const threadIds = [...new Set(q.threadIds ?? [])];
  const candidateIds = [...new Set(q.candidateIds ?? [])];
  return db.transaction('r', db.threads, async () => {
    const [direct, ofCandidates] = await Promise.all([
      threadIds.length ? db.threads.bulkGet(threadIds) : Promise.resolve([]),
      candidateIds.length ? db.threads.where('candidateId').anyOf(candidateIds).toArray() : Promise.resolve([] as ThreadRecord[]),
    ]);
    const byThread: Record<string, string> = {};
    for (const t of [...direct, ...ofCandidates]) if (t && isMailPageUrl(t.url)) byThread[t.id] = t.url;
    const newest = new Map<string, ThreadRecord>();
    for (const t of ofCandidates) {
      if (!t.candidateId || !isMailPageUrl(t.url)) continue;
      const seen = newest.get(t.candidateId);
      if (!seen || t.lastSeenAt > seen.lastSeenAt) newest.set(t.candidateId, t);
    }
    const byCandidate: Record<string, string> = {};
    for (const [id, t] of newest) byCandidate[id] = t.url;
    return { byThread, byCandidate };
  });
}
