import fc from 'fast-check';
import { exportBackup } from '../../lib/db/export-import';
import { serializeBackup, type BackupTables } from '../../lib/export/backup-format';
import { parseBackup } from '../../lib/export/parse-backup';
import { pseudonymEmail, pseudonymName, redactCandidateId } from '../../lib/export/pseudonym';
import { redactTables } from '../../lib/export/redact';
import { freshDb } from '../helpers/db';
import { tablesArb } from './arbitraries';
import { seed } from './helpers';

/** Every personal or free-text field carries a marker; addresses are all @leak.example. */
const mark = (s: string) => `SECRET${s}秘密`;
const secretTables: fc.Arbitrary<BackupTables> = tablesArb.map((t) => ({
  ...t,
  candidates: t.candidates.map((c) => ({ ...c, name: mark(c.name), position: mark(c.position), owner: c.owner === 'HR' ? 'HR' : mark(c.owner) })),
  threads: t.threads.map((x) => ({ ...x, subject: mark(x.subject), url: x.url && `${x.url}?login_hint=secret@leak.example` })),
  messages: t.messages.map((m) => ({ ...m, declinePhrases: m.declinePhrases.map(mark) })),
  items: t.items.map((i) => ({ ...i, text: mark(i.text) })),
  events: t.events.map((e) => ({ ...e, detail: { ...e.detail, note: mark('note') } })),
  interviews: t.interviews.map((iv) => ({ ...iv, interviewers: iv.interviewers.map((p) => (p === 'HR' ? p : mark(p))) })),
  templates: t.templates.map((x) => (x.builtin ? x : { ...x, body: mark(x.body) })),
  settings: t.settings && { ...t.settings, recruiterName: mark('recruiter'), company: mark('co') },
}));

describe('redacted export', () => {
  it('leaves no name, address or free text anywhere, and stays a valid backup', async () => {
    await fc.assert(
      fc.asyncProperty(secretTables, async (tables) => {
        const db = freshDb();
        await seed(db, tables);
        const text = serializeBackup(await exportBackup(db, { redact: true }));
        const lower = text.toLowerCase();
        expect(lower).not.toContain('secret');
        expect(text).not.toContain('秘密');
        expect(lower).not.toContain('leak.example');
        for (const c of tables.candidates) expect(lower).not.toContain(c.email.toLowerCase().split('@')[0]!);
        const parsed = parseBackup(text);
        expect(parsed.ok && parsed.backup.redacted).toBe(true);
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('keeps every reference consistent: what joined before joins after, distinct stays distinct', () => {
    fc.assert(
      fc.property(secretTables, (t) => {
        const r = redactTables(t);
        const ids = (rows: { id: string }[]) => new Set(rows.map((x) => x.id));
        const [cands, rCands] = [ids(t.candidates), ids(r.candidates)];
        expect(rCands.size).toBe(cands.size);
        const joins = (before: boolean[], after: boolean[]) => expect(after).toEqual(before);
        for (const name of ['threads', 'messages', 'items', 'events', 'interviews'] as const) {
          const refs = (rows: { candidateId: string | null }[], set: Set<string>) => rows.map((x) => x.candidateId !== null && set.has(x.candidateId));
          joins(refs(t[name], cands), refs(r[name], rCands));
        }
        joins(t.messages.map((m) => ids(t.threads).has(m.threadId)), r.messages.map((m) => ids(r.threads).has(m.threadId)));
        joins(t.items.map((i) => ids(t.messages).has(i.messageId ?? '')), r.items.map((i) => ids(r.messages).has(i.messageId ?? '')));
        joins(t.events.map((e) => ids(t.items).has(String(e.detail.itemId))), r.events.map((e) => ids(r.items).has(String(e.detail.itemId))));
        // Every other id is re-keyed at random: nothing of the original (an address, a sentence hash) stays.
        for (const rows of [r.threads, r.messages, r.items, r.events, r.interviews]) rows.forEach((x) => expect(x.id).toMatch(/^r:[0-9a-f]{18}$/));
        expect(ids(r.interviews).size).toBe(ids(t.interviews).size);
        // Candidates keep their derived ids: 'cand:' + the pseudonymous address.
        r.candidates.forEach((c) => expect(c.id).toBe(`cand:${c.email}`));
        expect(r.settings).toBeUndefined();
        expect(r.templates.every((x) => x.builtin)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('pseudonyms are stable across exports and case of the address', async () => {
    expect(pseudonymEmail('Taro.Yamada@Example.JP')).toBe(pseudonymEmail(' taro.yamada@example.jp'));
    expect(pseudonymEmail('taro@example.jp')).toMatch(/^candidate-[0-9a-f]{12}@redacted\.invalid$/);
    expect(pseudonymName('taro@example.jp')).not.toBe(pseudonymName('hanako@example.jp'));
    expect(redactCandidateId('cand:taro@example.jp')).toBe(`cand:${pseudonymEmail('taro@example.jp')}`);
    const [tables] = fc.sample(tablesArb, { numRuns: 1, seed: 5 });
    const db = freshDb();
    await seed(db, tables!);
    const now = new Date(Date.UTC(2026, 10, 25));
    const a = await exportBackup(db, { redact: true, now });
    const b = await exportBackup(db, { redact: true, now });
    // Candidates keep their pseudonyms in every export; other ids are re-keyed per export.
    expect(a.tables.candidates).toEqual(b.tables.candidates);
  });

  it('keeps vocabulary and numbers in event details, drops other strings', () => {
    const base = { candidates: [], threads: [], messages: [], interviews: [], templates: [] };
    const item = {
      id: 'gmail:m1:question:0-5', candidateId: 'cand:a@x.jp', threadId: null, messageId: null, kind: 'question', category: 'role',
      text: 'Q', start: 0, end: 5, status: 'open', source: 'detected', at: 1, createdAt: 1, updatedAt: 1,
    } as const;
    const r = redactTables({
      ...base,
      items: [item],
      events: [
        {
          id: 'evt:1', candidateId: 'cand:a@x.jp', threadId: null, kind: 'status_changed', at: 1,
          detail: { itemId: item.id, from: 'open', to: 'answered_now', latencyMs: 42, ok: true, note: '田中さんに電話', refId: `post_interview_follow_up:${item.id}`, who: 'cand:a@x.jp' },
        },
      ],
    });
    const itemId = r.items[0]!.id;
    expect(itemId).not.toBe(item.id);
    expect(r.events[0]!.detail).toEqual({ itemId, from: 'open', to: 'answered_now', latencyMs: 42, ok: true, note: null, refId: `post_interview_follow_up:${itemId}`, who: null });
    expect(r.events[0]!.candidateId).toBe(redactCandidateId('cand:a@x.jp'));
  });
});
