import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onAlarm, refreshReminders, TICK_ALARM } from '../../lib/background/reminders';
import { addInterview, recordEvent } from '../../lib/db/edits';
import { ingestThread } from '../../lib/db/ingest-thread';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { freshDb, threadOpenRequest } from '../helpers/db';
import { countAllItems } from '../../lib/db/item-store';

// Wednesday 2026-11-25 10:00 in Tokyo.
const now = Date.UTC(2026, 10, 25, 1);
const HOUR = 3_600_000;

async function candidateWithInterview(interviewAt: number) {
  const db = freshDb();
  const req = threadOpenRequest({
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    // No decline hint: only the interview's follow-ups are due.
    messages: [{ ...threadOpenRequest().messages[0]!, declineLevel: 'none', declinePhrases: [], at: interviewAt - 48 * HOUR }],
  });
  const state = await ingestThread(db, threadOpenSchema.parse(req), interviewAt - 48 * HOUR);
  await addInterview(db, { candidateId: state.candidate!.id, at: interviewAt, stage: 'interview_1', interviewers: ['Tanaka'] }, interviewAt - 24 * HOUR);
  return { db, candidateId: state.candidate!.id };
}

describe('follow-up reminders in the background', () => {
  it('badges the overdue follow-ups of an interview two days ago', async () => {
    // Monday 14:00 Tokyo: the follow-up was due by Tuesday's end; the interviewer's notes by Monday's end.
    const { db } = await candidateWithInterview(Date.UTC(2026, 10, 23, 5));
    const result = await refreshReminders(db, now);
    expect(result.overdue).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('clears the badge once the follow-up is sent and the notes are done', async () => {
    const { db, candidateId } = await candidateWithInterview(Date.UTC(2026, 10, 23, 5));
    await recordEvent(db, { candidateId, threadId: null, kind: 'follow_up_sent', detail: {} }, now - HOUR);
    expect((await refreshReminders(db, now)).overdue).toBe(1);
    const iv = (await db.interviews.toArray())[0]!;
    await recordEvent(db, { candidateId, threadId: null, kind: 'follow_up_done', detail: { refId: `interviewer_notes:${iv.id}` } }, now - HOUR);
    expect((await refreshReminders(db, now)).overdue).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('plans one alarm per due item and none twice after a service-worker restart', async () => {
    // Interview tomorrow: its follow-up and notes are in the future, so alarms are planned.
    const { db } = await candidateWithInterview(now + 24 * HOUR);
    await refreshReminders(db, now);
    const first = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(first).toContain(TICK_ALARM);
    expect(first.filter((n) => n.startsWith('due:'))).toHaveLength(2);
    // A restart: the worker plans again from Dexie.
    await refreshReminders(db, now + 1000);
    const second = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(second).toEqual(first);
    expect(new Set(second).size).toBe(second.length);
  });

  it('notifies when an alarm fires for an item still due', async () => {
    const { db } = await candidateWithInterview(Date.UTC(2026, 10, 23, 5));
    const create = vi.fn(async () => 'id');
    fakeBrowser.notifications.create = create as never;
    const iv = (await db.interviews.toArray())[0]!;
    await onAlarm(db, `due:post_interview_follow_up:${iv.id}`, now);
    expect(create).toHaveBeenCalledWith(
      `due:post_interview_follow_up:${iv.id}`,
      expect.objectContaining({ title: 'Post-interview follow-up', message: '山田 太郎', buttons: [{ title: expect.any(String) }] }),
    );
  });

  it('notifies without the snooze button in the Firefox build (Firefox rejects notifications with buttons)', async () => {
    vi.stubEnv('FIREFOX', true as never);
    try {
      const { db } = await candidateWithInterview(Date.UTC(2026, 10, 23, 5));
      const create = vi.fn(async () => 'id');
      fakeBrowser.notifications.create = create as never;
      const iv = (await db.interviews.toArray())[0]!;
      await onAlarm(db, `due:post_interview_follow_up:${iv.id}`, now);
      expect(create).toHaveBeenCalledTimes(1);
      expect((create.mock.calls[0] as unknown as [string, object])[1]).not.toHaveProperty('buttons');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('retention on the tick', () => {
  it('forgets items older than the retention period when the periodic alarm fires', async () => {
    const { db } = await candidateWithInterview(Date.UTC(2026, 10, 23, 5));
    expect(await countAllItems(db)).toBe(2);
    await db.settings.put({ key: 'settings', value: { keepItemText: true, retentionDays: 1, recruiterName: '', company: '', surveyUrl: '' } });
    await onAlarm(db, TICK_ALARM, now);
    expect(await countAllItems(db)).toBe(0);
  });
});
