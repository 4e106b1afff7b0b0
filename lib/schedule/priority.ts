// Who to follow up first, for the dashboard list. Pure scoring: the caller assembles one row per
// candidate (with that candidate's due items) and renders the reasons through lib/i18n.
import { z } from 'zod';
import { CLOSED_STAGES, stageSchema, type Stage } from '../domain';
import { compareText, dueItemSchema, type DueItem } from './due';

export const priorityRuleSchema = z.object({
  /**
   * Matched against the position title, case- and width-insensitively. Without wildcards it is a
   * substring ("backend" matches "Senior Backend Engineer"); with * or ? it must match the whole title.
   * Deliberately not a regex: the team types these in the options page.
   */
  positionPattern: z.string().min(1).max(200),
  /** Added to the score; negative values push a position down. */
  boost: z.number().int().min(-500).max(500),
});
export type PriorityRule = z.infer<typeof priorityRuleSchema>;

export interface PriorityInput {
  candidateId: string;
  position: string;
  stage: Stage;
  /** Strongest decline hint in the candidate's latest unanswered messages. */
  declineRisk: 'none' | 'soft' | 'hard';
  dueItems: readonly DueItem[];
}
export const priorityInputSchema = z.object({
  candidateId: z.string().min(1),
  position: z.string().max(500),
  stage: stageSchema,
  declineRisk: z.enum(['none', 'soft', 'hard']),
  dueItems: z.array(dueItemSchema),
});

/** Keys in public/_locales/<lang>/messages.json; `subs` fill $1, $2 through lib/i18n `t`. */
export type PriorityReasonKey =
  | 'priorityOverdue'
  | 'priorityDueSoon'
  | 'priorityDeclineHard'
  | 'priorityDeclineSoft'
  | 'priorityOffer'
  | 'priorityFinalStage'
  | 'priorityTeamRule';
export interface PriorityReason {
  key: PriorityReasonKey;
  subs: (string | number)[];
}

export type Prioritised<R> = R & { score: number; reasons: PriorityReason[] };

// Weights chosen so an overdue item outranks everything but a hard decline hint, which is the
// moment a candidate is lost; two overdue items outrank a hard hint alone.
export const PRIORITY_WEIGHTS = {
  overdue: 100,
  dueSoon: 20,
  declineHard: 150,
  declineSoft: 60,
  offer: 50,
  finalStage: 40,
} as const;
const DUE_SOON_MS = 24 * 3_600_000;

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

export function positionMatches(pattern: string, position: string): boolean {
  const p = normalise(pattern);
  const pos = normalise(position);
  if (!/[*?]/.test(p)) return pos.includes(p);
  return globMatches(Array.from(p), Array.from(pos));
}

/**
 * Whole-string glob match (* any run, ? one code point) by the two-pointer method: on a mismatch
 * only the latest * is retried one character further, so the work is at most pattern × text steps
 * (200 × 500 here), never the exponential backtracking of a regex built from the pattern.
 */
function globMatches(p: readonly string[], s: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < s.length) {
    if (i < p.length && (p[i] === '?' || p[i] === s[j])) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      resume = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++resume;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

/**
 * Scores and sorts open candidates, most urgent first. Overdue is recomputed from `now`, not read
 * from the items' flag, so a list built a while ago still ranks correctly. Closed candidates are left
 * out: nothing more is followed up for them. Ties go to the earliest pending due time, then the id.
 */
export function prioritiseCandidates<R extends PriorityInput>(
  rows: readonly R[],
  rules: readonly PriorityRule[],
  now: number,
): Prioritised<R>[] {
  const scored = rows
    .filter((row) => !CLOSED_STAGES.includes(row.stage))
    .map((row) => {
      const reasons: PriorityReason[] = [];
      let score = 0;
      const pending = row.dueItems.filter((d) => !d.done);
      const overdue = pending.filter((d) => d.dueAt < now).length;
      const soon = pending.filter((d) => d.dueAt >= now && d.dueAt - now <= DUE_SOON_MS).length;
      if (overdue > 0) {
        score += overdue * PRIORITY_WEIGHTS.overdue;
        reasons.push({ key: 'priorityOverdue', subs: [overdue] });
      }
      if (soon > 0) {
        score += soon * PRIORITY_WEIGHTS.dueSoon;
        reasons.push({ key: 'priorityDueSoon', subs: [soon] });
      }
      if (row.declineRisk === 'hard') {
        score += PRIORITY_WEIGHTS.declineHard;
        reasons.push({ key: 'priorityDeclineHard', subs: [] });
      } else if (row.declineRisk === 'soft') {
        score += PRIORITY_WEIGHTS.declineSoft;
        reasons.push({ key: 'priorityDeclineSoft', subs: [] });
      }
      if (row.stage === 'offer') {
        score += PRIORITY_WEIGHTS.offer;
        reasons.push({ key: 'priorityOffer', subs: [] });
      } else if (row.stage === 'final_interview') {
        score += PRIORITY_WEIGHTS.finalStage;
        reasons.push({ key: 'priorityFinalStage', subs: [] });
      }
      for (const rule of rules) {
        if (rule.boost === 0 || !positionMatches(rule.positionPattern, row.position)) continue;
        score += rule.boost;
        reasons.push({ key: 'priorityTeamRule', subs: [rule.positionPattern, rule.boost] });
      }
      const nextDue = Math.min(Infinity, ...pending.map((d) => d.dueAt));
      return { row: { ...row, score, reasons }, nextDue };
    });
  scored.sort(
    (a, b) => b.row.score - a.row.score || a.nextDue - b.nextDue || compareText(a.row.candidateId, b.row.candidateId),
  );
  return scored.map((s) => s.row);
}
