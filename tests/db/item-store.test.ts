import fc from 'fast-check';
import { importBackup, exportBackup } from '../../lib/db/export-import';
import {
  addMissingItems,
  allItems,
  bookOf,
  countAllItems,
  deleteItemsOfCandidate,
  deleteItemsWhere,
  digestOf,
  itemsOfCandidate,
  newestFirst,
  newestItems,
  newestMatching,
  purgeItemsBefore,
  putItems,
} from '../../lib/db/item-store';
import type { Item } from '../../lib/records';
import { freshDb } from '../helpers/db';

const item = (over: Partial<Item> & Pick<Item, 'id' | 'candidateId' | 'at'>): Item => ({
  threadId: null,
  messageId: null,
  kind: 'question',
  category: 'other',
  text: `text of ${over.id}`,
  start: null,
  end: null,
  status: 'open',
  source: 'manual',
  createdAt: over.at,
  updatedAt: over.at,
  ...over,
});

const itemsArb = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      candidate: fc.integer({ min: 0, max: 6 }),
      // Few distinct dates, so ties across books are common.
      at: fc.integer({ min: 0, max: 20 }),
      status: fc.constantFrom('open', 'deferred', 'answered_now' as const),
    }),
    { selector: (r) => r.id, maxLength: 60 },
  )
  .map((rows) => rows.map((r) => item({ id: r.id, candidateId: `cand:${r.candidate}`, at: r.at, status: r.status })));

/** Every book has a digest that matches it, and no digest outlives its book. */
async function expectDigestsInStep(db: ReturnType<typeof freshDb>) {
  const books = await db.itemBooks.toArray();
  const digests = await db.itemDigests.toArray();
  expect(digests.sort((a, b) => (a.candidateId < b.candidateId ? -1 : 1))).toEqual(books.map(digestOf).sort((a, b) => (a.candidateId < b.candidateId ? -1 : 1)));
}

describe('item books', () => {
  it('keeps each book\'s digest in step through every kind of write', async () => {
    const op = fc.oneof(
      itemsArb.map((items) => ({ kind: 'put' as const, items })),
      itemsArb.map((items) => ({ kind: 'add' as const, items })),
      fc.integer({ min: 0, max: 6 }).map((c) => ({ kind: 'deleteCandidate' as const, c })),
      fc.integer({ min: 0, max: 20 }).map((cutoff) => ({ kind: 'purge' as const, cutoff })),
      fc.constantFrom('open', 'deferred').map((status) => ({ kind: 'deleteWhere' as const, status })),
      itemsArb.map((items) => ({ kind: 'import' as const, items })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 6 }), async (ops) => {
        const db = freshDb();
        for (const o of ops) {
          if (o.kind === 'put') await putItems(db, o.items);
          else if (o.kind === 'add') for (const i of o.items) await addMissingItems(db, i.candidateId, [i]);
          else if (o.kind === 'deleteCandidate') await deleteItemsOfCandidate(db, `cand:${o.c}`);
          else if (o.kind === 'purge') await purgeItemsBefore(db, o.cutoff);
          else if (o.kind === 'deleteWhere') for (let c = 0; c <= 6; c++) await deleteItemsWhere(db, `cand:${c}`, (i) => i.status === o.status);
          else {
            const backup = await exportBackup(db);
            await importBackup(db, { ...backup, tables: { ...backup.tables, items: o.items.map((i) => ({ ...i, updatedAt: i.updatedAt + 1 })) } });
          }
          await expectDigestsInStep(db);
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });


  it('newestItems equals sorting every item, for any filter and page size (ties included)', async () => {
    await fc.assert(
      fc.asyncProperty(itemsArb, fc.integer({ min: 1, max: 70 }), fc.option(fc.constantFrom('open', 'deferred' as const)), async (items, n, status) => {
        const db = freshDb();
        await putItems(db, items);
        const keep = (i: Item) => !status || i.status === status;
        const got = await newestItems(db, n, keep);
        expect(got.map((i) => i.id)).toEqual(items.filter(keep).sort(newestFirst).slice(0, n).map((i) => i.id));
        expect(await countAllItems(db)).toBe(items.length);
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('newestMatching (through the digests) equals sorting every matching item', async () => {
    await fc.assert(
      fc.asyncProperty(itemsArb, fc.integer({ min: 1, max: 70 }), fc.constantFrom('open', 'deferred', 'answered_now' as const), async (items, n, status) => {
        const db = freshDb();
        await putItems(db, items);
        const got = await newestMatching(db, await db.itemDigests.toArray(), n, (s) => s === status);
        expect(got.map((i) => i.id)).toEqual(items.filter((i) => i.status === status).sort(newestFirst).slice(0, n).map((i) => i.id));
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('pages past many books that share their newest date (more than one batch)', async () => {
    const db = freshDb();
    const items = Array.from({ length: 120 }, (_, i) => item({ id: `i${String(i).padStart(3, '0')}`, candidateId: `cand:${i % 40}`, at: i < 40 ? 500 : i }));
    await putItems(db, items);
    for (const n of [1, 39, 40, 41, 100, 200]) {
      expect((await newestItems(db, n)).map((i) => i.id), `n=${n}`).toEqual([...items].sort(newestFirst).slice(0, n).map((i) => i.id));
    }
    db.close();
  });

  it('reads only the books it needs for the first page', async () => {
    const db = freshDb();
    // 50 candidates, each with 10 items; candidate k's items are all older than candidate k-1's.
    const items = Array.from({ length: 500 }, (_, i) => item({ id: `i${i}`, candidateId: `cand:${Math.floor(i / 10)}`, at: 10_000 - i }));
    await putItems(db, items);
    let read = 0;
    const got = await newestItems(db, 15, () => {
      read += 1;
      return true;
    });
    expect(got.map((i) => i.id)).toEqual(items.slice(0, 15).map((i) => i.id));
    expect(read).toBe(20);
    db.close();
  });

  it('keeps an item once per id and lets existing items win on re-reads', async () => {
    const db = freshDb();
    const a = item({ id: 'x', candidateId: 'cand:a', at: 5 });
    await putItems(db, [a]);
    await putItems(db, [{ ...a, status: 'deferred', updatedAt: 9 }]);
    expect(await addMissingItems(db, 'cand:a', [{ ...a, status: 'open' }, item({ id: 'y', candidateId: 'cand:a', at: 7 })])).toBe(1);
    const stored = await itemsOfCandidate(db, 'cand:a');
    expect(stored.map((i) => [i.id, i.status])).toEqual([
      ['x', 'deferred'],
      ['y', 'open'],
    ]);
    expect((await db.itemBooks.get('cand:a'))).toMatchObject({ firstAt: 5, lastAt: 7, count: 2 });
    db.close();
  });

  it('deletes matching items and drops a book that becomes empty', async () => {
    const db = freshDb();
    await putItems(db, [item({ id: 'old', candidateId: 'cand:a', at: 1 }), item({ id: 'new', candidateId: 'cand:a', at: 100 }), item({ id: 'b', candidateId: 'cand:b', at: 2 })]);
    expect(await purgeItemsBefore(db, 50)).toBe(2);
    expect((await allItems(db)).map((i) => i.id)).toEqual(['new']);
    expect(await db.itemBooks.get('cand:b')).toBeUndefined();
    expect((await db.itemBooks.get('cand:a'))?.firstAt).toBe(100);
    expect(await deleteItemsWhere(db, 'cand:a', (i) => i.id === 'new')).toBe(1);
    expect(await db.itemBooks.count()).toBe(0);
    expect(bookOf('cand:a', [])).toBeNull();
    db.close();
  });

  it('an import that files an item under another candidate moves it when newer, and never stores the id twice', async () => {
    const db = freshDb();
    await putItems(db, [item({ id: 'shared', candidateId: 'cand:a', at: 1, updatedAt: 10 })]);
    const backup = await exportBackup(db);
    const moved = { ...backup, tables: { ...backup.tables, items: [item({ id: 'shared', candidateId: 'cand:b', at: 1, updatedAt: 20, status: 'deferred' })] } };
    const stale = { ...backup, tables: { ...backup.tables, items: [item({ id: 'shared', candidateId: 'cand:c', at: 1, updatedAt: 5 })] } };
    expect((await importBackup(db, stale)).items).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await importBackup(db, moved)).items).toEqual({ added: 0, updated: 1, skipped: 0 });
    const all = await allItems(db);
    expect(all.map((i) => [i.id, i.candidateId, i.status])).toEqual([['shared', 'cand:b', 'deferred']]);
    expect(await db.itemBooks.get('cand:a')).toBeUndefined();
    db.close();
  });
});
