import { Dexie } from 'dexie';
// Read models for the dashboard: indexed, paged, so 100,000 items open quickly.
import type { Category, ItemStatus, Stage } from '../domain';
import type { Candidate, Item } from '../records';
import type { AfterfollowDb } from './database';

export interface ItemFilter {
  status?: ItemStatus;
  category?: Category;
  owner?: string;
  stage?: Stage;
}

export interface ItemRow extends Item {
  candidateName: string;
  owner: string;
  stage: Stage;
}

async function candidatesMatching(db: AfterfollowDb, f: ItemFilter): Promise<Candidate[]> {
  if (f.stage) {
    const rows = await db.candidates.where('stage').equals(f.stage).toArray();
    return f.owner ? rows.filter((c) => c.owner === f.owner) : rows;
  }
  if (f.owner) return db.candidates.where('owner').equals(f.owner).toArray();
  return db.candidates.toArray();
}

/** Newest first, walking an index in date order whenever the filter allows it. */
function itemCollection(db: AfterfollowDb, f: ItemFilter, candidateIds: string[] | null) {
  const byDate = (index: '[status+at]' | '[category+at]', value: string) =>
    db.items.where(index).between([value, Dexie.minKey], [value, Dexie.maxKey]).reverse();
  let coll = candidateIds
    ? db.items.where('candidateId').anyOf(candidateIds)
    : f.status
      ? byDate('[status+at]', f.status)
      : f.category
        ? byDate('[category+at]', f.category)
        : db.items.orderBy('at').reverse();
  if (candidateIds && f.status) coll = coll.and((i) => i.status === f.status);
  if ((candidateIds || f.status) && f.category) coll = coll.and((i) => i.category === f.category);
  return coll;
}

/**
 * One page of items, newest first, with the candidate's name for display and export. No count here:
 * Chromium's IndexedDB counts by walking (1.3 s over 100,000 rows through an index), so the total is
 * a separate, later query (countItems) and `hasMore` comes from reading one row past the page.
 */
export async function queryItems(
  db: AfterfollowDb,
  f: ItemFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ItemRow[]; hasMore: boolean }> {
  return db.transaction('r', db.items, db.candidates, async () => {
    // Only an owner/stage filter needs the candidate list up front; otherwise read just the page's
    // candidates (reading all of them first was the slowest step of the first render).
    const filtered = f.owner || f.stage ? await candidatesMatching(db, f) : null;
    const coll = itemCollection(db, f, filtered ? filtered.map((c) => c.id) : null);
    // Candidate-filtered walks are not in date order: sort that (smaller) set in memory.
    const window = filtered
      ? (await coll.toArray()).sort((a, b) => b.at - a.at).slice(page.offset, page.offset + page.limit + 1)
      : await coll.offset(page.offset).limit(page.limit + 1).toArray();
    const hasMore = window.length > page.limit;
    const items = window.slice(0, page.limit);
    const byId = new Map((filtered ?? []).map((c) => [c.id, c]));
    const missing = [...new Set(items.map((i) => i.candidateId).filter((id) => !byId.has(id)))];
    if (missing.length) for (const c of await db.candidates.bulkGet(missing)) if (c) byId.set(c.id, c);
    const rows = items.map((i) => {
      const c = byId.get(i.candidateId);
      return { ...i, candidateName: c?.name ?? '', owner: c?.owner ?? '', stage: c?.stage ?? 'applied' };
    });
    return { rows, hasMore };
  });
}

/** How many items match; the plain store count when unfiltered (several times faster than an index walk). */
export async function countItems(db: AfterfollowDb, f: ItemFilter): Promise<number> {
  if (!f.status && !f.category && !f.owner && !f.stage) return db.items.count();
  return db.transaction('r', db.items, db.candidates, async () => {
    const ids = f.owner || f.stage ? (await candidatesMatching(db, f)).map((c) => c.id) : null;
    return itemCollection(db, f, ids).count();
  });
}

export async function listOwners(db: AfterfollowDb): Promise<string[]> {
  return (await db.candidates.orderBy('owner').uniqueKeys()).map(String);
}

/** Items at or before `at`, newest first, by the same indexes the pages use. */
function atOrBefore(db: AfterfollowDb, f: ItemFilter, at: number) {
  const upTo = (index: '[status+at]' | '[category+at]', value: string) =>
    db.items.where(index).between([value, Dexie.minKey], [value, at], true, true).reverse();
  const coll = f.status ? upTo('[status+at]', f.status) : f.category ? upTo('[category+at]', f.category) : db.items.where('at').belowOrEqual(at).reverse();
  return f.status && f.category ? coll.and((i) => i.category === f.category) : coll;
}

/**
 * Every item matching the filter, for export, in pages so the UI can show progress. Pages continue
 * from the last date seen (keyset), not by offset: an offset makes IndexedDB walk past every earlier
 * row again, which turned a 100,000-row export quadratic.
 */
export async function* iterateItems(db: AfterfollowDb, f: ItemFilter, pageSize = 5000): AsyncGenerator<{ rows: ItemRow[]; done: number; total: number }> {
  const total = await countItems(db, f);
  const candidates = await candidatesMatching(db, f);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const toRow = (i: Item): ItemRow => {
    const c = byId.get(i.candidateId);
    return { ...i, candidateName: c?.name ?? '', owner: c?.owner ?? '', stage: c?.stage ?? 'applied' };
  };
  let done = 0;
  if (!f.status && !f.category && !f.owner && !f.stage) {
    // Everything: read in primary-key pages (IndexedDB getAll, several times faster than walking a
    // date cursor), then order by date in memory.
    const all: Item[] = [];
    let last: string | undefined;
    for (;;) {
      const page = await (last === undefined ? db.items.orderBy(':id') : db.items.where(':id').above(last)).limit(pageSize).toArray();
      for (const i of page) all.push(i);
      if (page.length < pageSize) break;
      last = page[page.length - 1]!.id;
    }
    all.sort((a, b) => b.at - a.at);
    for (let i = 0; i < all.length || i === 0; i += pageSize) {
      const rows = all.slice(i, i + pageSize).map(toRow);
      done += rows.length;
      yield { rows, done, total };
    }
    return;
  }
  if (f.owner || f.stage) {
    // A candidate filter selects a subset small enough to sort in memory.
    const all = (await itemCollection(db, f, candidates.map((c) => c.id)).toArray()).sort((a, b) => b.at - a.at);
    for (let i = 0; i < all.length || i === 0; i += pageSize) {
      const rows = all.slice(i, i + pageSize).map(toRow);
      done += rows.length;
      yield { rows, done, total };
    }
    return;
  }
  let lastAt = Number.MAX_SAFE_INTEGER;
  let seenAtLast = new Set<string>();
  for (;;) {
    const cut = lastAt;
    const seen = seenAtLast;
    const batch = await atOrBefore(db, f, cut)
      .filter((i) => !(i.at === cut && seen.has(i.id)))
      .limit(pageSize)
      .toArray();
    done += batch.length;
    yield { rows: batch.map(toRow), done, total };
    if (batch.length < pageSize) return;
    const newest = batch[batch.length - 1]!.at;
    if (newest !== lastAt) seenAtLast = new Set();
    lastAt = newest;
    for (const i of batch) if (i.at === lastAt) seenAtLast.add(i.id);
  }
}
