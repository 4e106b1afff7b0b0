// The team database's documents (issue 18): how this browser's log becomes documents, how a document
// from the server is checked before anything is stored from it, and how two versions of the same
// rows are merged (with the log's own merge rule, lib/export/merge). Pure.
//
// One document per recruiter and candidate (a "book", like lib/db/item-store's books): 100,000 items
// as 100,000 documents would cost a request-sized overhead per item at every replication step; as
// ~1,000 books they replicate in seconds. The id is deterministic from the author and the log's
// candidate key ('b:' + CouchDB user + ':' + candidate key), so the same candidate always maps to the
// same document, and a recruiter writes only documents that start with their own user name (the
// server's validate_doc_update checks the author, README "Team sync").
import { z } from 'zod';
import { ITEM_STATUSES, STAGES } from '../domain';
import { candidateSchema, eventSchema, interviewSchema, itemSchema, messageRecordSchema } from '../records';
import type { Candidate, EventRecord, Interview, Item, MessageRecord } from '../records';
import { editClockSchema } from '../date-bounds';
import { compareVersions, canonicalJson, dedupeById } from '../export/merge';
import { redactTables } from '../export/redact';
import type { ShareMode } from './config';
import { SyncError } from './errors';
import { teamPseudonyms } from './team-key';

/** What one candidate's part of the log holds: the rows a team document carries. */
export interface OwnBook {
  candidate: Candidate;
  items: Item[];
  events: EventRecord[];
  interviews: Interview[];
  messages: MessageRecord[];
}

export interface Author {
  user: string;
  name: string;
}

/** A document larger than this (its JSON) is refused whole; a chunk is cut well below it. */
export const MAX_DOC_BYTES = 2_000_000;
const CHUNK_BYTES = 500_000;
const MAX_ROWS = 5_000;

const authorSchema = z.strictObject({ user: z.string().min(1).max(200), name: z.string().max(200) });

export const bookPayloadSchema = z.strictObject({
  type: z.literal('afterfollow.book'),
  v: z.literal(1),
  author: authorSchema,
  share: z.enum(['everything', 'pseudonymised']),
  /** 0 for the first (or only) chunk of a candidate's rows; a book too large for one document continues in 1, 2, … */
  chunk: z.number().int().min(0).max(1000),
  candidate: candidateSchema,
  items: z.array(itemSchema).max(MAX_ROWS),
  events: z.array(eventSchema).max(MAX_ROWS),
  interviews: z.array(interviewSchema).max(MAX_ROWS),
  messages: z.array(messageRecordSchema).max(MAX_ROWS),
});
export type BookPayload = z.infer<typeof bookPayloadSchema>;

const countRecord = (keys: readonly string[]) => z.partialRecord(z.enum(keys as [string, ...string[]]), z.number().int().nonnegative());

export const countsPayloadSchema = z.strictObject({
  type: z.literal('afterfollow.counts'),
  v: z.literal(1),
  author: authorSchema,
  share: z.literal('counts'),
  at: editClockSchema,
  candidates: z.number().int().nonnegative(),
  items: z.number().int().nonnegative(),
  byStatus: countRecord(ITEM_STATUSES),
  byStage: countRecord(STAGES),
});
export type CountsPayload = z.infer<typeof countsPayloadSchema>;

export type TeamPayload = BookPayload | CountsPayload;

export const bookDocId = (user: string, candidateId: string, chunk: number) => `b:${user}:${candidateId}${chunk > 0 ? `#${chunk}` : ''}`;
export const countsDocId = (user: string) => `c:${user}`;

/** The user a document id belongs to (ids start with 'b:' or 'c:' and the user), or null. */
export function authorOfId(id: string): string | null {
  const m = /^[bc]:([^:]+)(?::|$)/.exec(id);
  return m ? m[1]! : null;
}

/**
 * Pseudonymised sharing: redacted like the redacted export (names, addresses, texts), with every
 * pseudonym and re-keyed id derived from the team key, so teammates' documents line up and the same
 * book maps alike at every sync. Without a team key nothing is shared.
 */
function pseudonymised(book: OwnBook, key: string | null): OwnBook {
  if (!key) throw new SyncError('no_team_key', 'pseudonymised sharing needs the team key');
  const { pseudonyms, rekey } = teamPseudonyms(key);
  const r = redactTables(
    { candidates: [book.candidate], threads: [], messages: book.messages, items: book.items, events: book.events, interviews: book.interviews, templates: [] },
    rekey,
    pseudonyms,
  );
  return { candidate: r.candidates[0]!, items: r.items, events: r.events, interviews: r.interviews, messages: r.messages };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The candidate's book as documents (one, or a few chunks when its rows are large). */
export function bookDocs(book: OwnBook, author: Author, share: 'everything' | 'pseudonymised', key: string | null): Array<BookPayload & { _id: string }> {
  const b = share === 'pseudonymised' ? pseudonymised(book, key) : book;
  const items = [...b.items].sort(byId);
  let size = JSON.stringify(b.events).length + JSON.stringify(b.interviews).length + JSON.stringify(b.messages).length;
  // Most books fit one document: one measure of the whole book instead of one per item.
  const chunks: Item[][] = size + JSON.stringify(items).length <= CHUNK_BYTES && items.length <= MAX_ROWS ? [items] : [[]];
  for (const item of chunks[0] === items ? [] : items) {
    const s = JSON.stringify(item).length + 1;
    const last = chunks[chunks.length - 1]!;
    if (last.length > 0 && (size + s > CHUNK_BYTES || last.length >= MAX_ROWS)) {
      chunks.push([item]);
      size = s;
    } else {
      last.push(item);
      size += s;
    }
  }
  return chunks.map((chunkItems, chunk) => ({
    _id: bookDocId(author.user, b.candidate.id, chunk),
    type: 'afterfollow.book' as const,
    v: 1 as const,
    author,
    share,
    chunk,
    candidate: b.candidate,
    items: chunkItems,
    events: chunk === 0 ? [...b.events].sort(byId) : [],
    interviews: chunk === 0 ? [...b.interviews].sort(byId) : [],
    messages: chunk === 0 ? [...b.messages].sort(byId) : [],
  }));
}

/** Counts only: one small document for the whole log. */
export function countsDoc(books: readonly OwnBook[], author: Author, at: number): CountsPayload & { _id: string } {
  const byStatus: Record<string, number> = {};
  const byStage: Record<string, number> = {};
  let items = 0;
  for (const b of books) {
    byStage[b.candidate.stage] = (byStage[b.candidate.stage] ?? 0) + 1;
    for (const i of b.items) {
      items++;
      byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
    }
  }
  return { _id: countsDocId(author.user), type: 'afterfollow.counts', v: 1, author, share: 'counts', at, candidates: books.length, items, byStatus, byStage };
}

/** Every document this browser's log maps to, by id. */
export function ownDocs(books: readonly OwnBook[], author: Author, share: ShareMode, key: string | null, now: number): Map<string, TeamPayload & { _id: string }> {
  const out = new Map<string, TeamPayload & { _id: string }>();
  if (share === 'counts') {
    const doc = countsDoc(books, author, now);
    out.set(doc._id, doc);
    return out;
  }
  for (const book of books) for (const doc of bookDocs(book, author, share, key)) out.set(doc._id, doc);
  return out;
}

/** The document's own content (no CouchDB fields): what is compared to know whether it changed. */
export function payloadOf(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_')) out[k] = v;
  return out;
}

/** Counts documents carry their time of writing; it alone does not make a change worth a new revision. */
export function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = (d: Record<string, unknown>) => {
    const p = payloadOf(d);
    if (p.type === 'afterfollow.counts') delete p.at;
    return canonicalJson(p);
  };
  return strip(a) === strip(b);
}

export type Verdict = { ok: true; payload: TeamPayload } | { ok: false; reason: string };

/** CouchDB fields a replicated document may carry; anything else starting with '_' (attachments…) is refused. */
const COUCH_FIELDS = new Set(['_id', '_rev', '_revisions', '_conflicts', '_deleted', '_revs_info']);

/**
 * Checks a document from the team database before anything is stored from it: its size, its shape
 * (the log's own zod schemas), that its id is the one its author and candidate give, and that every
 * row belongs to the document's candidate.
 */
export function validateTeamDoc(doc: unknown, size?: number): Verdict {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, reason: 'not an object' };
  const d = doc as Record<string, unknown>;
  const id = typeof d._id === 'string' ? d._id : '';
  const name = id.slice(0, 80) || '(no id)';
  const bytes = size ?? JSON.stringify(doc).length;
  if (bytes > MAX_DOC_BYTES) return { ok: false, reason: `${name}: ${bytes} bytes, more than ${MAX_DOC_BYTES}` };
  for (const k of Object.keys(d)) if (k.startsWith('_') && !COUCH_FIELDS.has(k)) return { ok: false, reason: `${name}: field ${k.slice(0, 40)} not allowed` };
  const type = d.type;
  const parsed = type === 'afterfollow.counts' ? countsPayloadSchema.safeParse(payloadOf(d)) : bookPayloadSchema.safeParse(payloadOf(d));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${name}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.slice(0, 300) };
  }
  const p = parsed.data;
  if (p.type === 'afterfollow.book') {
    if (id !== bookDocId(p.author.user, p.candidate.id, p.chunk)) return { ok: false, reason: `${name}: id does not match its author and candidate` };
    const cid = p.candidate.id;
    for (const rows of [p.items, p.events, p.interviews, p.messages] as Array<Array<{ candidateId: string }>>) {
      if (rows.some((r) => r.candidateId !== cid)) return { ok: false, reason: `${name}: a row of another candidate` };
    }
  } else if (id !== countsDocId(p.author.user)) return { ok: false, reason: `${name}: id does not match its author` };
  return { ok: true, payload: p };
}

/**
 * Two versions of one document (CouchDB conflicting revisions, e.g. one recruiter in two browsers):
 * merged row by row with the log's merge rule, so the result does not depend on which revision the
 * server picked as the winner.
 */
export function mergePayloads(a: TeamPayload, b: TeamPayload): TeamPayload {
  if (a.type === 'afterfollow.counts' || b.type === 'afterfollow.counts') {
    if (a.type === 'afterfollow.counts' && b.type === 'afterfollow.counts') return a.at >= b.at ? a : b;
    return a;
  }
  return {
    ...a,
    candidate: compareVersions('candidates', a.candidate, b.candidate) >= 0 ? a.candidate : b.candidate,
    items: dedupeById('items', [...a.items, ...b.items]).sort(byId),
    events: dedupeById('events', [...a.events, ...b.events]).sort(byId),
    interviews: dedupeById('interviews', [...a.interviews, ...b.interviews]).sort(byId),
    messages: dedupeById('messages', [...a.messages, ...b.messages]).sort(byId),
  };
}
