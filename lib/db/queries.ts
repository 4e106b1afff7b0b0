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

/** One page of items, newest first, with the candidate's name for display and export. */
export async function queryItems(
  db: AfterfollowDb,
  f: ItemFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ItemRow[]; total: number; candidates: Candidate[] }> {
  return db.transaction('r', db.items, db.candidates, async () => {
    const candidates = await candidatesMatching(db, f);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const ids = f.owner || f.stage ? candidates.map((c) => c.id) : null;
    const coll = itemCollection(db, f, ids);
    const total = await coll.clone().count();
    // Candidate-filtered walks are not in date order: sort that (smaller) set in memory.
    const items = ids
      ? (await coll.toArray()).sort((a, b) => b.at - a.at).slice(page.offset, page.offset + page.limit)
      : await coll.offset(page.offset).limit(page.limit).toArray();
    const missing = items.map((i) => i.candidateId).filter((id) => !byId.has(id));
    if (missing.length) for (const c of await db.candidates.bulkGet(missing)) if (c) byId.set(c.id, c);
    const rows = items.map((i) => {
      const c = byId.get(i.candidateId);
      return { ...i, candidateName: c?.name ?? '', owner: c?.owner ?? '', stage: c?.stage ?? 'applied' };
    });
    return { rows, total, candidates };
  });
}

export async function listOwners(db: AfterfollowDb): Promise<string[]> {
  return (await db.candidates.orderBy('owner').uniqueKeys()).map(String);
}

/** Every item matching the filter, for export, in pages so the UI can show progress. */
export async function* iterateItems(db: AfterfollowDb, f: ItemFilter, pageSize = 5000): AsyncGenerator<{ rows: ItemRow[]; done: number; total: number }> {
  let offset = 0;
  for (;;) {
    const { rows, total } = await queryItems(db, f, { offset, limit: pageSize });
    offset += rows.length;
    yield { rows, done: offset, total };
    if (rows.length < pageSize) return;
  }
}
