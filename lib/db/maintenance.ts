// Deleting data on request, and the retention period.
import type { Candidate, Diagnostic, EventRecord, Item, MessageRecord, ThreadRecord } from '../records';
import type { AfterfollowDb } from './database';
import { addMissingItems, deleteItemsOfCandidate, itemsOfCandidate, itemTables, purgeItemsBefore } from './item-store';
import { getSettings } from './settings';

const DAY = 86_400_000;
const MAX_DIAGNOSTICS = 200;

export async function deleteCandidate(db: AfterfollowDb, id: string): Promise<number> {
  return db.transaction('rw', [db.candidates, db.threads, db.messages, ...itemTables(db), db.events], async () => {
    const counts = await Promise.all([
      deleteItemsOfCandidate(db, id),
      db.messages.where('candidateId').equals(id).delete(),
      db.events.where('candidateId').equals(id).delete(),
      db.threads.where('candidateId').equals(id).delete(),
    ]);
    const had = await db.candidates.get(id);
    await db.candidates.delete(id);
    return counts.reduce((a, b) => a + b, had ? 1 : 0);
  });
}

/** Everything deleteCandidate removes, so an undo can put it back exactly. */
export interface CandidateSnapshot {
  candidate: Candidate;
  threads: ThreadRecord[];
  messages: MessageRecord[];
  events: EventRecord[];
  items: Item[];
}

/** Deletes like deleteCandidate and returns what was there (null when nothing was), for "Undo". */
export async function deleteCandidateKeepingSnapshot(db: AfterfollowDb, id: string): Promise<CandidateSnapshot | null> {
  return db.transaction('rw', [db.candidates, db.threads, db.messages, ...itemTables(db), db.events], async () => {
    const candidate = await db.candidates.get(id);
    if (!candidate) return null;
    const [threads, messages, events, items] = await Promise.all([
      db.threads.where('candidateId').equals(id).toArray(),
      db.messages.where('candidateId').equals(id).toArray(),
      db.events.where('candidateId').equals(id).toArray(),
      itemsOfCandidate(db, id),
    ]);
    await deleteCandidate(db, id);
    return { candidate, threads, messages, events, items };
  });
}

/** Puts a deleted candidate back. Rows written since (the thread reopened meanwhile) are kept where newer. */
export async function restoreCandidate(db: AfterfollowDb, s: CandidateSnapshot): Promise<void> {
  await db.transaction('rw', [db.candidates, db.threads, db.messages, ...itemTables(db), db.events], async () => {
    const now = await db.candidates.get(s.candidate.id);
    if (!now || now.updatedAt < s.candidate.updatedAt) await db.candidates.put(s.candidate);
    await Promise.all([db.threads.bulkPut(s.threads), db.messages.bulkPut(s.messages), db.events.bulkPut(s.events)]);
    if (s.items.length) await addMissingItems(db, s.candidate.id, s.items);
  });
}

export async function deleteEverything(db: AfterfollowDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}

/** Removes items, messages and events older than the retention period. */
export async function purgeExpired(db: AfterfollowDb, now = Date.now()): Promise<number> {
  const { retentionDays } = await getSettings(db);
  if (retentionDays === 0) return 0;
  const cutoff = now - retentionDays * DAY;
  return db.transaction('rw', [...itemTables(db), db.messages, db.events], async () => {
    const counts = await Promise.all([
      purgeItemsBefore(db, cutoff),
      db.messages.where('at').below(cutoff).delete(),
      db.events.where('at').below(cutoff).delete(),
    ]);
    return counts.reduce((a, b) => a + b, 0);
  });
}

/** Keeps the newest diagnostics only: they are for bug reports, not an archive. */
export async function logDiagnostic(db: AfterfollowDb, d: Omit<Diagnostic, 'id'>): Promise<void> {
  await db.transaction('rw', db.diagnostics, async () => {
    await db.diagnostics.add(d);
    const count = await db.diagnostics.count();
    if (count > MAX_DIAGNOSTICS) {
      const old = await db.diagnostics.orderBy('id').limit(count - MAX_DIAGNOSTICS).primaryKeys();
      await db.diagnostics.bulkDelete(old);
    }
  });
}
