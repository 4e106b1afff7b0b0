// Issue 15 point 8: retention covers every table, and a purged item stays purged.
import { Dexie } from 'dexie';
import { openDb, SCHEMA_V5 } from '../../lib/db/database';
import { addInterview, recordEvent } from '../../lib/db/edits';
import { ingestThread } from '../../lib/db/ingest-thread';
import { allItems } from '../../lib/db/item-store';
import { countExpired, logDiagnostic, purgeExpired } from '../../lib/db/maintenance';
import { updateSettings } from '../../lib/db/settings';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { freshDb, threadOpenRequest } from '../helpers/db';

const DAY = 86_400_000;
const NOW = Date.now();
const OLD = NOW - 400 * DAY;

async function oldCandidate() {
  const db = freshDb();
  await updateSettings(db, { retentionDays: 30 });
  const base = threadOpenRequest({ url: 'https://mail.google.com/mail/u/0/#inbox/old' });
  // One dated mail and one without a date, all read 400 days ago.
  const req = { ...base, messages: [{ ...base.messages[0]!, at: OLD }, { ...base.messages[0]!, id: 'msg-undated', at: null, items: [{ ...base.messages[0]!.items[0]!, text: '日付のないメールの質問ですか？' }] }] };
  const state = await ingestThread(db, threadOpenSchema.parse(req), OLD);
  await addInterview(db, { candidateId: state.candidate!.id, at: OLD + DAY, stage: 'interview_1', interviewers: [] }, OLD);
  await recordEvent(db, { candidateId: state.candidate!.id, threadId: null, kind: 'follow_up_sent', detail: {} }, OLD + DAY);
  await logDiagnostic(db, { at: OLD, site: 'gmail', selector: 'x', outline: 'div' });
  return { db, req };
}

describe('retention', () => {
  it('purges every table: undated messages, threads (subject, URL), candidates, interviews, diagnostics', async () => {
    const { db } = await oldCandidate();
    const counted = await countExpired(db, 30, NOW);
    const purged = await purgeExpired(db, NOW);
    expect(purged).toBe(counted);
    for (const table of ['candidates', 'threads', 'messages', 'itemBooks', 'itemDigests', 'events', 'interviews', 'diagnostics']) {
      expect(await db.table(table).count(), table).toBe(0);
    }
  });

  it('re-reading an old thread after the purge brings nothing back (tombstones by key)', async () => {
    const { db, req } = await oldCandidate();
    await purgeExpired(db, NOW);
    await ingestThread(db, threadOpenSchema.parse(req), NOW);
    expect(await allItems(db)).toEqual([]);
    expect(await db.messages.count()).toBe(0);
    // Even a mail without a date, whose items were first seen long ago.
    await ingestThread(db, threadOpenSchema.parse({ ...req, messages: [req.messages[1]!] }), NOW);
    expect(await allItems(db)).toEqual([]);
  });

  it('keeps what is recent, and the "not a candidate" marks (they hold no text)', async () => {
    const db = freshDb();
    await updateSettings(db, { retentionDays: 30 });
    await ingestThread(db, threadOpenSchema.parse(threadOpenRequest({ messages: [{ ...threadOpenRequest().messages[0]!, at: NOW - DAY }] })), NOW - DAY);
    await ingestThread(db, threadOpenSchema.parse(threadOpenRequest({ threadId: 'unmarked', markAs: 'not_candidate' })), OLD);
    await purgeExpired(db, NOW);
    expect(await db.candidates.count()).toBe(1);
    expect((await allItems(db)).length).toBe(2);
    expect((await db.threads.toArray()).map((t) => t.mark).sort()).toEqual(['auto', 'unmarked']);
  });

  it('a version 5 database opens at the current version (6: seenAt index, tombstones) with every row', async () => {
    const name = `migrate-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    await v5.table('messages').put({ id: 'gmail:m', threadId: 'gmail:t', candidateId: 'cand:a', at: null, fromCandidate: true, declineLevel: 'none', declinePhrases: [], seenAt: OLD });
    v5.close();
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.messages.count()).toBe(1);
    expect(await db.tombstones.count()).toBe(0);
    db.close();
  });
});
