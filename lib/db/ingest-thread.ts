// Turns what the content script read from an open thread into stored rows, idempotently.
import type { DetectedItem, ThreadOpen, ThreadState } from '../messages/protocol';
import type { Candidate, EventRecord, Item, MessageRecord, ThreadRecord } from '../records';
import type { AfterfollowDb } from './database';
import { addMissingItems as addToBook, deleteItemsWhere, itemsOfCandidate, itemTables } from './item-store';
import { candidateKey, detectedItemKey, messageKey, threadKey } from './keys';
import { getSettings } from './settings';

const notCandidate = (reason: ThreadState['reason'], thread: ThreadRecord | null = null): ThreadState => ({
  status: 'not_candidate',
  reason,
  candidate: null,
  thread,
  items: [],
  events: [],
  interviews: [],
  due: [],
  suggestions: [],
});

const DAY = 86_400_000;

export async function ingestThread(db: AfterfollowDb, read: ThreadOpen, now = Date.now()): Promise<ThreadState> {
  const key = threadKey(read.site, read.threadId);
  const settings = await getSettings(db);
  return db.transaction('rw', [db.candidates, db.threads, db.messages, ...itemTables(db), db.events, db.interviews, db.tombstones], async () => {
    const req = await withoutExpired(db, read, settings.retentionDays, now);
    const existing = await db.threads.get(key);
    if (req.markAs === 'not_candidate') return unmarkThread(db, key, existing, req, now);
    if (existing?.mark === 'unmarked' && req.markAs !== 'candidate') return notCandidate('unmarked', existing);
    if (!req.counterpart?.email) return notCandidate('no_counterpart');

    const candId = candidateKey(req.counterpart.email);
    const known = await db.candidates.get(candId);
    const reason: ThreadState['reason'] | null =
      req.markAs === 'candidate' || existing?.mark === 'manual'
        ? 'marked'
        : existing?.candidateId || known
          ? 'known_candidate'
          : req.detected
            ? 'detected'
            : null;
    if (!reason) return notCandidate('not_detected');

    const candidate = await upsertCandidate(db, candId, req, known, now);
    const thread: ThreadRecord = {
      id: key,
      site: req.site,
      candidateId: candId,
      // With text keeping off, nothing the candidate wrote is stored: not the subject either.
      subject: settings.keepItemText ? req.subject : '',
      language: req.language,
      mark: reason === 'marked' ? 'manual' : (existing?.mark ?? 'auto'),
      lastSeenAt: now,
      url: req.url || existing?.url || '',
    };
    await db.threads.put(thread);
    await storeMessages(db, req, key, candId, settings.keepItemText, now);
    await recordSentMail(db, req, key, candId);
    await addMissingItems(db, req, key, candId, settings.keepItemText, now);
    const [items, events, interviews] = await Promise.all([
      itemsOfCandidate(db, candId).then((items) => sortItems([...items])),
      db.events.where('candidateId').equals(candId).sortBy('at'),
      db.interviews.where('candidateId').equals(candId).sortBy('at'),
    ]);
    return { status: 'candidate', reason, candidate, thread, items, events, interviews, due: [], suggestions: [] };
  });
}

/**
 * The retention period applies to what is read, too: mails older than it and mails the purge
 * already removed (a tombstone by key, which also covers mails without a date) are not logged again.
 */
async function withoutExpired(db: AfterfollowDb, req: ThreadOpen, retentionDays: number, now: number): Promise<ThreadOpen> {
  const cutoff = retentionDays === 0 ? -Infinity : now - retentionDays * DAY;
  const buried = await db.tombstones.bulkGet(req.messages.map((m) => messageKey(req.site, m.id)));
  const messages = req.messages.filter((m, k) => !buried[k] && (m.at === null || m.at >= cutoff));
  return messages.length === req.messages.length ? req : { ...req, messages };
}

/** Reading order: by message date, then position in the message (hand-added items by creation). */
export function sortItems(items: Item[]): Item[] {
  return items.sort(
    (a, b) => a.at - b.at || (a.messageId ?? '').localeCompare(b.messageId ?? '') || (a.start ?? 0) - (b.start ?? 0) || a.createdAt - b.createdAt,
  );
}

async function unmarkThread(db: AfterfollowDb, key: string, existing: ThreadRecord | undefined, req: ThreadOpen, now: number): Promise<ThreadState> {
  // Unmarking removes what was logged from this thread; only the "not a candidate" mark stays.
  // Its items sit in the books of the candidates its messages were filed under.
  const messages = await db.messages.where('threadId').equals(key).toArray();
  const owners = new Set(messages.map((m) => m.candidateId));
  if (existing?.candidateId) owners.add(existing.candidateId);
  for (const candidateId of owners) await deleteItemsWhere(db, candidateId, (i) => i.threadId === key);
  await db.messages.where('threadId').equals(key).delete();
  const thread: ThreadRecord = {
    id: key,
    site: req.site,
    candidateId: null,
    subject: '',
    language: req.language,
    mark: 'unmarked',
    lastSeenAt: now,
    url: '',
  };
  await db.threads.put(thread);
  return notCandidate('unmarked', thread);
}

function latest(req: ThreadOpen, fromCandidate: boolean): number | null {
  let max: number | null = null;
  for (const m of req.messages) if (m.fromCandidate === fromCandidate && m.at !== null) max = Math.max(max ?? 0, m.at);
  return max;
}

const maxOrNull = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

async function upsertCandidate(
  db: AfterfollowDb,
  id: string,
  req: ThreadOpen,
  known: Candidate | undefined,
  now: number,
): Promise<Candidate> {
  const counterpart = req.counterpart!;
  const base: Candidate = known ?? {
    id,
    name: counterpart.name || counterpart.email,
    email: counterpart.email,
    position: '',
    stage: 'applied',
    owner: 'HR',
    nextInterviewAt: null,
    lastCandidateContactAt: null,
    lastRecruiterContactAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const lastCandidateContactAt = maxOrNull(base.lastCandidateContactAt, latest(req, true));
  const lastRecruiterContactAt = maxOrNull(base.lastRecruiterContactAt, latest(req, false));
  if (known && known.lastCandidateContactAt === lastCandidateContactAt && known.lastRecruiterContactAt === lastRecruiterContactAt) {
    return known;
  }
  const next = { ...base, lastCandidateContactAt, lastRecruiterContactAt, updatedAt: known ? now : base.updatedAt };
  await db.candidates.put(next);
  return next;
}

async function storeMessages(db: AfterfollowDb, req: ThreadOpen, thread: string, candidateId: string, keepText: boolean, now: number) {
  const keys = req.messages.map((m) => messageKey(req.site, m.id));
  const existing = await db.messages.bulkGet(keys);
  const rows: MessageRecord[] = req.messages.map((m, i) => ({
    id: keys[i]!,
    threadId: thread,
    candidateId,
    at: m.at,
    fromCandidate: m.fromCandidate,
    declineLevel: m.declineLevel,
    declinePhrases: keepText ? m.declinePhrases : [],
    seenAt: existing[i]?.seenAt ?? now,
  }));
  await db.messages.bulkPut(rows);
}

/** A sidebar insertion this long before a sent mail is taken to be that mail's draft. */
const DRAFT_WINDOW_MS = 24 * 3_600_000;
/** Mail dates are shown to the minute: a mail may read as sent a little before its insertion. */
const DATE_SLACK_MS = 5 * 60_000;
const INSERTION_KINDS = new Set(['follow_up_sent', 'call_proposed', 'survey_requested', 'follow_up_done']);

/**
 * The user's own mails in the thread become mail_sent events (one per mail, keyed by it), so a
 * reply sent without the sidebar still discharges the follow-up it answers. A mail that follows a
 * sidebar insertion in the same thread within a day is linked to it (detail.insertion): the same
 * piece of work, counted once in HR's workload.
 */
async function recordSentMail(db: AfterfollowDb, req: ThreadOpen, thread: string, candidateId: string) {
  const sent = req.messages.filter((m): m is typeof m & { at: number } => m.fromUser && !m.fromCandidate && m.at !== null).sort((a, b) => a.at - b.at);
  if (sent.length === 0) return;
  const ids = sent.map((m) => `mail_sent:${messageKey(req.site, m.id)}`);
  const known = await db.events.bulkGet(ids);
  if (known.every(Boolean)) return;
  const events = await db.events.where('candidateId').equals(candidateId).toArray();
  const linked = new Set(events.map((e) => (e.kind === 'mail_sent' ? e.detail.insertion : null)).filter((v): v is string => typeof v === 'string'));
  const drafts = events.filter((e) => e.threadId === thread && INSERTION_KINDS.has(e.kind) && !linked.has(e.id)).sort((a, b) => a.at - b.at);
  const fresh: EventRecord[] = [];
  sent.forEach((m, k) => {
    if (known[k]) return;
    const draft = drafts.find((d) => !linked.has(d.id) && d.at <= m.at + DATE_SLACK_MS && m.at - d.at <= DRAFT_WINDOW_MS);
    if (draft) linked.add(draft.id);
    fresh.push({
      id: ids[k]!,
      candidateId,
      threadId: thread,
      kind: 'mail_sent',
      at: m.at,
      detail: { messageId: messageKey(req.site, m.id), ...(draft ? { insertion: draft.id } : {}) },
    });
  });
  await db.events.bulkPut(fresh);
}

async function addMissingItems(
  db: AfterfollowDb,
  req: ThreadOpen,
  thread: string,
  candidateId: string,
  keepText: boolean,
  now: number,
) {
  const rows: Item[] = [];
  for (const m of req.messages) {
    if (!m.fromCandidate) continue;
    const msgKey = messageKey(req.site, m.id);
    const seen = new Map<string, number>();
    for (const it of m.items) {
      const base = `${it.kind}|${it.text}`;
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      const id = detectedItemKey(msgKey, it.kind, it.text, occurrence);
      rows.push(openItem(it, { id, candidateId, threadId: thread, messageId: msgKey, text: keepText ? it.text : '' }, m.at ?? now, now));
    }
  }
  if (rows.length === 0) return;
  const buried = await db.tombstones.bulkGet(rows.map((r) => r.id));
  const live = rows.filter((_, k) => !buried[k]);
  // Existing items win: a status the recruiter set, or a dismissal, must never be reset by a re-read.
  await addToBook(db, candidateId, live);
}

/** A freshly detected, still open item. */
function openItem(
  it: DetectedItem,
  where: { id: string; candidateId: string; threadId: string | null; messageId: string; text: string },
  at: number,
  now: number,
): Item {
  return { ...where, kind: it.kind, category: it.category, start: it.start, end: it.end, status: 'open', source: 'detected', at, createdAt: now, updatedAt: now };
}
