// fast-check generators of valid stored records (per lib/records.ts and friends). Ids and clocks
// come from small pools on purpose: two generated databases then share ids with different
// contents and equal clocks, which is what the merge rules must get right.
import fc from 'fast-check';
import { ANXIETY_CATEGORIES } from '../../lib/analysis/types';
import { EVENT_KINDS, ITEM_KINDS, ITEM_STATUSES, STAGES } from '../../lib/domain';
import type { BackupTables } from '../../lib/export/backup-format';
import type { Candidate, EventRecord, Item, MessageRecord, Settings, ThreadRecord } from '../../lib/records';
import type { Interview } from '../../lib/schedule/due';
import { builtinId, MOMENTS, type Template } from '../../lib/templates/schema';

const BASE = Date.UTC(2026, 10, 20, 1);
/** Few distinct instants: equal clocks (ties) are common. */
export const instant = fc.integer({ min: 0, max: 4 }).map((n) => BASE + n * 60_000);

const PIECES = ['山田', '太郎', 'リモートワーク', '残業は多いですか？', '😀', '👩‍💻', '🇯🇵', '"', '""', "'", '\n', '\r\n', ',', ';', '=SUM(A1)', '+1', '-2', '@x', '\t', 'a', 'Z', ' ', 'é', '\\', '{"a":1}'];
export const text = (maxPieces = 6) =>
  fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 12 }));

/** Addresses in mixed case: candidate ids lower-case them (lib/db/keys). Domain marks them for leak checks. */
export const EMAILS = ['taro.yamada@leak.example', 'Hanako.Sato@Leak.Example', 'alex+jobs@leak.example', 'mei@leak.example', '佐藤@leak.example'];
export const candId = (email: string) => `cand:${email.trim().toLowerCase()}`;
const candIdArb = fc.constantFrom(...EMAILS).map(candId);
const pooled = (prefix: string, max = 12) => fc.integer({ min: 0, max }).map((n) => `${prefix}${n}`);
const threadIdArb = pooled('gmail:t', 5);
const messageIdArb = pooled('gmail:m', 8);
const itemIdArb = pooled('gmail:m1:question:', 20);
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const PEOPLE = ['HR', 'Tanaka', '鈴木 一郎', 'Lee'];

export const candidateArb: fc.Arbitrary<Candidate> = fc.record({
  email: fc.constantFrom(...EMAILS),
  name: text(3),
  position: text(2),
  stage: fc.constantFrom(...STAGES),
  owner: fc.constantFrom(...PEOPLE),
  nextInterviewAt: nullable(instant),
  lastCandidateContactAt: nullable(instant),
  lastRecruiterContactAt: nullable(instant),
  createdAt: instant,
  updatedAt: instant,
}).map((c) => ({ id: candId(c.email), ...c }));

export const threadArb: fc.Arbitrary<ThreadRecord> = fc.record({
  id: threadIdArb,
  site: fc.constantFrom('gmail', 'outlook'),
  candidateId: nullable(candIdArb),
  subject: text(),
  language: fc.constantFrom('ja', 'en'),
  mark: fc.constantFrom('auto', 'manual', 'unmarked'),
  lastSeenAt: instant,
  url: fc.constantFrom('', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQ', 'https://outlook.office.com/mail/id/AAQkAD%3D'),
});

export const messageArb: fc.Arbitrary<MessageRecord> = fc.record({
  id: messageIdArb,
  threadId: threadIdArb,
  candidateId: candIdArb,
  at: nullable(instant),
  fromCandidate: fc.boolean(),
  declineLevel: fc.constantFrom('none', 'soft', 'hard'),
  declinePhrases: fc.array(text(3), { maxLength: 3 }),
  seenAt: instant,
});

export const itemArb: fc.Arbitrary<Item> = fc.record({
  id: fc.oneof(itemIdArb, pooled('manual:', 5)),
  candidateId: candIdArb,
  threadId: nullable(threadIdArb),
  messageId: nullable(messageIdArb),
  kind: fc.constantFrom(...ITEM_KINDS),
  category: fc.constantFrom(...ANXIETY_CATEGORIES),
  text: text(),
  start: nullable(fc.nat(5000)),
  end: nullable(fc.nat(5000)),
  status: fc.constantFrom(...ITEM_STATUSES),
  source: fc.constantFrom('detected', 'manual'),
  at: instant,
  createdAt: instant,
  updatedAt: instant,
});

const detailValue = fc.oneof(
  text(3),
  itemIdArb,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...ITEM_STATUSES),
);
export const eventArb: fc.Arbitrary<EventRecord> = fc.record({
  id: pooled('evt:', 12),
  candidateId: candIdArb,
  threadId: nullable(threadIdArb),
  kind: fc.constantFrom(...EVENT_KINDS),
  at: instant,
  detail: fc.dictionary(fc.constantFrom('from', 'to', 'itemId', 'latencyMs', 'note', 'insertedAs'), detailValue, { maxKeys: 4 }),
});

export const interviewArb: fc.Arbitrary<Interview> = fc.record({
  candidateId: candIdArb,
  n: fc.nat(3),
  at: instant,
  stage: fc.constantFrom(...STAGES),
  interviewers: fc.array(fc.constantFrom(...PEOPLE), { maxLength: 3 }),
  durationMinutes: fc.integer({ min: 1, max: 240 }),
  notes: text(),
}).map(({ n, ...iv }) => ({ id: `iv:${iv.candidateId}:${n}`, ...iv }));

/** Template text may not hold "{{" (placeholders are checked) and titles are stored trimmed. */
const templateText = text(4).map((s) => s.replace(/[{}]/g, '').trim());
export const templateArb: fc.Arbitrary<Template> = fc
  .record({
    n: fc.nat(4),
    moment: fc.constantFrom(...MOMENTS),
    language: fc.constantFrom('ja', 'en'),
    title: templateText,
    body: templateText,
    builtin: fc.boolean(),
    updatedAt: instant.map((ms) => new Date(ms).toISOString()),
  })
  .map(({ n, title, body, ...t }) => ({
    ...t,
    id: t.builtin ? builtinId(t.moment, t.language) : `team-${n}`,
    title: title || 'タイトル',
    body: body || '本文',
  }));

export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  keepItemText: fc.boolean(),
  retentionDays: fc.integer({ min: 0, max: 3650 }),
  recruiterName: text(2),
  company: text(2),
  surveyUrl: fc.constant('https://example.com/survey'),
  signature: text(2),
});

const rows = <T extends { id: string }>(a: fc.Arbitrary<T>, maxLength: number) => fc.uniqueArray(a, { selector: (r) => r.id, maxLength });

export const tablesArb: fc.Arbitrary<BackupTables> = fc.record(
  {
    candidates: rows(candidateArb, 5),
    threads: rows(threadArb, 5),
    messages: rows(messageArb, 6),
    items: rows(itemArb, 12),
    events: rows(eventArb, 8),
    interviews: rows(interviewArb, 5),
    templates: rows(templateArb, 5),
    settings: settingsArb,
  },
  { requiredKeys: ['candidates', 'threads', 'messages', 'items', 'events', 'interviews', 'templates'] },
).map(withReferencedCandidates);

/** Every candidate a row names is in the file (an import refuses rows pointing to missing candidates). */
function withReferencedCandidates(t: BackupTables): BackupTables {
  const have = new Set(t.candidates.map((c) => c.id));
  const extra: Candidate[] = [];
  for (const rows of [t.threads, t.messages, t.items, t.events, t.interviews] as { candidateId: string | null }[][]) {
    for (const { candidateId } of rows) {
      if (candidateId === null || have.has(candidateId)) continue;
      have.add(candidateId);
      const email = EMAILS.find((e) => candId(e) === candidateId) ?? candidateId.slice('cand:'.length);
      extra.push({
        id: candidateId, name: 'Referenced', email, position: '', stage: 'applied', owner: 'HR', nextInterviewAt: null,
        lastCandidateContactAt: null, lastRecruiterContactAt: null, createdAt: BASE, updatedAt: BASE,
      });
    }
  }
  return extra.length ? { ...t, candidates: [...t.candidates, ...extra] } : t;
}
