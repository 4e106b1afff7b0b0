// @vitest-environment happy-dom
// Issue 15 point 3: every date is bounded in every schema; a view that still throws shows a
// localised error with Retry and "Copy diagnostics".
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import ja from '../../public/_locales/ja/messages.json';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { importBackupText } from '../../lib/db/export-import';
import { createBackup, serializeBackup, type BackupTables } from '../../lib/export/backup-format';
import { itemCsvRow } from '../../lib/export/csv-tables';
import { compareVersions } from '../../lib/export/merge';
import { formatDateTime, setMessageSourceForTests } from '../../lib/platform/i18n';
import { protocol, threadOpenSchema } from '../../lib/messages/protocol';
import { candidateSchema, eventSchema, interviewSchema, itemSchema, messageRecordSchema, threadRecordSchema, type Candidate, type Item } from '../../lib/records';
import { dueItemSchema } from '../../lib/schedule/due';
import { templateSchema } from '../../lib/templates/schema';
import { getBuiltinTemplate } from '../../lib/templates/builtin';
import { readThread } from '../../lib/thread-reading';
import { dump } from '../export/helpers';
import { freshDb, threadOpenRequest } from '../helpers/db';

const NOW = Date.now();
const DAY = 86_400_000;
const TOO_BIG = [8.64e15 + 1, 2 ** 53 - 1, 1e300];
const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  id: 'cand:a@example.jp', name: 'A', email: 'a@example.jp', position: '', stage: 'applied', owner: 'HR',
  nextInterviewAt: null, lastCandidateContactAt: null, lastRecruiterContactAt: null, createdAt: NOW - DAY, updatedAt: NOW - DAY, ...over,
});
const item = (over: Partial<Item> = {}): Item => ({
  id: 'i1', candidateId: 'cand:a@example.jp', threadId: null, messageId: null, kind: 'question', category: 'other', text: 'x',
  start: null, end: null, status: 'open', source: 'manual', at: NOW - DAY, createdAt: NOW - DAY, updatedAt: NOW - DAY, ...over,
});
const empty = (): BackupTables => ({ candidates: [], threads: [], messages: [], items: [], events: [], interviews: [], templates: [] });

afterEach(() => {
  cleanup();
  setMessageSourceForTests(null);
});

describe('bounded dates', () => {
  it.each(TOO_BIG)('%d is refused by every stored schema', (ms) => {
    expect(candidateSchema.safeParse(candidate({ updatedAt: ms })).success).toBe(false);
    expect(candidateSchema.safeParse(candidate({ nextInterviewAt: ms })).success).toBe(false);
    expect(itemSchema.safeParse(item({ at: ms })).success).toBe(false);
    expect(itemSchema.safeParse(item({ updatedAt: ms })).success).toBe(false);
    expect(eventSchema.safeParse({ id: 'e', candidateId: 'c', threadId: null, kind: 'mail_sent', at: ms, detail: {} }).success).toBe(false);
    expect(messageRecordSchema.safeParse({ id: 'm', threadId: 't', candidateId: 'c', at: ms, fromCandidate: true, declineLevel: 'none', declinePhrases: [], seenAt: NOW }).success).toBe(false);
    expect(threadRecordSchema.safeParse({ id: 't', site: 'gmail', candidateId: null, subject: '', language: 'en', mark: 'auto', lastSeenAt: ms }).success).toBe(false);
    expect(interviewSchema.safeParse({ id: 'iv', candidateId: 'c', at: ms, stage: 'interview_1' }).success).toBe(false);
    expect(dueItemSchema.safeParse({ kind: 'gap_reminder', candidateId: 'c', refId: 'r', triggerAt: NOW, dueAt: ms, overdue: false, done: false }).success).toBe(false);
    expect(protocol['interview.add'].request.safeParse({ candidateId: 'c', at: ms, stage: 'interview_1', interviewers: [] }).success).toBe(false);
    expect(protocol['event.record'].request.safeParse({ candidateId: 'c', threadId: null, kind: 'follow_up_done', at: ms, detail: {} }).success).toBe(false);
    const req = threadOpenRequest();
    expect(threadOpenSchema.safeParse({ ...req, messages: [{ ...req.messages[0]!, at: ms }] }).success).toBe(false);
  });

  it('event times: 2000-01-01 to five years ahead; edit clocks: no later than a day ahead', () => {
    expect(itemSchema.safeParse(item({ at: Date.UTC(1999, 11, 31) })).success).toBe(false);
    expect(itemSchema.safeParse(item({ at: Date.UTC(2000, 0, 1) })).success).toBe(true);
    expect(interviewSchema.safeParse({ id: 'iv', candidateId: 'c', at: NOW + 4 * 365 * DAY, stage: 'interview_1' }).success).toBe(true);
    expect(interviewSchema.safeParse({ id: 'iv', candidateId: 'c', at: NOW + 6 * 365 * DAY, stage: 'interview_1' }).success).toBe(false);
    expect(candidateSchema.safeParse(candidate({ updatedAt: NOW + DAY / 2 })).success).toBe(true);
    expect(candidateSchema.safeParse(candidate({ updatedAt: NOW + 2 * DAY })).success).toBe(false);
    const tpl = getBuiltinTemplate('after_interview', 'en');
    expect(templateSchema.safeParse({ ...tpl, builtin: false, updatedAt: '+275760-09-13T00:00:00.000Z' }).success).toBe(false);
    expect(templateSchema.safeParse({ ...tpl, builtin: false, updatedAt: new Date(NOW + 30 * DAY).toISOString() }).success).toBe(false);
  });

  it('a backup whose edit clock is 2^53−1 is refused whole, naming the row, and cannot win a merge', async () => {
    const db = freshDb();
    const tables = { ...empty(), candidates: [candidate({ updatedAt: 2 ** 53 - 1 })] };
    const result = await importBackupText(db, serializeBackup(createBackup(tables, { redacted: false })));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/^tables\.candidates\[0\]\.updatedAt: /);
    expect((await dump(db)).candidates).toEqual([]);
    // The merge order itself is unchanged: bounded clocks are what keep it fair.
    expect(compareVersions('candidates', candidate({ updatedAt: NOW }), candidate({ updatedAt: NOW - 1 }))).toBeGreaterThan(0);
  });

  it('a mail date out of range reads as "no date" instead of making the whole thread invalid', () => {
    const reading = readThread(
      'gmail',
      {
        id: 't1',
        subject: 'Interview',
        participants: [],
        messages: [{ id: 'm1', sender: { name: 'A', email: 'a@example.jp' }, recipients: [], date: '+275760-09-13T00:00:00.000Z', expanded: true, text: 'How many days of remote work are possible?', segments: [] }],
      },
      { name: 'Me', email: 'me@example.com' },
    );
    expect(reading.request.messages[0]!.at).toBeNull();
    expect(threadOpenSchema.safeParse(reading.request).success).toBe(true);
  });

  it('CSV rows and date formatting never throw on a date from an older release', () => {
    expect(() => itemCsvRow(item({ at: 8.64e15 + 1 }), undefined)).not.toThrow();
    expect(() => formatDateTime(2 ** 53 - 1)).not.toThrow();
  });
});

function Bomb({ label }: { label: string }) {
  const [fail] = useState(() => (globalThis as { bomb?: boolean }).bomb === true);
  if (fail) throw new RangeError('Invalid time value');
  return <p>{label}</p>;
}

describe('ErrorBoundary', () => {
  it('shows a localised message, retries, and copies diagnostics', async () => {
    const copy = vi.fn(async (_text: string) => {});
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    (globalThis as { bomb?: boolean }).bomb = true;
    render(
      <ErrorBoundary context="dashboard 0.1.0" copy={copy}>
        <Bomb label="recovered" />
      </ErrorBoundary>,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on this page.');
    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(copy).toHaveBeenCalledOnce();
    expect(copy.mock.calls[0]![0]).toContain('RangeError: Invalid time value');
    expect(copy.mock.calls[0]![0]).toContain('dashboard 0.1.0');
    expect(await screen.findByText('Diagnostics copied.')).toBeTruthy();
    (globalThis as { bomb?: boolean }).bomb = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeTruthy();
    spy.mockRestore();
  });

  it('speaks Japanese in a Japanese browser', () => {
    setMessageSourceForTests((k) => (ja as Record<string, { message: string }>)[k]?.message ?? '');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    (globalThis as { bomb?: boolean }).bomb = true;
    render(
      <ErrorBoundary context="options" copy={async () => {}}>
        <Bomb label="x" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('このページでエラーが発生しました。');
    expect(screen.getByRole('button', { name: '診断情報をコピー' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '再試行' })).toBeTruthy();
    (globalThis as { bomb?: boolean }).bomb = false;
    spy.mockRestore();
  });
});
