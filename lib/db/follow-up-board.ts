// The dashboard's "who first" list and the interviewer's prep sheet, read from the log.
import { z } from 'zod';
import { CLOSED_STAGES } from '../domain';
import type { Candidate, EventRecord, Interview, Item, MessageRecord } from '../records';
import type { DueItem } from '../schedule/due';
import { prioritiseCandidates, priorityRuleSchema, type Prioritised, type PriorityInput, type PriorityRule } from '../schedule/priority';
import type { AfterfollowDb } from './database';
import { loadDueItems } from './due-items';
import { itemsOfCandidate } from './item-store';

const RULES_KEY = 'priorityRules';

export async function getPriorityRules(db: AfterfollowDb): Promise<PriorityRule[]> {
  const parsed = z.array(priorityRuleSchema).safeParse((await db.settings.get(RULES_KEY))?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export async function setPriorityRules(db: AfterfollowDb, rules: PriorityRule[]): Promise<void> {
  await db.settings.put({ key: RULES_KEY, value: z.array(priorityRuleSchema).max(100).parse(rules) });
}

export interface BoardRow extends PriorityInput {
  candidate: Candidate;
}

export interface DeclineRisk {
  level: 'none' | 'soft' | 'hard';
  /** The candidate's own words that carry the hint, newest mail first (deduplicated). */
  phrases: string[];
}

/**
 * Decline risk = the strongest hint among the candidate's mails after our last reaction
 * (a call proposed or a follow-up sent answers it), with the words that carry it.
 */
async function declineRiskOf(db: AfterfollowDb, candidateId: string): Promise<DeclineRisk> {
  const [messages, events] = await Promise.all([
    db.messages.where('candidateId').equals(candidateId).toArray(),
    db.events.where('candidateId').equals(candidateId).toArray(),
  ]);
  return declineRiskFrom(messages, events);
}

/** The same from rows already read (the team board reads teammates' rows from their documents). */
export function declineRiskFrom(messages: readonly MessageRecord[], events: readonly EventRecord[]): DeclineRisk {
  const reacted = Math.max(0, ...events.filter((e) => e.kind === 'call_proposed' || e.kind === 'follow_up_sent' || e.kind === 'mail_sent').map((e) => e.at));
  let level: DeclineRisk['level'] = 'none';
  const phrases: string[] = [];
  for (const m of [...messages].sort((a, b) => (b.at ?? 0) - (a.at ?? 0))) {
    if (!m.fromCandidate || (m.at ?? 0) <= reacted || m.declineLevel === 'none') continue;
    if (m.declineLevel === 'hard') level = 'hard';
    else if (level === 'none') level = 'soft';
    for (const p of m.declinePhrases) if (!phrases.includes(p)) phrases.push(p);
  }
  return { level, phrases };
}

const declineRisk = async (db: AfterfollowDb, candidateId: string) => (await declineRiskOf(db, candidateId)).level;

export async function loadBoard(db: AfterfollowDb, now: number): Promise<Prioritised<BoardRow>[]> {
  const [candidates, due, rules] = await Promise.all([
    db.candidates.filter((c) => !CLOSED_STAGES.includes(c.stage)).toArray(),
    loadDueItems(db, now),
    getPriorityRules(db),
  ]);
  const byCandidate = new Map<string, DueItem[]>();
  for (const d of due) byCandidate.set(d.candidateId, [...(byCandidate.get(d.candidateId) ?? []), d]);
  const rows: BoardRow[] = await Promise.all(
    candidates.map(async (c) => ({
      candidate: c,
      candidateId: c.id,
      position: c.position,
      stage: c.stage,
      declineRisk: await declineRisk(db, c.id),
      dueItems: byCandidate.get(c.id) ?? [],
    })),
  );
  return prioritiseCandidates(rows, rules, now);
}

export interface PrepSheet {
  candidate: Candidate;
  nextInterviewAt: number | null;
  /** Deferred questions and open worries: what the interviewer must answer this time. */
  toAnswer: Item[];
  /** Already answered, for context. */
  answered: Item[];
  /** The open decline hint, in the candidate's words: what the interviewer should address. */
  declineRisk: DeclineRisk;
  /** The interviewers' notes from earlier interviews, newest first. */
  interviewNotes: { interviewId: string; at: number; stage: Interview['stage']; interviewers: string[]; notes: string }[];
}

export async function loadPrepSheet(db: AfterfollowDb, candidateId: string, now: number): Promise<PrepSheet | null> {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) return null;
  const [items, interviews, risk] = await Promise.all([
    itemsOfCandidate(db, candidateId),
    db.interviews.where('candidateId').equals(candidateId).toArray(),
    declineRiskOf(db, candidateId),
  ]);
  const upcoming = interviews.filter((i) => i.at > now).map((i) => i.at);
  const toAnswer = items.filter((i) => i.status === 'deferred' || (i.kind === 'anxiety' && i.status === 'open'));
  const answered = items.filter((i) => i.status === 'answered_now' || i.status === 'answered_at_interview');
  const interviewNotes = interviews
    .filter((i) => i.notes?.trim())
    .sort((a, b) => b.at - a.at)
    .map((i) => ({ interviewId: i.id, at: i.at, stage: i.stage, interviewers: i.interviewers, notes: i.notes }));
  return {
    candidate,
    nextInterviewAt: upcoming.length ? Math.min(...upcoming) : candidate.nextInterviewAt,
    toAnswer,
    answered,
    declineRisk: risk,
    interviewNotes,
  };
}
