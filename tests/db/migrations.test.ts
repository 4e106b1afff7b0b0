import { Dexie } from 'dexie';
import { openDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7 } from '../../lib/db/database';
import { setInterviewNotes } from '../../lib/db/edits';
import { loadPrepSheet } from '../../lib/db/follow-up-board';
import { updateItem } from '../../lib/db/edits';
import { ingestThread } from '../../lib/db/ingest-thread';
import { countItems, queryItems } from '../../lib/db/queries';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { threadOpenRequest } from '../helpers/db';
import v1Fixture from '../fixtures/db/v1.json';
import v2Fixture from '../fixtures/db/v2.json';
import v3Fixture from '../fixtures/db/v3.json';
import v5Fixture from '../fixtures/db/v5.json';
import v7Fixture from '../fixtures/db/v7.json';
import { allItems, countAllItems, digestOf, getItem } from '../../lib/db/item-store';

/** Every old row survives with its fields; later versions may add fields (v6: interview notes). */
const sameRows = (rows: unknown) => (rows as object[]).map((r) => expect.objectContaining(r));

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
    expect(db.verno).toBe(8);
    for (const [table, rows] of Object.entries(v1Fixture)) {
      if (table === 'items') continue;
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength((rows as object[]).length);
    }
    const items = await allItems(db);
    expect(items.map((i) => i.text).sort()).toEqual(v1Fixture.items.map((i) => i.text).sort());
    const cand = await db.candidates.get('cand:old@example.com');
    expect(cand?.owner).toBe('HR');
    // The dashboard's status filter works on migrated rows.
    expect(await countItems(db, { status: 'open' })).toBe(v1Fixture.items.filter((i) => i.status === 'open').length);
    // And the migrated database keeps working: re-reading a thread adds nothing twice.
    await ingestThread(db, threadOpenSchema.parse(threadOpenRequest()));
    await ingestThread(db, threadOpenSchema.parse(threadOpenRequest()));
    expect(await countAllItems(db)).toBe(v1Fixture.items.length + 2);
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
    expect(db.verno).toBe(8);
    for (const [table, rows] of Object.entries(v2Fixture)) {
      const stored = table === 'items' ? await allItems(db) : await db.table(table).toArray();
      expect(stored, table).toEqual(expect.arrayContaining(sameRows(rows)));
      expect(stored, table).toHaveLength((rows as object[]).length);
    }
    db.close();
  });

  it('v3 → v5 moves every item, unchanged, into its candidate\'s book and drops the per-item table', async () => {
    const name = `migrate-v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    for (const [table, rows] of Object.entries(v3Fixture)) await v3.table(table).bulkPut(rows as object[]);
    v3.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(db.tables.map((t) => t.name)).not.toContain('items');
    for (const [table, rows] of Object.entries(v3Fixture)) {
      const stored = table === 'items' ? await allItems(db) : await db.table(table).toArray();
      expect(stored, table).toEqual(expect.arrayContaining(sameRows(rows)));
      expect(stored, table).toHaveLength((rows as object[]).length);
    }
    // One book per candidate, including an item whose candidate row is gone: nothing is dropped.
    const books = await db.itemBooks.toArray();
    expect(books.map((b) => [b.candidateId, b.count]).sort()).toEqual([
      ['cand:alex@example.com', 3],
      ['cand:gone@example.com', 1],
      ['cand:old@example.com', 2],
    ]);
    expect(await countAllItems(db)).toBe(v3Fixture.items.length);
    // Each book has its digest (what HR's results read instead of the texts).
    expect((await db.itemDigests.toArray()).sort((a, b) => (a.candidateId < b.candidateId ? -1 : 1))).toEqual(
      books.map(digestOf).sort((a, b) => (a.candidateId < b.candidateId ? -1 : 1)),
    );
    const alex = books.find((b) => b.candidateId === 'cand:alex@example.com')!;
    expect([alex.firstAt, alex.lastAt]).toEqual([Math.min(...alex.items.map((i) => i.at)), Math.max(...alex.items.map((i) => i.at))]);
    // The migrated log pages, filters and edits like a fresh one.
    expect((await queryItems(db, {}, { offset: 0, limit: 2 })).rows.map((r) => r.at)).toEqual([1794600000000, 1794500000000]);
    expect(await countItems(db, { status: 'deferred' })).toBe(v3Fixture.items.filter((i) => i.status === 'deferred').length);
    const updated = await updateItem(db, { id: alex.items[0]!.id, candidateId: alex.candidateId, status: 'answered_at_interview' }, 1795000000000);
    expect((await getItem(db, alex.candidateId, updated.id))?.status).toBe('answered_at_interview');
    db.close();
  });

  it('v5 → v7 keeps every row and gives each interview empty notes that can then be written', async () => {
    const name = `migrate-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V2);
    v5.version(3).stores(SCHEMA_V3);
    v5.version(4).stores(SCHEMA_V4);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    for (const [table, rows] of Object.entries(v5Fixture)) await v5.table(table).bulkPut(rows as object[]);
    v5.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    for (const [table, rows] of Object.entries(v5Fixture)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength((rows as object[]).length);
      if (table !== 'interviews') expect(stored, table).toEqual(expect.arrayContaining(rows as object[]));
    }
    const interviews = await db.interviews.toArray();
    expect(interviews).toEqual(expect.arrayContaining(v5Fixture.interviews.map((i) => ({ ...i, notes: '' }))));
    expect(await countAllItems(db)).toBe(v3Fixture.items.length);
    // The migrated interview takes notes, and the prep sheet shows them.
    await setInterviewNotes(db, { id: 'iv:2', candidateId: 'cand:alex@example.com', notes: 'Strong on design systems; asked about remote days.' });
    expect((await db.interviews.get('iv:2'))?.notes).toBe('Strong on design systems; asked about remote days.');
    await expect(setInterviewNotes(db, { id: 'iv:2', candidateId: 'cand:old@example.com', notes: 'x' })).rejects.toThrow();
    const sheet = await loadPrepSheet(db, 'cand:alex@example.com', 1794000000000);
    expect(sheet?.interviewNotes.map((n) => n.notes)).toEqual(['Strong on design systems; asked about remote days.']);
    db.close();
  });

  it('v7 → v8 keeps every row of every table and adds an empty team store that takes teammates\' documents', async () => {
    const name = `migrate-v7-${Math.random()}`;
    const v7 = new Dexie(name);
    v7.version(1).stores(SCHEMA_V1);
    v7.version(2).stores(SCHEMA_V2);
    v7.version(3).stores(SCHEMA_V3);
    v7.version(4).stores(SCHEMA_V4);
    v7.version(5).stores(SCHEMA_V5);
    v7.version(6).stores(SCHEMA_V6);
    v7.version(7).stores(SCHEMA_V7);
    await v7.open();
    for (const [table, rows] of Object.entries(v7Fixture)) await v7.table(table).bulkPut(rows as object[]);
    v7.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    for (const [table, rows] of Object.entries(v7Fixture)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength((rows as object[]).length);
      expect(stored, table).toEqual(expect.arrayContaining(rows as object[]));
    }
    expect(await db.teamDocs.count()).toBe(0);
    const candidate = v7Fixture.candidates[0]!;
    await db.teamDocs.put({ id: `b:alice:${candidate.id}`, author: 'alice', authorName: 'Alice', kind: 'book', candidateId: candidate.id, payload: { type: 'afterfollow.counts', v: 1, author: { user: 'alice', name: 'Alice' }, share: 'counts', at: 1790000000000, candidates: 0, items: 0, byStatus: {}, byStage: {} } });
    expect(await db.teamDocs.where('author').equals('alice').primaryKeys()).toEqual([`b:alice:${candidate.id}`]);
    db.close();
  });
});
