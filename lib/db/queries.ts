// Read models for the dashboard: the first page of 100,000 items reads only the newest books.
import type { Category, ItemStatus, Stage } from '../domain';
import type { Candidate, Item } from '../records';
import type { AfterfollowDb } from './database';
import { allDigests, allItems, countAllItems, newestFirst, newestItems, newestMatching, type ItemDigest } from './item-store';

export interface ItemFilter {
  status?: ItemStatus;
  category?: Category;
  owner?: string;
  stage?: Stage;
  /** Part of the candidate's name or address, any case. */
  search?: string;
}

export interface ItemRow extends Item {
  candidateName: string;
  owner: string;
  stage: Stage;
}

/** Name or address contains the query (case- and width-insensitive: ｙａｍａｄａ finds yamada). */
export function candidateSearch(query: string | undefined): ((c: Pick<Candidate, 'name' | 'email'>) => boolean) | null {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const q = fold(query ?? '');
  if (!q) return null;
  return (c) => fold(c.name).includes(q) || fold(c.email).includes(q);
}

/** Whether the filter narrows by candidate fields (owner, stage, search): then it starts from the candidates. */
const byCandidate = (f: ItemFilter) => !!(f.owner || f.stage || candidateSearch(f.search));

async function candidatesMatching(db: AfterfollowDb, f: ItemFilter): Promise<Candidate[]> {
  const search = candidateSearch(f.search);
  const rows = await candidatesByIndex(db, f);
  return search ? rows.filter(search) : rows;
}

async function candidatesByIndex(db: AfterfollowDb, f: ItemFilter): Promise<Candidate[]> {
  if (f.stage) {
    const rows = await db.candidates.where('stage').equals(f.stage).toArray();
    return f.owner ? rows.filter((c) => c.owner === f.owner) : rows;
  }
  if (f.owner) return db.candidates.where('owner').equals(f.owner).toArray();
  return db.candidates.toArray();
}

/** The filter's status/category test, on the fields alone: items and digests both use it. */
const fieldsMatch = (f: ItemFilter) => (status: ItemStatus, category: Category) => (!f.status || status === f.status) && (!f.category || category === f.category);
const matches = (f: ItemFilter) => {
  const ok = fieldsMatch(f);
  return (i: Item) => ok(i.status, i.category);
};
const unfiltered = (f: ItemFilter) => !f.status && !f.category && !byCandidate(f);

/** Items of the candidates an owner/stage filter selects (a subset: their books only). */
async function itemsOfCandidates(db: AfterfollowDb, candidates: Candidate[], f: ItemFilter): Promise<Item[]> {
  const keep = matches(f);
  const out: Item[] = [];
  for (const book of await db.itemBooks.bulkGet(candidates.map((c) => c.id))) for (const i of book?.items ?? []) if (keep(i)) out.push(i);
  return out;
}

/** Every item matching the filter, newest first. */
async function everyMatchingItem(db: AfterfollowDb, f: ItemFilter, candidates: Candidate[] | null): Promise<Item[]> {
  if (candidates) return (await itemsOfCandidates(db, candidates, f)).sort(newestFirst);
  return (await allItems(db)).filter(matches(f)).sort(newestFirst);
}

/** The digests of these candidates, or of everyone. */
async function digestsOf(db: AfterfollowDb, candidates: Candidate[] | null): Promise<(ItemDigest | undefined)[]> {
  return candidates ? db.itemDigests.bulkGet(candidates.map((c) => c.id)) : allDigests(db);
}

/** Above this many candidates, walking the newest books beats reading all of theirs. */
const FEW_CANDIDATES = 64;

/**
 * Up to `want` matching items, newest first. A few candidates (one interviewer's): read their books.
 * Many (a stage most candidates are in): walk the newest books and keep theirs, which stops early.
 */
async function pageWindow(db: AfterfollowDb, f: ItemFilter, filtered: Candidate[] | null, want: number): Promise<Item[]> {
  if (f.status || f.category) {
    // Status and category are in the digests: find where the page's items are, then read those books.
    return newestMatching(db, await digestsOf(db, filtered), want, fieldsMatch(f));
  }
  if (!filtered) return newestItems(db, want);
  if (filtered.length <= FEW_CANDIDATES) return (await itemsOfCandidates(db, filtered, f)).sort(newestFirst);
  const ids = new Set(filtered.map((c) => c.id));
  return newestItems(db, want, (i) => ids.has(i.candidateId));
}

const toRow = (byId: Map<string, Candidate>) => (i: Item): ItemRow => {
  const c = byId.get(i.candidateId);
  return { ...i, candidateName: c?.name ?? '', owner: c?.owner ?? '', stage: c?.stage ?? 'applied' };
};

/**
 * One page of items, newest first, with the candidate's name for display and export. No count here
 * (countItems is a separate, later query); `hasMore` comes from reading one item past the page.
 */
export async function queryItems(
  db: AfterfollowDb,
  f: ItemFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ItemRow[]; hasMore: boolean }> {
  return db.transaction('r', db.itemBooks, db.itemDigests, db.candidates, async () => {
    // Only an owner/stage filter needs the candidate list up front; otherwise read just the page's
    // candidates (reading all of them first was the slowest step of the first render).
    const filtered = byCandidate(f) ? await candidatesMatching(db, f) : null;
    const want = page.offset + page.limit + 1;
    const window = (await pageWindow(db, f, filtered, want)).slice(page.offset, want);
    const hasMore = window.length > page.limit;
    const items = window.slice(0, page.limit);
    const byId = new Map((filtered ?? []).map((c) => [c.id, c]));
    const missing = [...new Set(items.map((i) => i.candidateId).filter((id) => !byId.has(id)))];
    if (missing.length) for (const c of await db.candidates.bulkGet(missing)) if (c) byId.set(c.id, c);
    return { rows: items.map(toRow(byId)), hasMore };
  });
}

/** How many items match: unfiltered, a sum over the books' count index; filtered, from the digests (no texts read). */
export async function countItems(db: AfterfollowDb, f: ItemFilter): Promise<number> {
  if (unfiltered(f)) return countAllItems(db);
  return db.transaction('r', db.itemDigests, db.candidates, async () => {
    const digests = await digestsOf(db, byCandidate(f) ? await candidatesMatching(db, f) : null);
    const ok = fieldsMatch(f);
    let n = 0;
    for (const d of digests) {
      if (!d) continue;
      for (let k = 0; k < d.ats.length; k++) if (ok(d.statuses[k]!, d.categories[k]!)) n += 1;
    }
    return n;
  });
}

export async function listOwners(db: AfterfollowDb): Promise<string[]> {
  return (await db.candidates.orderBy('owner').uniqueKeys()).map(String);
}

/**
 * Every item matching the filter, for export, newest first, in pages so the UI can show progress.
 * All books come in one getAll (the fastest read IndexedDB has) and are ordered in memory. Plain
 * items: the caller joins its own candidate columns, so no second copy of 100,000 rows is made.
 */
export async function* iterateItems(db: AfterfollowDb, f: ItemFilter, pageSize = 5000): AsyncGenerator<{ items: Item[]; done: number; total: number }> {
  const items = await db.transaction('r', db.itemBooks, db.candidates, async () =>
    everyMatchingItem(db, f, byCandidate(f) ? await candidatesMatching(db, f) : null),
  );
  const total = items.length;
  let done = 0;
  for (let i = 0; i < total || i === 0; i += pageSize) {
    const page = items.slice(i, i + pageSize);
    done += page.length;
    yield { items: page, done, total };
  }
}
