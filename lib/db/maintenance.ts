// Deleting data on request, and the retention period.
import type { Candidate, Diagnostic, EventRecord, Interview, Item, MessageRecord, ThreadRecord } from '../records';
import type { AfterfollowDb } from './database';
import { addMissingItems, bookOf, deleteBooks, deleteItemsOfCandidate, itemsOfCandidate, itemTables, writeBooks, type ItemBook } from './item-store';
import { getSettings } from './settings';

const DAY = 86_400_000;
const MAX_DIAGNOSTICS = 200;

export async function deleteCandidate(db: AfterfollowDb, id: string): Promise<number> {
  return db.transaction('rw', [db.candidates, db.threads, db.messages, ...itemTables(db), db.events, db.interviews], async () => {
    const counts = await Promise.all([
      deleteItemsOfCandidate(db, id),
      db.messages.where('candidateId').equals(id).delete(),
      db.events.where('candidateId').equals(id).delete(),
      db.threads.where('candidateId').equals(id).delete(),
      // Interviews too: left behind they would point to a missing candidate (and an import refuses that).
      db.interviews.where('candidateId').equals(id).delete(),
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
  interviews?: Interview[];
}

/** Deletes like deleteCandidate and returns what was there (null when nothing was), for "Undo". */
export async function deleteCandidateKeepingSnapshot(db: AfterfollowDb, id: string): Promise<CandidateSnapshot | null> {
  return db.transaction('rw', [db.candidates, db.threads, db.messages, ...itemTables(db), db.events, db.interviews], async () => {
    const candidate = await db.candidates.get(id);
    if (!candidate) return null;
    const [threads, messages, events, items, interviews] = await Promise.all([
      db.threads.where('candidateId').equals(id).toArray(),
      db.messages.where('candidateId').equals(id).toArray(),
      db.events.where('candidateId').equals(id).toArray(),
      itemsOfCandidate(db, id),
      db.interviews.where('candidateId').equals(id).toArray(),
    ]);
    await deleteCandidate(db, id);
    return { candidate, threads, messages, events, items, interviews };
  });
}

/** Puts a deleted candidate back. Rows written since (the thread reopened meanwhile) are kept where newer. */
export async function restoreCandidate(db: AfterfollowDb, s: CandidateSnapshot): Promise<void> {
  await db.transaction('rw', [db.candidates, db.threads, db.messages, ...itemTables(db), db.events, db.interviews], async () => {
    const now = await db.candidates.get(s.candidate.id);
    if (!now || now.updatedAt < s.candidate.updatedAt) await db.candidates.put(s.candidate);
    await Promise.all([db.threads.bulkPut(s.threads), db.messages.bulkPut(s.messages), db.events.bulkPut(s.events), db.interviews.bulkPut(s.interviews ?? [])]);
    if (s.items.length) await addMissingItems(db, s.candidate.id, s.items);
  });
}

export async function deleteEverything(db: AfterfollowDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}

/** Every table the retention period reads or writes. */
const retentionTables = (db: AfterfollowDb) => [
  db.candidates, db.threads, db.messages, ...itemTables(db), db.events, db.interviews, db.diagnostics, db.tombstones, db.settings,
];

interface Expired {
  /** Books that lose items, with what they keep. */
  books: { book: ItemBook; kept: Item[] }[];
  items: string[];
  messages: string[];
  events: string[];
  interviews: string[];
  threads: string[];
  diagnostics: number[];
  candidates: string[];
}

const total = (e: Expired) =>
  e.items.length + e.messages.length + e.events.length + e.interviews.length + e.threads.length + e.diagnostics.length + e.candidates.length;

/**
 * The rows of every table older than `cutoff`. A message without a date counts from when it was
 * seen; a thread from when it was last seen (a "not a candidate" mark holds no text and stays, so
 * the thread is not logged again); a candidate goes when its own dates are all older and nothing
 * newer points to it.
 */
async function findExpired(db: AfterfollowDb, cutoff: number): Promise<Expired> {
  const books = (await db.itemBooks.where('firstAt').below(cutoff).toArray()).map((book) => ({ book, kept: book.items.filter((i) => i.at >= cutoff) }));
  const items = books.flatMap(({ book }) => book.items.filter((i) => i.at < cutoff).map((i) => i.id));
  const undated = await db.messages.where('seenAt').below(cutoff).filter((m) => m.at === null).primaryKeys();
  const messages = [...(await db.messages.where('at').below(cutoff).primaryKeys()), ...undated];
  const events = await db.events.where('at').below(cutoff).primaryKeys();
  const interviews = await db.interviews.where('at').below(cutoff).primaryKeys();
  const threads = await db.threads.where('lastSeenAt').below(cutoff).filter((t) => t.mark !== 'unmarked').primaryKeys();
  const diagnostics = (await db.diagnostics.where('at').below(cutoff).primaryKeys()) as number[];
  const gone = new Set<string>([...messages, ...events, ...interviews, ...threads]);
  const keptItems = new Map(books.map(({ book, kept }) => [book.candidateId, kept.length]));
  const candidates: string[] = [];
  for (const c of await db.candidates.where('updatedAt').below(cutoff).toArray()) {
    if ([c.createdAt, c.lastCandidateContactAt, c.lastRecruiterContactAt, c.nextInterviewAt].some((d) => d !== null && d >= cutoff)) continue;
    if ((keptItems.get(c.id) ?? (await db.itemBooks.get(c.id))?.count ?? 0) > 0) continue;
    let referenced = false;
    for (const table of [db.messages, db.events, db.interviews, db.threads] as const) {
      const keys = (await table.where('candidateId').equals(c.id).primaryKeys()) as string[];
      if (keys.some((k) => !gone.has(k))) referenced = true;
    }
    if (!referenced) candidates.push(c.id);
  }
  return { books, items, messages, events, interviews, threads, diagnostics, candidates };
}

/** How many rows a retention period of `retentionDays` would delete now (0 = keep forever). */
export async function countExpired(db: AfterfollowDb, retentionDays: number, now = Date.now()): Promise<number> {
  if (retentionDays === 0) return 0;
  return db.transaction('r', retentionTables(db), async () => total(await findExpired(db, now - retentionDays * DAY)));
}

/** Removes every row older than the retention period, leaving tombstones for items and messages. */
export async function purgeExpired(db: AfterfollowDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', retentionTables(db), async () => {
    const { retentionDays } = await getSettings(db);
    if (retentionDays === 0) return 0;
    const e = await findExpired(db, now - retentionDays * DAY);
    const rewritten = e.books.map(({ book, kept }) => bookOf(book.candidateId, kept));
    await writeBooks(db, rewritten.filter((b) => b !== null));
    await deleteBooks(db, e.books.filter((_, k) => rewritten[k] === null).map(({ book }) => book.candidateId));
    await Promise.all([
      db.messages.bulkDelete(e.messages),
      db.events.bulkDelete(e.events),
      db.interviews.bulkDelete(e.interviews),
      db.threads.bulkDelete(e.threads),
      db.diagnostics.bulkDelete(e.diagnostics),
      db.candidates.bulkDelete(e.candidates),
      db.tombstones.bulkPut([...e.items, ...e.messages].map((id) => ({ id, at: now }))),
    ]);
    return total(e);
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
