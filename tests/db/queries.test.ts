import { updateCandidate, updateItem } from '../../lib/db/edits';
import { ingestThread } from '../../lib/db/ingest-thread';
import { newestFirst, putItems } from '../../lib/db/item-store';
import { countItems, iterateItems, listOwners, queryItems, type ItemFilter } from '../../lib/db/queries';
import type { Item } from '../../lib/records';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { freshDb, threadOpenRequest } from '../helpers/db';

async function seed() {
  const db = freshDb();
  await ingestThread(db, threadOpenSchema.parse(threadOpenRequest()));
  const base = threadOpenRequest();
  await ingestThread(
    db,
    threadOpenSchema.parse({
      ...base,
      threadId: 't2',
      counterpart: { name: 'Alex Smith', email: 'alex@example.com' },
      messages: [
        {
          ...base.messages[0]!,
          id: 'en-1',
          at: Date.UTC(2026, 10, 22),
          items: [{ kind: 'question', category: 'compensation', text: 'Is there a signing bonus?', start: 0, end: 25 }],
        },
      ],
    }),
  );
  await updateCandidate(db, { id: 'cand:alex@example.com', patch: { owner: 'Tanaka', stage: 'final_interview' } });
  return db;
}

describe('dashboard queries', () => {
  it('pages items newest first with the candidate name', async () => {
    const db = await seed();
    const all = await queryItems(db, {}, { offset: 0, limit: 2 });
    expect(all.hasMore).toBe(true);
    expect(await countItems(db, {})).toBe(3);
    expect(all.rows.map((r) => r.candidateName)).toEqual(['Alex Smith', '山田 太郎']);
    const next = await queryItems(db, {}, { offset: 2, limit: 2 });
    expect(next.rows).toHaveLength(1);
    expect(next.hasMore).toBe(false);
  });

  it('filters by status, category, owner and stage', async () => {
    const db = await seed();
    const [first] = (await queryItems(db, { category: 'workstyle' }, { offset: 0, limit: 10 })).rows;
    await updateItem(db, { id: first!.id, candidateId: first!.candidateId, status: 'deferred' });
    expect((await queryItems(db, { status: 'deferred' }, { offset: 0, limit: 10 })).rows.map((r) => r.id)).toEqual([first!.id]);
    expect(await countItems(db, { category: 'compensation' })).toBe(1);
    expect((await queryItems(db, { owner: 'Tanaka' }, { offset: 0, limit: 10 })).rows.map((r) => r.candidateName)).toEqual(['Alex Smith']);
    expect(await countItems(db, { stage: 'applied' })).toBe(2);
    expect(await countItems(db, { stage: 'applied', status: 'open' })).toBe(1);
    expect((await queryItems(db, { stage: 'applied', status: 'open' }, { offset: 0, limit: 10 })).rows).toHaveLength(1);
    expect(await listOwners(db)).toEqual(['HR', 'Tanaka']);
  });

  it('iterates 1,000 items with equal dates across page boundaries exactly once, newest first', async () => {
    const db = freshDb();
    const base = threadOpenRequest();
    const items = Array.from({ length: 500 }, (_, i) => ({ kind: 'question' as const, category: 'other' as const, text: `q${i}`, start: i, end: i + 1 }));
    // Two messages, each with 500 items sharing the message's date: many ties on `at`.
    await ingestThread(
      db,
      threadOpenSchema.parse({
        ...base,
        messages: [
          { ...base.messages[0]!, id: 'a', at: Date.UTC(2026, 0, 1), items },
          { ...base.messages[0]!, id: 'b', at: Date.UTC(2026, 0, 2), items },
        ],
      }),
    );
    const seen: string[] = [];
    let lastAt = Infinity;
    for await (const page of iterateItems(db, {}, 64)) {
      for (const r of page.items) {
        expect(r.at).toBeLessThanOrEqual(lastAt);
        lastAt = r.at;
        seen.push(r.id);
      }
    }
    expect(seen).toHaveLength(1000);
    expect(new Set(seen).size).toBe(1000);
    const open: string[] = [];
    for await (const page of iterateItems(db, { status: 'open', category: 'other' }, 100)) open.push(...page.items.map((r) => r.id));
    expect(new Set(open).size).toBe(1000);
  });

  it('iterates every matching item in pages for export', async () => {
    const db = await seed();
    const pages = [];
    for await (const p of iterateItems(db, {}, 2)) pages.push(p);
    expect(pages.map((p) => [p.done, p.total])).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('dashboard queries over many candidates', () => {
  it('every filter, page by page, equals filtering and sorting all items (few and many matching candidates)', async () => {
    const db = freshDb();
    const owners = ['HR', 'Tanaka', 'Ito'];
    const stages = ['interview_1', 'final_interview'] as const;
    const candidates = Array.from({ length: 150 }, (_, k) => ({
      id: `cand:${k}`,
      name: `C${k}`,
      email: `${k}@example.com`,
      position: '',
      // Owner Ito has 5 candidates (read by their books), HR and Tanaka many (read by the newest-first walk).
      owner: k % 30 === 0 ? 'Ito' : owners[k % 2]!,
      stage: stages[k % 2]!,
      nextInterviewAt: null,
      lastCandidateContactAt: null,
      lastRecruiterContactAt: null,
      createdAt: 0,
      updatedAt: 0,
    }));
    await db.candidates.bulkPut(candidates);
    const statuses = ['open', 'deferred', 'answered_now'] as const;
    const items: Item[] = Array.from({ length: 1500 }, (_, i) => ({
      id: `i${i}`,
      candidateId: `cand:${(i * 7) % 150}`,
      threadId: null,
      messageId: null,
      kind: 'question',
      category: i % 4 === 0 ? 'career' : 'other',
      text: `q${i}`,
      start: null,
      end: null,
      status: statuses[i % 3]!,
      source: 'manual',
      // Many equal dates, so ties between books are exercised too.
      at: 1_000_000 + ((i * 37) % 400) * 1000,
      createdAt: 0,
      updatedAt: 0,
    }));
    await putItems(db, items);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const filters: ItemFilter[] = [
      {},
      { status: 'deferred' },
      { category: 'career' },
      { status: 'open', category: 'career' },
      { owner: 'Ito' },
      { owner: 'HR' },
      { stage: 'final_interview' },
      { owner: 'Tanaka', status: 'deferred' },
      { owner: 'Ito', category: 'career' },
      { stage: 'interview_1', category: 'career' },
    ];
    for (const f of filters) {
      const expected = items
        .filter((i) => {
          const c = byId.get(i.candidateId)!;
          return (!f.owner || c.owner === f.owner) && (!f.stage || c.stage === f.stage) && (!f.status || i.status === f.status) && (!f.category || i.category === f.category);
        })
        .sort(newestFirst)
        .map((i) => i.id);
      const got: string[] = [];
      for (let offset = 0; ; offset += 40) {
        const page = await queryItems(db, f, { offset, limit: 40 });
        got.push(...page.rows.map((r) => r.id));
        if (!page.hasMore) break;
      }
      expect(got, JSON.stringify(f)).toEqual(expected);
      expect(await countItems(db, f), JSON.stringify(f)).toBe(expected.length);
    }
    db.close();
  });
});
