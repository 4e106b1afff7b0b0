import { addInterview, recordEvent } from '../../lib/db/edits';
import { loadDueItems } from '../../lib/db/due-items';
import { ingestThread } from '../../lib/db/ingest-thread';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { freshDb, threadOpenRequest } from '../helpers/db';

const H = 3_600_000;
const interviewAt = Date.UTC(2026, 10, 18, 1);
const candidateMail = threadOpenRequest().messages[0]!;
/** The thread as read after the recruiter replied at `at` (fromUser: the signed-in user sent it). */
const withReply = (id: string, at: number) =>
  threadOpenSchema.parse(
    threadOpenRequest({ messages: [candidateMail, { id, at, fromCandidate: false, fromUser: true, declineLevel: 'none', declinePhrases: [], items: [] }] }),
  );
const CANDIDATE = 'cand:taro.yamada@example.jp';

describe('mails the user sent in the thread', () => {
  it('a reply sent without the sidebar discharges the post-interview follow-up, logged once however often the thread is read', async () => {
    const db = freshDb();
    await ingestThread(db, threadOpenSchema.parse(threadOpenRequest()), interviewAt - H);
    await addInterview(db, { candidateId: CANDIDATE, at: interviewAt, stage: 'interview_1', interviewers: ['Tanaka'] }, interviewAt - H);
    const now = interviewAt + 3 * 24 * H;
    expect((await loadDueItems(db, now, CANDIDATE)).find((d) => d.kind === 'post_interview_follow_up')).toMatchObject({ done: false, overdue: true });

    await ingestThread(db, withReply('reply-1', interviewAt + 5 * H), now);
    await ingestThread(db, withReply('reply-1', interviewAt + 5 * H), now);
    const sent = (await db.events.toArray()).filter((e) => e.kind === 'mail_sent');
    expect(sent).toEqual([
      { id: 'mail_sent:gmail:reply-1', candidateId: CANDIDATE, threadId: 'gmail:thread-1', kind: 'mail_sent', at: interviewAt + 5 * H, detail: { messageId: 'gmail:reply-1' } },
    ]);
    expect((await loadDueItems(db, now, CANDIDATE)).find((d) => d.kind === 'post_interview_follow_up')).toMatchObject({ done: true });
  });

  it('links a sent mail to the sidebar insertion just before it (one piece of work), but not to one days older', async () => {
    const db = freshDb();
    await ingestThread(db, threadOpenSchema.parse(threadOpenRequest()), interviewAt);
    const base = { candidateId: CANDIDATE, threadId: 'gmail:thread-1', detail: { insertedAs: 'compose' } };
    const old = await recordEvent(db, { ...base, kind: 'follow_up_sent', at: interviewAt });
    const fresh = await recordEvent(db, { ...base, kind: 'follow_up_sent', at: interviewAt + 3 * 24 * H });
    // Shown to the minute, the mail can read as sent a moment before the insertion was logged.
    await ingestThread(db, withReply('reply-2', interviewAt + 3 * 24 * H - 30_000), interviewAt + 4 * 24 * H);
    const mail = await db.events.get('mail_sent:gmail:reply-2');
    expect(mail?.detail).toEqual({ messageId: 'gmail:reply-2', insertion: fresh.id });
    expect(mail?.detail.insertion).not.toBe(old.id);
  });

  it('mails from others in the thread (not the candidate, not the user) are not the user\'s replies', async () => {
    const db = freshDb();
    const colleague = threadOpenSchema.parse(
      threadOpenRequest({ messages: [candidateMail, { id: 'cc-1', at: interviewAt + H, fromCandidate: false, fromUser: false, declineLevel: 'none', declinePhrases: [], items: [] }] }),
    );
    await ingestThread(db, colleague, interviewAt + 2 * H);
    expect((await db.events.toArray()).filter((e) => e.kind === 'mail_sent')).toEqual([]);
  });
});
