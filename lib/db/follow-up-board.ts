// The dashboard's "who first" list and the interviewer's prep sheet, read from the log.
import { z } from 'zod';
import { CLOSED_STAGES } from '../domain';
import type { Candidate, Item } from '../records';
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

/**
 * Decline risk = the strongest hint among the candidate's mails after our last reaction
 * (a call proposed or a follow-up sent answers it).
 */
async function declineRisk(db: AfterfollowDb, candidateId: string): Promise<'none' | 'soft' | 'hard'> {
  const [messages, events] = await Promise.all([
    db.messages.where('candidateId').equals(candidateId).toArray(),
    db.events.where('candidateId').equals(candidateId).toArray(),
  ]);
  const reacted = Math.max(0, ...events.filter((e) => e.kind === 'call_proposed' || e.kind === 'follow_up_sent' || e.kind === 'mail_sent').map((e) => e.at));
  let risk: 'none' | 'soft' | 'hard' = 'none';
  for (const m of messages) {
    if (!m.fromCandidate || (m.at ?? 0) <= reacted) continue;
    if (m.declineLevel === 'hard') return 'hard';
    if (m.declineLevel === 'soft') risk = 'soft';
  }
  return risk;
}

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
}

export async function loadPrepSheet(db: AfterfollowDb, candidateId: string, now: number): Promise<PrepSheet | null> {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) return null;
  const [items, interviews] = await Promise.all([
    itemsOfCandidate(db, candidateId),
    db.interviews.where('candidateId').equals(candidateId).toArray(),
  ]);
  const upcoming = interviews.filter((i) => i.at > now).map((i) => i.at);
  const toAnswer = items.filter((i) => i.status === 'deferred' || (i.kind === 'anxiety' && i.status === 'open'));
  const answered = items.filter((i) => i.status === 'answered_now' || i.status === 'answered_at_interview');
  return { candidate, nextInterviewAt: upcoming.length ? Math.min(...upcoming) : candidate.nextInterviewAt, toAnswer, answered };
}
