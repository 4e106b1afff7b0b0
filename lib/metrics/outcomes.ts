// Where each candidate's selection ended, read from the stage_changed log (for the dates) and the
// current stage (for the answer: a stage corrected by hand overrides an earlier logged change).
import type { Stage } from '../domain';
import { candidateMatcher, inPeriod, type MetricsIndex } from './scope';
import type { MetricsFilter } from './types';

export type Outcome = 'offer' | 'accepted' | 'declined' | 'withdrawn';
const OUTCOMES: ReadonlySet<Stage> = new Set<Stage>(['offer', 'accepted', 'declined', 'withdrawn']);

export interface CandidateOutcome {
  candidateId: string;
  name: string;
  position: string;
  owner: string;
  /** The current stage when it is an outcome; null for a candidate back in selection after an offer. */
  outcome: Outcome | null;
  offerAt: number | null;
  acceptedAt: number | null;
  declinedAt: number | null;
  withdrawnAt: number | null;
  /** detail.reason of the decline, else the decline phrases of the candidate's last hard-decline mail. */
  declineReason: string | null;
  surveyRequestedAt: number | null;
  /** When someone recorded that the survey was answered (a survey_answered event). */
  surveyAnsweredAt: number | null;
  /** A mail from the candidate after the survey request: a hint of an answer until one is recorded. */
  repliedAfterSurvey: boolean;
}

/** The date the candidate reached the current outcome; what the period filter and the monthly rates use. */
export function outcomeDate(o: CandidateOutcome): number | null {
  switch (o.outcome) {
    case 'accepted':
      return o.acceptedAt;
    case 'declined':
      return o.declinedAt;
    case 'withdrawn':
      return o.withdrawnAt;
    default:
      return o.offerAt;
  }
}

/** Candidates who got an offer or left the selection; newest outcome first. Period: any of its dates. */
export function candidateOutcomes(index: MetricsIndex, f: MetricsFilter): CandidateOutcome[] {
  const matches = candidateMatcher(index, f);
  const out: CandidateOutcome[] = [];
  for (const c of index.candidates.values()) {
    index.work.rows++;
    if (!matches(c.id)) continue;
    const rows = index.byCandidate.get(c.id);
    const o: CandidateOutcome = {
      candidateId: c.id,
      name: c.name,
      position: c.position,
      owner: c.owner,
      outcome: OUTCOMES.has(c.stage) ? (c.stage as Outcome) : null,
      offerAt: null,
      acceptedAt: null,
      declinedAt: null,
      withdrawnAt: null,
      declineReason: null,
      surveyRequestedAt: null,
      surveyAnsweredAt: null,
      repliedAfterSurvey: false,
    };
    let reason: string | null = null;
    for (const e of rows?.events ?? []) {
      index.work.rows++;
      if (e.kind === 'survey_requested') o.surveyRequestedAt ??= e.at;
      if (e.kind === 'survey_answered') o.surveyAnsweredAt = e.at;
      if (e.kind !== 'stage_changed') continue;
      const to = e.detail.to;
      if (to === 'offer') o.offerAt ??= e.at;
      else if (to === 'accepted') o.acceptedAt = e.at;
      else if (to === 'withdrawn') o.withdrawnAt = e.at;
      else if (to === 'declined') {
        o.declinedAt = e.at;
        if (typeof e.detail.reason === 'string' && e.detail.reason) reason = e.detail.reason;
      }
    }
    // A stage set before the log existed (or imported) has no event: its last edit is the best date.
    if (o.outcome === 'offer') o.offerAt ??= c.updatedAt;
    if (o.outcome === 'accepted') o.acceptedAt ??= c.updatedAt;
    if (o.outcome === 'declined') o.declinedAt ??= c.updatedAt;
    if (o.outcome === 'withdrawn') o.withdrawnAt ??= c.updatedAt;
    if (o.outcome === null && o.offerAt === null) continue;
    if (o.declinedAt !== null) {
      let lastHard: string[] | null = null;
      for (const m of rows?.messages ?? []) {
        index.work.rows++;
        if (m.fromCandidate && m.declineLevel === 'hard' && m.declinePhrases.length > 0) lastHard = m.declinePhrases;
        if (o.surveyRequestedAt !== null && m.fromCandidate && m.at !== null && m.at > o.surveyRequestedAt) o.repliedAfterSurvey = true;
      }
      o.declineReason = reason ?? (lastHard ? lastHard.join(' / ') : null);
    }
    if (!inPeriod(o.offerAt, f) && !inPeriod(o.acceptedAt, f) && !inPeriod(o.declinedAt, f) && !inPeriod(o.withdrawnAt, f)) continue;
    out.push(o);
  }
  return out.sort((a, b) => (outcomeDate(b) ?? 0) - (outcomeDate(a) ?? 0));
}
