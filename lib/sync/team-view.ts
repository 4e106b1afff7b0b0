// HR's team scope (issue 18): this browser's own log ("me") beside the teammates' documents, per
// recruiter and in total. Two recruiters may hold the same candidate and the same detected item
// (both were on the thread): the total keeps one of each, chosen by the log's merge rule
// (lib/export/merge: the newest edit wins, so a status a recruiter set is never reset by an older one). Pure.
import { compareVersions, dedupeById } from '../export/merge';
import type { MetricsRows } from '../metrics/types';
import type { Item } from '../records';
import { mergePayloads, type BookPayload, type CountsPayload, type OwnBook, type TeamPayload } from './docs';

export interface Recruiter {
  user: string;
  name: string;
  me: boolean;
  books: OwnBook[];
  /** Set when this recruiter shares counts only. */
  counts: CountsPayload | null;
}

/** One recruiter per author; a candidate's chunks are joined into one book. */
export function groupTeam(me: { name: string; books: OwnBook[] }, docs: readonly TeamPayload[]): Recruiter[] {
  const byUser = new Map<string, { name: string; books: Map<string, BookPayload>; counts: CountsPayload | null }>();
  for (const doc of docs) {
    let r = byUser.get(doc.author.user);
    if (!r) byUser.set(doc.author.user, (r = { name: doc.author.name, books: new Map(), counts: null }));
    if (doc.type === 'afterfollow.counts') {
      if (!r.counts || doc.at > r.counts.at) r.counts = doc;
      continue;
    }
    const seen = r.books.get(doc.candidate.id);
    r.books.set(doc.candidate.id, seen ? (mergePayloads(seen, doc) as BookPayload) : doc);
  }
  const teammates: Recruiter[] = [...byUser].map(([user, r]) => ({
    user,
    name: r.name || user,
    me: false,
    books: [...r.books.values()].map((b) => ({ candidate: b.candidate, items: b.items, events: b.events, interviews: b.interviews, messages: b.messages })),
    counts: r.counts,
  }));
  teammates.sort((a, b) => a.name.localeCompare(b.name) || a.user.localeCompare(b.user));
  return [{ user: '', name: me.name, me: true, books: me.books, counts: null }, ...teammates];
}

/** Every recruiter's books as one set: per candidate, the newer candidate row and each row once (merge rule). */
export function mergeBooks(recruiters: readonly Recruiter[]): OwnBook[] {
  const byCandidate = new Map<string, OwnBook[]>();
  for (const r of recruiters) {
    for (const b of r.books) {
      const list = byCandidate.get(b.candidate.id);
      if (list) list.push(b);
      else byCandidate.set(b.candidate.id, [b]);
    }
  }
  return [...byCandidate.values()].map((list) => {
    if (list.length === 1) return list[0]!;
    const candidate = list.map((b) => b.candidate).reduce((a, b) => (compareVersions('candidates', b, a) > 0 ? b : a));
    return {
      candidate,
      items: dedupeById('items', list.flatMap((b) => b.items)),
      events: dedupeById('events', list.flatMap((b) => b.events)),
      interviews: dedupeById('interviews', list.flatMap((b) => b.interviews)),
      messages: dedupeById('messages', list.flatMap((b) => b.messages)),
    };
  });
}

/** The rows HR's results read (lib/metrics), from books. */
export function metricsRowsOf(books: readonly OwnBook[]): MetricsRows {
  const rows: { [K in keyof MetricsRows]: Array<MetricsRows[K][number]> } = { candidates: [], items: [], events: [], interviews: [], messages: [] };
  for (const b of books) {
    const c = b.candidate;
    rows.candidates.push({ id: c.id, name: c.name, position: c.position, stage: c.stage, owner: c.owner, updatedAt: c.updatedAt });
    for (const i of b.items) rows.items.push({ candidateId: i.candidateId, kind: i.kind, category: i.category, status: i.status, at: i.at });
    for (const e of b.events) rows.events.push({ candidateId: e.candidateId, kind: e.kind, at: e.at, detail: e.detail });
    for (const iv of b.interviews) rows.interviews.push({ id: iv.id, candidateId: iv.candidateId, at: iv.at, stage: iv.stage, interviewers: iv.interviewers, durationMinutes: iv.durationMinutes });
    for (const m of b.messages) {
      if (m.fromCandidate) rows.messages.push({ candidateId: m.candidateId, at: m.at, fromCandidate: m.fromCandidate, declineLevel: m.declineLevel, declinePhrases: m.declinePhrases });
    }
  }
  return rows;
}

export interface RecruiterFigures {
  user: string;
  name: string;
  me: boolean;
  countsOnly: boolean;
  candidates: number;
  items: number;
  open: number;
  answered: number;
  deferred: number;
}

const ANSWERED = new Set(['answered_now', 'answered_at_interview']);

function figuresOf(r: Pick<Recruiter, 'user' | 'name' | 'me'>, books: readonly OwnBook[], counts: CountsPayload | null): RecruiterFigures {
  const f: RecruiterFigures = { user: r.user, name: r.name, me: r.me, countsOnly: counts !== null && books.length === 0, candidates: books.length, items: 0, open: 0, answered: 0, deferred: 0 };
  for (const b of books) {
    for (const i of b.items) {
      f.items++;
      if (i.status === 'open') f.open++;
      else if (ANSWERED.has(i.status)) f.answered++;
      else if (i.status === 'deferred') f.deferred++;
    }
  }
  if (counts && books.length === 0) {
    f.candidates = counts.candidates;
    f.items = counts.items;
    f.open = counts.byStatus.open ?? 0;
    f.answered = (counts.byStatus.answered_now ?? 0) + (counts.byStatus.answered_at_interview ?? 0);
    f.deferred = counts.byStatus.deferred ?? 0;
  }
  return f;
}

/** Figures per recruiter, and the team's total (shared rows counted once; counts-only recruiters added). */
export function teamFigures(recruiters: readonly Recruiter[]): { rows: RecruiterFigures[]; total: RecruiterFigures } {
  const rows = recruiters.map((r) => figuresOf(r, r.books, r.counts));
  const total = figuresOf({ user: '*', name: '', me: false }, mergeBooks(recruiters), null);
  for (const r of rows) {
    if (!r.countsOnly) continue;
    total.candidates += r.candidates;
    total.items += r.items;
    total.open += r.open;
    total.answered += r.answered;
    total.deferred += r.deferred;
  }
  return { rows, total };
}

/** A candidate's questions and worries as the whole team collected them, each once, with who collected it. */
export function teamItemsOf(recruiters: readonly Recruiter[], candidateId: string): Array<{ item: Item; by: string[] }> {
  const byId = new Map<string, { versions: Item[]; by: string[] }>();
  for (const r of recruiters) {
    const book = r.books.find((b) => b.candidate.id === candidateId);
    for (const item of book?.items ?? []) {
      const e = byId.get(item.id);
      if (e) {
        e.versions.push(item);
        if (!e.by.includes(r.name)) e.by.push(r.name);
      } else byId.set(item.id, { versions: [item], by: [r.name] });
    }
  }
  return [...byId.values()]
    .map(({ versions, by }) => ({ item: dedupeById('items', versions)[0]!, by }))
    .sort((a, b) => a.item.at - b.item.at || (a.item.id < b.item.id ? -1 : 1));
}
