import { Dexie } from 'dexie';
import { openDb, SCHEMA_V1, SCHEMA_V2 } from '../../lib/db/database';
import { ingestThread } from '../../lib/db/ingest-thread';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { threadOpenRequest } from '../helpers/db';
import v1Fixture from '../fixtures/db/v1.json';
import v2Fixture from '../fixtures/db/v2.json';

// Each schema version keeps a fixture of rows written by that version; upgrading must keep every row.
describe('Dexie migrations', () => {
  it('v1 → v2 keeps every row of every table and fixes empty owners', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    for (const [table, rows] of Object.entries(v1Fixture)) await v1.table(table).bulkPut(rows as object[]);
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    for (const [table, rows] of Object.entries(v1Fixture)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength((rows as object[]).length);
    }
    const items = await db.items.toArray();
    expect(items.map((i) => i.text).sort()).toEqual(v1Fixture.items.map((i) => i.text).sort());
    const cand = await db.candidates.get('cand:old@example.com');
    expect(cand?.owner).toBe('HR');
    // New compound index works on migrated rows.
    expect(await db.items.where('[status+at]').between(['open', 0], ['open', Infinity]).count()).toBe(
      v1Fixture.items.filter((i) => i.status === 'open').length,
    );
    // And the migrated database keeps working: re-reading a thread adds nothing twice.
    await ingestThread(db, threadOpenSchema.parse(threadOpenRequest()));
    await ingestThread(db, threadOpenSchema.parse(threadOpenRequest()));
    expect(await db.items.count()).toBe(v1Fixture.items.length + 2);
    db.close();
  });

  it('v2 → v3 keeps every row (only unused item indexes are dropped)', async () => {
    const name = `migrate-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    for (const [table, rows] of Object.entries(v2Fixture)) await v2.table(table).bulkPut(rows as object[]);
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    for (const [table, rows] of Object.entries(v2Fixture)) {
      expect(await db.table(table).toArray(), table).toEqual(expect.arrayContaining(rows as object[]));
      expect(await db.table(table).count(), table).toBe((rows as object[]).length);
    }
    expect(db.items.schema.indexes.map((i) => i.name).sort()).toEqual(['[category+at]', '[status+at]', 'at', 'candidateId', 'threadId']);
    db.close();
  });
});
