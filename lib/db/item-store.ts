// Items are stored one row per candidate ("item book"), not one row per item. Chromium's IndexedDB
// costs about 60 µs per request however small the row (100,000 one-field puts: 6.2 s on the bench
// machine, 13 s with five indexes), so one row per item could never import or export 100,000 items
// in the seconds HR expects; 1,000 books of 100 items write in 1.3 s and read back in 0.5 s.
// Every read and write of items goes through this module; callers see plain Item arrays.
// Beside each book, a digest holds the five small fields HR's results and the filtered counts use,
// as parallel arrays: reading 100,000 items' digests takes ~40 ms in Chromium against ~450 ms for
// the books with their texts. Books and digests are only written together, here.
import type { Category, ItemKind, ItemStatus } from '../domain';
import type { Item } from '../records';
import type { AfterfollowDb } from './database';

export interface ItemBook {
  candidateId: string;
  items: Item[];
  /** Oldest and newest item date: the retention purge and the newest-first walks use these indexes. */
  firstAt: number;
  lastAt: number;
  /** Number of items, indexed so the total is a sum of index keys instead of a read of every book. */
  count: number;
}

/** The digest of a book: its items' kind, category, status and date, in the book's order. */
export interface ItemDigest {
  candidateId: string;
  kinds: ItemKind[];
  categories: Category[];
  statuses: ItemStatus[];
  ats: number[];
}

export function digestOf(book: ItemBook): ItemDigest {
  const items = book.items;
  return {
    candidateId: book.candidateId,
    kinds: items.map((i) => i.kind),
    categories: items.map((i) => i.category),
    statuses: items.map((i) => i.status),
    ats: items.map((i) => i.at),
  };
}

/** Every table an item write touches: what a transaction that writes items must include. */
export const itemTables = (db: AfterfollowDb) => [db.itemBooks, db.itemDigests];

/** Writes books with their digests, in one transaction (or the caller's, which must include both). */
export async function writeBooks(db: AfterfollowDb, books: ItemBook[]): Promise<void> {
  if (books.length === 0) return;
  await db.transaction('rw', itemTables(db), () => Promise.all([db.itemBooks.bulkPut(books), db.itemDigests.bulkPut(books.map(digestOf))]));
}

export async function deleteBooks(db: AfterfollowDb, candidateIds: string[]): Promise<void> {
  if (candidateIds.length === 0) return;
  await db.transaction('rw', itemTables(db), () => Promise.all([db.itemBooks.bulkDelete(candidateIds), db.itemDigests.bulkDelete(candidateIds)]));
}

/** A book holding exactly these items (null when there are none: empty books are deleted). */
export function bookOf(candidateId: string, items: Item[]): ItemBook | null {
  if (items.length === 0) return null;
  let firstAt = Infinity;
  let lastAt = -Infinity;
  for (const i of items) {
    if (i.at < firstAt) firstAt = i.at;
    if (i.at > lastAt) lastAt = i.at;
  }
  return { candidateId, items, firstAt, lastAt, count: items.length };
}

async function saveBook(db: AfterfollowDb, candidateId: string, items: Item[]): Promise<void> {
  const book = bookOf(candidateId, items);
  if (book) await writeBooks(db, [book]);
  else await deleteBooks(db, [candidateId]);
}

export async function itemsOfCandidate(db: AfterfollowDb, candidateId: string): Promise<Item[]> {
  return (await db.itemBooks.get(candidateId))?.items ?? [];
}

export async function getItem(db: AfterfollowDb, candidateId: string, id: string): Promise<Item | undefined> {
  return (await itemsOfCandidate(db, candidateId)).find((i) => i.id === id);
}

/** Adds the items whose id the candidate's book lacks; existing items win (a recruiter's status is never reset). */
export async function addMissingItems(db: AfterfollowDb, candidateId: string, items: Item[]): Promise<number> {
  if (items.length === 0) return 0;
  const current = await itemsOfCandidate(db, candidateId);
  const ids = new Set(current.map((i) => i.id));
  const fresh = items.filter((i) => !ids.has(i.id) && (ids.add(i.id), true));
  if (fresh.length) await saveBook(db, candidateId, [...current, ...fresh]);
  return fresh.length;
}

/** Inserts or replaces items by id, grouped by candidate: one book read and one write per candidate. */
export async function putItems(db: AfterfollowDb, items: Item[]): Promise<void> {
  const byCandidate = groupByCandidate(items);
  const ids = [...byCandidate.keys()];
  const books = await db.itemBooks.bulkGet(ids);
  const next: ItemBook[] = [];
  ids.forEach((candidateId, k) => {
    const merged = new Map((books[k]?.items ?? []).map((i) => [i.id, i]));
    for (const i of byCandidate.get(candidateId)!) merged.set(i.id, i);
    next.push(bookOf(candidateId, [...merged.values()])!);
  });
  await writeBooks(db, next);
}

/** Removes a candidate's items that match; returns how many went. */
export async function deleteItemsWhere(db: AfterfollowDb, candidateId: string, doomed: (i: Item) => boolean): Promise<number> {
  const current = await itemsOfCandidate(db, candidateId);
  const kept = current.filter((i) => !doomed(i));
  if (kept.length !== current.length) await saveBook(db, candidateId, kept);
  return current.length - kept.length;
}

export async function deleteItemsOfCandidate(db: AfterfollowDb, candidateId: string): Promise<number> {
  const count = (await db.itemBooks.get(candidateId))?.count ?? 0;
  await deleteBooks(db, [candidateId]);
  return count;
}

/** Items older than the cutoff, from the books that hold any (found through the firstAt index). */
export async function purgeItemsBefore(db: AfterfollowDb, cutoff: number): Promise<number> {
  const old = await db.itemBooks.where('firstAt').below(cutoff).toArray();
  let removed = 0;
  for (const book of old) {
    const kept = book.items.filter((i) => i.at >= cutoff);
    removed += book.items.length - kept.length;
    await saveBook(db, book.candidateId, kept);
  }
  return removed;
}

/** Total items: a sum over the count index's keys, without reading any book. */
export async function countAllItems(db: AfterfollowDb): Promise<number> {
  const counts = (await db.itemBooks.orderBy('count').keys()) as number[];
  let total = 0;
  for (const c of counts) total += c;
  return total;
}

/** Every book in one getAll: the fastest way IndexedDB gives back a whole store. */
export async function allBooks(db: AfterfollowDb): Promise<ItemBook[]> {
  return db.itemBooks.toArray();
}

export async function allDigests(db: AfterfollowDb): Promise<ItemDigest[]> {
  return db.itemDigests.toArray();
}

export async function allItems(db: AfterfollowDb): Promise<Item[]> {
  const out: Item[] = [];
  for (const book of await allBooks(db)) for (const i of book.items) out.push(i);
  return out;
}

/** Newest first; ties by id so pages never overlap. */
export const newestFirst = (a: Item, b: Item) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The first `n` items (newest first) that pass `keep`, reading books in the order of their newest
 * item and stopping as soon as no unread book can hold a newer one. The dashboard's first page over
 * 100,000 items reads a few dozen books instead of all of them. Books come in growing batches of
 * plain range reads, which Dexie turns into one getAll per batch (a cursor step per book was ~4×
 * slower in Chromium).
 */
export async function newestItems(db: AfterfollowDb, n: number, keep: (i: Item) => boolean = () => true): Promise<Item[]> {
  let top: Item[] = [];
  let pending: Item[] = [];
  const settle = () => {
    if (pending.length) top = top.concat(pending).sort(newestFirst).slice(0, n);
    pending = [];
  };
  let upper = Infinity;
  // Books already read whose lastAt equals `upper`: the next batch starts at `upper` again.
  let seenAtUpper = new Set<string>();
  let booksRead = 0;
  for (;;) {
    // The newest n items always lie in the first n books by lastAt (each of them holds an item at
    // least as new as every later book), so n + 1 books complete an unfiltered page in one request;
    // a filter can skip whole books, and then batches double.
    const batch = booksRead === 0 ? n + 1 : Math.max(booksRead, n + 1 - booksRead);
    const limit = batch + seenAtUpper.size;
    const books = await db.itemBooks.where('lastAt').belowOrEqual(upper).reverse().limit(limit).toArray();
    let stopped = false;
    for (const book of books) {
      if (book.lastAt === upper && seenAtUpper.has(book.candidateId)) continue;
      // Every later book is no newer than this one: once the n-th item is newer, we are done.
      if (top.length >= n && top[n - 1]!.at > book.lastAt) {
        stopped = true;
        break;
      }
      for (const i of book.items) if (keep(i)) pending.push(i);
      // Sorting once per n collected items keeps a deep page linear in the items read.
      if (pending.length >= n) settle();
      booksRead += 1;
      if (book.lastAt !== upper) seenAtUpper = new Set();
      upper = book.lastAt;
      seenAtUpper.add(book.candidateId);
    }
    settle();
    if (stopped || books.length < limit) return top;
  }
}

/**
 * The first `n` items (newest first) whose digest entry `matches`, reading only the books that hold
 * them: the digests say where the n newest matches are, so a rare category costs its few books, not
 * a walk through every book that lacks it.
 */
export async function newestMatching(
  db: AfterfollowDb,
  digests: readonly (ItemDigest | undefined)[],
  n: number,
  matches: (status: ItemStatus, category: Category) => boolean,
): Promise<Item[]> {
  const ats: number[] = [];
  const owners: string[] = [];
  for (const d of digests) {
    if (!d) continue;
    for (let k = 0; k < d.ats.length; k++) {
      if (!matches(d.statuses[k]!, d.categories[k]!)) continue;
      ats.push(d.ats[k]!);
      owners.push(d.candidateId);
    }
  }
  if (ats.length === 0 || n <= 0) return [];
  // The n-th newest date: every item of the page is at least that new (ties included).
  const cut = [...ats].sort((a, b) => b - a)[Math.min(n, ats.length) - 1]!;
  const needed = new Set<string>();
  ats.forEach((at, k) => at >= cut && needed.add(owners[k]!));
  const out: Item[] = [];
  for (const book of await db.itemBooks.bulkGet([...needed])) {
    for (const i of book?.items ?? []) if (i.at >= cut && matches(i.status, i.category)) out.push(i);
  }
  return out.sort(newestFirst).slice(0, n);
}

export function groupByCandidate(items: Item[]): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const i of items) {
    const list = out.get(i.candidateId);
    if (list) list.push(i);
    else out.set(i.candidateId, [i]);
  }
  return out;
}
