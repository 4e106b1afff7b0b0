// The one Dexie database. Lives only in the extension origin (background service worker and
// extension pages); content scripts reach it through lib/messages.
// Every schema change is a new version() with an upgrade and a migration test (tests/db/migrations).
import { Dexie, type EntityTable } from 'dexie';
import type { Candidate, Diagnostic, EventRecord, Item, MessageRecord, ThreadRecord } from '../records';
import type { Interview } from '../records';
import type { Template } from '../templates/schema';
import type { TeamPayload } from '../sync/docs';
import { bookOf, digestOf, groupByCandidate, type ItemBook, type ItemDigest } from './item-store';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The key of a row the retention period removed: a re-read of an old thread must not bring it back. */
export interface Tombstone {
  id: string;
  /** When it was purged. */
  at: number;
}

export type AfterfollowDb = Dexie & {
  candidates: EntityTable<Candidate, 'id'>;
  threads: EntityTable<ThreadRecord, 'id'>;
  messages: EntityTable<MessageRecord, 'id'>;
  itemBooks: EntityTable<ItemBook, 'candidateId'>;
  itemDigests: EntityTable<ItemDigest, 'candidateId'>;
  events: EntityTable<EventRecord, 'id'>;
  diagnostics: EntityTable<Diagnostic, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  interviews: EntityTable<Interview, 'id'>;
  templates: EntityTable<Template, 'id'>;
  tombstones: EntityTable<Tombstone, 'id'>;
  teamDocs: EntityTable<TeamDocRow, 'id'>;
};

/**
 * A teammate's document from the team database (issue 18), validated before it was stored: kept
 * apart from this browser's own log, so "me" stays me and a teammate's rows never become mine.
 */
export interface TeamDocRow {
  /** The document id ('b:<user>:<candidate key>[#chunk]' or 'c:<user>'). */
  id: string;
  /** The CouchDB user who wrote it. */
  author: string;
  authorName: string;
  kind: 'book' | 'counts';
  /** The candidate of a book ('' for counts). */
  candidateId: string;
  payload: TeamPayload;
}

export const DB_NAME = 'afterfollow';

/** Version 1 stores, kept verbatim so the migration tests can build a v1 database. */
export const SCHEMA_V1 = {
  candidates: 'id, email, stage, owner, updatedAt',
  threads: 'id, candidateId, lastSeenAt',
  messages: 'id, threadId, candidateId, at',
  items: 'id, candidateId, threadId, messageId, status, category, kind, at, [candidateId+status]',
  events: 'id, candidateId, threadId, kind, at, [kind+at]',
  diagnostics: '++id, at',
  settings: 'key',
};

/**
 * Version 2: interviews (follow-up clock) and a team's own templates; compound indexes so the
 * dashboard pages by status or category in date order without sorting 100,000 rows in memory.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  items: SCHEMA_V1.items + ', [status+at], [category+at]',
  interviews: 'id, candidateId, at',
  templates: 'id, moment, language, updatedAt',
};

/**
 * Version 3 drops item indexes no query uses (messageId, status, category, kind, [candidateId+status]):
 * each index is one more write per item, and Chromium's IndexedDB imports 100,000 items at a few
 * thousand rows a second.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  items: 'id, candidateId, threadId, at, [status+at], [category+at]',
};

/**
 * Version 4 stores items one row per candidate (lib/db/item-store explains why); the upgrade moves
 * every item into its candidate's book. Version 5 then drops the old per-item table (Dexie can read a
 * table in an upgrade only if a later version deletes it).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  itemBooks: 'candidateId, lastAt, firstAt, count',
  itemDigests: 'candidateId',
};
export const SCHEMA_V5 = { ...SCHEMA_V4, items: null };

/**
 * Version 6: retention covers every table. Messages without a date expire by when they were seen
 * (a seenAt index), and purged items and messages leave a tombstone by key so that re-reading an
 * old thread does not bring them back as open.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  messages: SCHEMA_V1.messages + ', seenAt',
  tombstones: 'id',
};
/** Version 7: interviews carry the interviewer's notes (not indexed); the upgrade gives old rows empty notes. */
export const SCHEMA_V7 = SCHEMA_V6;
/** Version 8: teammates' documents from team sync (issue 18), by author and candidate. A new table only. */
export const SCHEMA_V8 = { ...SCHEMA_V7, teamDocs: 'id, author, candidateId' };

export function openDb(name: string = DB_NAME): AfterfollowDb {
  // Relaxed durability: a local log loses at most the last moment's writes in a crash, and Chromium
  // then skips a flush per transaction (large imports and bursts of thread reads).
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as AfterfollowDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      // v1 could store an empty owner from a cleared field; v2 treats "no owner" as HR explicitly.
      await tx
        .table('candidates')
        .toCollection()
        .modify((c: Candidate) => {
          if (!c.owner?.trim()) c.owner = 'HR';
        });
    });
  // Only indexes are dropped: rows stay as they are, so no upgrade function is needed.
  db.version(3).stores(SCHEMA_V3);
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade(async (tx) => {
      const byCandidate = groupByCandidate((await tx.table('items').toArray()) as Item[]);
      const books = [...byCandidate].map(([id, items]) => bookOf(id, items)!);
      await tx.table('itemBooks').bulkPut(books);
      await tx.table('itemDigests').bulkPut(books.map(digestOf));
    });
  db.version(5).stores(SCHEMA_V5);
  // Only an index and a new table: rows stay as they are.
  db.version(6).stores(SCHEMA_V6);
  db.version(7)
    .stores(SCHEMA_V7)
    .upgrade(async (tx) => {
      await tx
        .table('interviews')
        .toCollection()
        .modify((i: Interview) => {
          if (typeof i.notes !== 'string') i.notes = '';
        });
    });
  // Only a new table: every row stays as it is.
  db.version(8).stores(SCHEMA_V8);
  return db;
}

let shared: AfterfollowDb | null = null;
/** The database of this extension origin (background and extension pages share it). */
export function getDb(): AfterfollowDb {
  shared ??= openDb();
  return shared;
}
