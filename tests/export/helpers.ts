import type { AfterfollowDb } from '../../lib/db/database';
import type { Table } from 'dexie';
import { allItems, itemTables, putItems } from '../../lib/db/item-store';
import { RECORD_TABLES, type BackupTables } from '../../lib/export/backup-format';

const ROW_TABLES = RECORD_TABLES.filter((n) => n !== 'items');
const stores = (db: AfterfollowDb): Table[] => [...ROW_TABLES.map((n) => db.table(n)), ...itemTables(db), db.settings];

/** Writes generated tables as they are (bypassing the merge), like the app's own writes would. */
export async function seed(db: AfterfollowDb, t: BackupTables): Promise<void> {
  await db.transaction('rw', stores(db), async () => {
    for (const name of ROW_TABLES) await db.table(name).bulkPut(t[name]);
    await putItems(db, t.items);
    if (t.settings) await db.settings.put({ key: 'settings', value: t.settings });
  });
}

/** Every stored row (diagnostics aside), each table in primary-key order (items by id). */
export async function dump(db: AfterfollowDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of [...RECORD_TABLES, 'settings']) out[name] = name === 'items' ? byId(await allItems(db)) : await db.table(name).toArray();
  return out;
}

export async function wipe(db: AfterfollowDb): Promise<void> {
  await db.transaction('rw', stores(db), async () => {
    for (const table of stores(db)) await table.clear();
  });
}

/** The same rows sorted by id: what a table holds regardless of insertion order. */
export const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
