import type { AfterfollowDb } from '../../lib/db/database';
import { RECORD_TABLES, type BackupTables } from '../../lib/export/backup-format';

/** Writes generated tables as they are (bypassing the merge), like the app's own writes would. */
export async function seed(db: AfterfollowDb, t: BackupTables): Promise<void> {
  await db.transaction('rw', [...RECORD_TABLES.map((n) => db.table(n)), db.settings], async () => {
    for (const name of RECORD_TABLES) await db.table(name).bulkPut(t[name]);
    if (t.settings) await db.settings.put({ key: 'settings', value: t.settings });
  });
}

/** Every stored row (diagnostics aside), each table in primary-key order. */
export async function dump(db: AfterfollowDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of [...RECORD_TABLES, 'settings']) out[name] = await db.table(name).toArray();
  return out;
}

export async function wipe(db: AfterfollowDb): Promise<void> {
  await db.transaction('rw', [...RECORD_TABLES.map((n) => db.table(n)), db.settings], async () => {
    for (const name of [...RECORD_TABLES, 'settings']) await db.table(name).clear();
  });
}

/** The same rows sorted by id: what a table holds regardless of insertion order. */
export const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
