// Issue 15 point 2: thread links are https on the mail hosts, in the schemas, the import and at click time.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onNotificationClick } from '../../lib/background/reminders';
import { addInterview } from '../../lib/db/edits';
import { importBackupText } from '../../lib/db/export-import';
import { ingestThread } from '../../lib/db/ingest-thread';
import { createBackup, serializeBackup, type BackupTables } from '../../lib/export/backup-format';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { settingsSchema, threadRecordSchema } from '../../lib/records';
import { alarmName } from '../../lib/schedule/alarm-plan';
import { isMailThreadUrl } from '../../lib/thread-url';
import { dump } from '../export/helpers';
import { freshDb, threadOpenRequest } from '../helpers/db';

const HOSTILE = [
  'data:text/html,<script>alert(1)</script>',
  'http://mail.google.com/mail/u/0/#inbox/x',
  'file:///etc/passwd',
  'chrome://settings',
  'javascript:alert(1)',
  'https://evil.example/mail.google.com',
  'https://mail.google.com.evil.example/mail',
  'https://user:pw@mail.google.com/mail',
  'https://mail.google.com:8443/mail',
  'chrome-extension://abc/dashboard.html',
  'ftp://outlook.office.com/',
  ' https://mail.google.com/mail',
];
const GOOD = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
  'https://outlook.office.com/mail/inbox/id/AAQk',
  'https://outlook.office365.com/mail/id/AAQk',
  'https://outlook.live.com/mail/0/inbox/id/AAQk',
  'https://outlook.cloud.microsoft/mail/inbox/id/AAQk',
  'https://MAIL.GOOGLE.COM/mail/u/0/',
];

describe('thread URL validation', () => {
  it.each(HOSTILE)('refuses %s', (url) => {
    expect(isMailThreadUrl(url)).toBe(false);
    expect(threadOpenSchema.safeParse({ ...threadOpenRequest(), url }).success).toBe(false);
    expect(threadRecordSchema.safeParse({ id: 'gmail:t', site: 'gmail', candidateId: null, subject: '', language: 'en', mark: 'auto', lastSeenAt: Date.UTC(2026, 0, 1), url }).success).toBe(false);
  });
  it.each(GOOD)('accepts %s', (url) => {
    expect(isMailThreadUrl(url)).toBe(true);
    expect(threadOpenSchema.safeParse({ ...threadOpenRequest(), url }).success).toBe(true);
  });

  it('the survey URL is https only', () => {
    expect(settingsSchema.safeParse({ surveyUrl: 'http://example.com/s' }).success).toBe(false);
    expect(settingsSchema.safeParse({ surveyUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(settingsSchema.safeParse({ surveyUrl: 'https://forms.example.com/s' }).success).toBe(true);
    expect(settingsSchema.safeParse({ surveyUrl: '' }).success).toBe(true);
  });

  it('a backup with a data: thread URL is refused whole, naming the row, and writes nothing', async () => {
    const db = freshDb();
    const tables: BackupTables = {
      candidates: [],
      threads: [{ id: 'gmail:t1', site: 'gmail', candidateId: null, subject: '', language: 'en', mark: 'unmarked', lastSeenAt: Date.UTC(2026, 0, 1), url: 'data:text/html,x' }],
      messages: [],
      items: [],
      events: [],
      interviews: [],
      templates: [],
    };
    const result = await importBackupText(db, serializeBackup(createBackup(tables, { redacted: false })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^tables\.threads\[0\]\.url: /);
    expect(Object.values(await dump(db)).every((rows) => rows.length === 0)).toBe(true);
  });

  it('a reminder click never opens a stored non-mail URL, even one written before these checks', async () => {
    const db = freshDb();
    const at = Date.now() - 72 * 3_600_000;
    const state = await ingestThread(db, threadOpenSchema.parse(threadOpenRequest({ url: 'https://mail.google.com/mail/u/0/#inbox/x' })), at - 3_600_000);
    // A row written by an older release or straight into IndexedDB.
    await db.threads.update(state.thread!.id, { url: 'javascript:alert(1)' });
    const iv = await addInterview(db, { candidateId: state.candidate!.id, at, stage: 'interview_1', interviewers: [] }, at - 1000);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onNotificationClick(db, alarmName({ kind: 'post_interview_follow_up', refId: iv.id }));
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0]![0].url).not.toMatch(/javascript/);
    expect(create.mock.calls[0]![0].url).toMatch(/dashboard\.html$/);
  });
});
