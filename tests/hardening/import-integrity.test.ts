// Issue 15 point 10: a backup whose rows point to missing candidates, or that moves a built-in
// template, is refused whole, naming the row; nothing is written.
import { importBackupText } from '../../lib/db/export-import';
import { createBackup, serializeBackup, type BackupTables } from '../../lib/export/backup-format';
import type { Candidate } from '../../lib/records';
import { getBuiltinTemplate } from '../../lib/templates/builtin';
import { dump } from '../export/helpers';
import { freshDb } from '../helpers/db';

const T = Date.UTC(2026, 10, 20);
const cand = (id: string): Candidate => ({
  id, name: 'A', email: id.slice(5), position: '', stage: 'applied', owner: 'HR', nextInterviewAt: null,
  lastCandidateContactAt: null, lastRecruiterContactAt: null, createdAt: T, updatedAt: T,
});
const tables = (over: Partial<BackupTables>): BackupTables => ({
  candidates: [cand('cand:a@example.jp')], threads: [], messages: [], items: [], events: [], interviews: [], templates: [], ...over,
});
const file = (t: BackupTables) => serializeBackup(createBackup(t, { redacted: false }));
const item = { id: 'i1', threadId: null, messageId: null, kind: 'question', category: 'other', text: 'x', start: null, end: null, status: 'open', source: 'manual', at: T, createdAt: T, updatedAt: T } as const;

async function expectRefused(t: BackupTables, error: RegExp) {
  const db = freshDb();
  const before = await dump(db);
  const result = await importBackupText(db, file(t));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(error);
  expect(await dump(db)).toEqual(before);
}

describe('import integrity', () => {
  it.each([
    ['items', { items: [{ ...item, candidateId: 'cand:ghost@example.jp' }] }, /^tables\.items\[0\]\.candidateId: .*cand:ghost@example\.jp/],
    ['events', { events: [{ id: 'e1', candidateId: 'cand:ghost@example.jp', threadId: null, kind: 'follow_up_done', at: T, detail: {} }] }, /^tables\.events\[0\]\.candidateId/],
    ['interviews', { interviews: [{ id: 'iv1', candidateId: 'cand:ghost@example.jp', at: T, stage: 'interview_1', interviewers: [], durationMinutes: 60 }] }, /^tables\.interviews\[0\]\.candidateId/],
    ['messages', { messages: [{ id: 'm1', threadId: 'gmail:t', candidateId: 'cand:ghost@example.jp', at: T, fromCandidate: true, declineLevel: 'none', declinePhrases: [], seenAt: T }] }, /^tables\.messages\[0\]\.candidateId/],
    ['threads', { threads: [{ id: 'gmail:t', site: 'gmail', candidateId: 'cand:ghost@example.jp', subject: '', language: 'en', mark: 'auto', lastSeenAt: T, url: '' }] }, /^tables\.threads\[0\]\.candidateId/],
  ] as const)('refuses %s that point to a candidate neither in the file nor in this browser', async (_name, over, error) => {
    await expectRefused(tables(over as unknown as Partial<BackupTables>), error);
  });

  it('accepts a row whose candidate is already in this browser', async () => {
    const db = freshDb();
    await db.candidates.put(cand('cand:known@example.jp'));
    const result = await importBackupText(db, file(tables({ items: [{ ...item, candidateId: 'cand:known@example.jp' }] })));
    expect(result.ok).toBe(true);
  });

  it('refuses a built-in template moved to another moment (as the template import does)', async () => {
    const shipped = getBuiltinTemplate('after_interview', 'ja');
    await expectRefused(tables({ templates: [{ ...shipped, builtin: false, moment: 'offer_follow_up' }] }), /^tables\.templates\[0\]\.moment: /);
    await expectRefused(tables({ templates: [{ ...shipped, builtin: false, language: 'en' }] }), /^tables\.templates\[0\]\.language: /);
  });
});
