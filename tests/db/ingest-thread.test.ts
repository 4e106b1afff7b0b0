import { updateItem } from '../../lib/db/edits';
import { ingestThread } from '../../lib/db/ingest-thread';
import { deleteCandidate, deleteEverything } from '../../lib/db/maintenance';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { freshDb, threadOpenRequest } from '../helpers/db';
import { countAllItems, itemsOfCandidate } from '../../lib/db/item-store';

const req = (over = {}) => threadOpenSchema.parse(threadOpenRequest(over));

describe('ingestThread', () => {
  it('creates the candidate from the thread on the first visit', async () => {
    const db = freshDb();
    const state = await ingestThread(db, req(), 1000);
    expect(state).toMatchObject({ status: 'candidate', reason: 'detected' });
    expect(state.candidate).toMatchObject({
      id: 'cand:taro.yamada@example.jp',
      name: '山田 太郎',
      stage: 'applied',
      lastCandidateContactAt: Date.UTC(2026, 10, 20, 1),
      lastRecruiterContactAt: Date.UTC(2026, 10, 21, 1),
    });
    expect(state.items).toHaveLength(2);
    expect(state.items[0]!.id).toMatch(/^gmail:msg-1:question:[0-9a-f]{8,16}:0$/);
    expect(state.items[0]!).toMatchObject({ start: 10, end: 30 });
  });

  it('opening the same thread twice, or in two tabs at once, creates no duplicates', async () => {
    const db = freshDb();
    await ingestThread(db, req());
    await Promise.all([ingestThread(db, req()), ingestThread(db, req()), ingestThread(db, req())]);
    expect(await countAllItems(db)).toBe(2);
    expect(await db.candidates.count()).toBe(1);
    expect(await db.threads.count()).toBe(1);
    expect(await db.messages.count()).toBe(2);
  });

  it('recognises the same sentence when the page renders the mail with shifted offsets', async () => {
    const db = freshDb();
    await ingestThread(db, req());
    const base = threadOpenRequest();
    const shifted = base.messages[0]!.items.map((i) => ({ ...i, start: i.start + 7, end: i.end + 7 }));
    await ingestThread(db, req({ messages: [{ ...base.messages[0]!, items: shifted }] }));
    expect(await countAllItems(db)).toBe(2);
  });

  it('keeps the same sentence written twice in one mail as two items', async () => {
    const db = freshDb();
    const base = threadOpenRequest();
    const q = base.messages[0]!.items[0]!;
    await ingestThread(db, req({ messages: [{ ...base.messages[0]!, items: [q, { ...q, start: 100, end: 120 }] }] }));
    expect(await countAllItems(db)).toBe(2);
  });

  it('keeps the recruiter’s status and dismissals when the thread is read again', async () => {
    const db = freshDb();
    const first = await ingestThread(db, req());
    await updateItem(db, { id: first.items[0]!.id, candidateId: first.candidate!.id, status: 'dismissed' });
    await updateItem(db, { id: first.items[1]!.id, candidateId: first.candidate!.id, status: 'deferred', category: 'career' });
    const again = await ingestThread(db, req());
    expect(again.items.map((i) => [i.status, i.category])).toEqual([
      ['dismissed', 'workstyle'],
      ['deferred', 'career'],
    ]);
  });

  it('stores nothing for a thread that is not a candidate thread', async () => {
    const db = freshDb();
    const state = await ingestThread(db, req({ detected: false }));
    expect(state).toMatchObject({ status: 'not_candidate', reason: 'not_detected' });
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });

  it('a known candidate address makes any thread of theirs a candidate thread', async () => {
    const db = freshDb();
    await ingestThread(db, req());
    const other = await ingestThread(db, req({ threadId: 'thread-2', detected: false, messages: [] }));
    expect(other).toMatchObject({ status: 'candidate', reason: 'known_candidate' });
  });

  it('a manual mark stores an undetected thread; unmarking removes its items and sticks', async () => {
    const db = freshDb();
    const marked = await ingestThread(db, req({ detected: false, markAs: 'candidate' }));
    expect(marked).toMatchObject({ status: 'candidate', reason: 'marked' });
    expect(await countAllItems(db)).toBe(2);
    const unmarked = await ingestThread(db, req({ markAs: 'not_candidate' }));
    expect(unmarked).toMatchObject({ status: 'not_candidate', reason: 'unmarked' });
    expect(await countAllItems(db)).toBe(0);
    const reopened = await ingestThread(db, req());
    expect(reopened.reason).toBe('unmarked');
    expect(await countAllItems(db)).toBe(0);
  });

  it('does not log items from the recruiter’s own messages', async () => {
    const db = freshDb();
    const base = threadOpenRequest();
    const own = { ...base.messages[0]!, fromCandidate: false };
    await ingestThread(db, req({ messages: [own] }));
    expect(await countAllItems(db)).toBe(0);
  });

  it('deletes one candidate with all their data, or everything', async () => {
    const db = freshDb();
    await ingestThread(db, req());
    await ingestThread(db, req({ threadId: 't9', counterpart: { name: 'B', email: 'b@example.com' } }));
    expect(await deleteCandidate(db, 'cand:taro.yamada@example.jp')).toBeGreaterThan(3);
    expect(await db.candidates.toCollection().primaryKeys()).toEqual(['cand:b@example.com']);
    expect((await itemsOfCandidate(db, 'cand:taro.yamada@example.jp')).length).toBe(0);
    await deleteEverything(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });

  it('logs 10,000 items in one batch', async () => {
    const db = freshDb();
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      kind: 'question' as const,
      category: 'other' as const,
      text: `質問 ${i}`,
      start: i * 10,
      end: i * 10 + 5,
    }));
    const base = threadOpenRequest();
    const big = threadOpenSchema.parse({ ...base, messages: [{ ...base.messages[0]!, items: items.slice(0, 500) }] });
    // The protocol caps one message at 500 items; 20 messages of 500 make the batch.
    big.messages = Array.from({ length: 20 }, (_, m) => ({ ...big.messages[0]!, id: `m${m}`, items: items.slice(m * 500, m * 500 + 500) }));
    await ingestThread(db, big);
    expect(await countAllItems(db)).toBe(10_000);
  });
});
