// Team sync's side of the log (issue 18): this browser's rows grouped into books for the outbox, and
// the teammates' validated documents (Dexie v8 teamDocs), kept apart from the user's own tables.
import { CLOSED_STAGES } from '../domain';
import { prioritiseCandidates, type Prioritised } from '../schedule/priority';
import type { OwnBook, TeamPayload } from '../sync/docs';
import { groupTeam, mergeBooks } from '../sync/team-view';
import { dueFromRows, getScheduleSettings } from './due-items';
import { declineRiskFrom, getPriorityRules, type BoardRow } from './follow-up-board';
import type { AfterfollowDb, TeamDocRow } from './database';
import { createBackup } from '../export/backup-format';
import { importBackup } from './export-import';
import { allBooks, itemsOfCandidate } from './item-store';

/** The whole log, one book per candidate (candidates without a row are skipped: nothing to share). */
export async function readOwnBooks(db: AfterfollowDb): Promise<OwnBook[]> {
  return db.transaction('r', [db.candidates, db.itemBooks, db.events, db.interviews, db.messages], async () => {
    const [candidates, books, events, interviews, messages] = await Promise.all([
      db.candidates.toArray(),
      allBooks(db),
      db.events.toArray(),
      db.interviews.toArray(),
      db.messages.toArray(),
    ]);
    const out = new Map<string, OwnBook>(candidates.map((c) => [c.id, { candidate: c, items: [], events: [], interviews: [], messages: [] }]));
    for (const b of books) {
      const own = out.get(b.candidateId);
      if (own) own.items = b.items;
    }
    for (const e of events) out.get(e.candidateId)?.events.push(e);
    for (const iv of interviews) out.get(iv.candidateId)?.interviews.push(iv);
    for (const m of messages) out.get(m.candidateId)?.messages.push(m);
    return [...out.values()];
  });
}

/**
 * A returning recruiter's own books from the team database (a new browser, a reinstall) merged into
 * the log exactly as an import of a backup merges: per row the newer edit wins, nothing here is lost,
 * settings are not touched.
 */
export async function restoreOwnBooks(db: AfterfollowDb, books: readonly OwnBook[]): Promise<void> {
  const tables = {
    candidates: books.map((b) => b.candidate),
    threads: [],
    messages: books.flatMap((b) => b.messages),
    items: books.flatMap((b) => b.items),
    events: books.flatMap((b) => b.events),
    interviews: books.flatMap((b) => b.interviews),
    templates: [],
  };
  await importBackup(db, createBackup(tables, { redacted: false }));
}

export function teamRowOf(id: string, payload: TeamPayload): TeamDocRow {
  return {
    id,
    author: payload.author.user,
    authorName: payload.author.name,
    kind: payload.type === 'afterfollow.book' ? 'book' : 'counts',
    candidateId: payload.type === 'afterfollow.book' ? payload.candidate.id : '',
    payload,
  };
}

/** Stores validated documents and removes deleted ones, in one transaction. */
export async function applyTeamChanges(db: AfterfollowDb, put: TeamDocRow[], remove: string[]): Promise<void> {
  if (put.length === 0 && remove.length === 0) return;
  await db.transaction('rw', db.teamDocs, async () => {
    if (remove.length) await db.teamDocs.bulkDelete(remove);
    if (put.length) await db.teamDocs.bulkPut(put);
  });
}

export const countTeamDocs = (db: AfterfollowDb) => db.teamDocs.count();
export const clearTeamDocs = (db: AfterfollowDb) => db.teamDocs.clear();
export const allTeamDocs = (db: AfterfollowDb) => db.teamDocs.toArray();
export const teamDocsOfCandidate = (db: AfterfollowDb, candidateId: string) => db.teamDocs.where('candidateId').equals(candidateId).toArray();

/** HR's team scope: this browser's own books and the teammates' documents. */
export async function loadTeam(db: AfterfollowDb): Promise<{ me: OwnBook[]; docs: TeamPayload[] }> {
  const [me, rows] = await Promise.all([readOwnBooks(db), allTeamDocs(db)]);
  return { me, docs: rows.map((r) => r.payload) };
}

/** One candidate's books: this browser's and every teammate's (the prep sheet's team questions). */
export async function loadTeamOfCandidate(db: AfterfollowDb, candidateId: string): Promise<{ me: OwnBook[]; docs: TeamPayload[] }> {
  const [candidate, items, events, interviews, rows] = await Promise.all([
    db.candidates.get(candidateId),
    itemsOfCandidate(db, candidateId),
    db.events.where('candidateId').equals(candidateId).toArray(),
    db.interviews.where('candidateId').equals(candidateId).toArray(),
    teamDocsOfCandidate(db, candidateId),
  ]);
  return { me: candidate ? [{ candidate, items, events, interviews, messages: [] }] : [], docs: rows.map((r) => r.payload) };
}

/**
 * "Follow up first" over the whole team: every open candidate in this browser's log or a teammate's
 * book (the same candidate once, merged by the log's rule), with who holds them, ranked by the same
 * rules and clock as the own board.
 */
export async function loadTeamBoard(db: AfterfollowDb, now: number, meName: string): Promise<Array<Prioritised<BoardRow> & { recruiters: string[] }>> {
  const [{ me, docs }, settings, rules] = await Promise.all([loadTeam(db), getScheduleSettings(db), getPriorityRules(db)]);
  const team = groupTeam({ name: meName, books: me }, docs);
  const holders = new Map<string, string[]>();
  for (const r of team) for (const b of r.books) holders.set(b.candidate.id, [...(holders.get(b.candidate.id) ?? []), r.name]);
  const rows: BoardRow[] = mergeBooks(team)
    .filter((b) => !CLOSED_STAGES.includes(b.candidate.stage))
    .map((b) => ({
      candidate: b.candidate,
      candidateId: b.candidate.id,
      position: b.candidate.position,
      stage: b.candidate.stage,
      declineRisk: declineRiskFrom(b.messages, b.events).level,
      dueItems: dueFromRows(b.candidate, b.interviews, b.messages, b.events, settings, now),
    }));
  return prioritiseCandidates(rows, rules, now).map((row) => ({ ...row, recruiters: holders.get(row.candidateId) ?? [] }));
}
