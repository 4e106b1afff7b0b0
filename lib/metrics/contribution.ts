// The field's contribution, for HR to thank each interviewer with numbers.
import { HR_OWNER } from '../domain';
import { candidateMatcher, inPeriod, type MetricsIndex } from './scope';
import { isCountedFollowUp } from './latency';
import type { MetricInterview, MetricsFilter } from './types';

export interface InterviewerContribution {
  interviewer: string;
  /** Interviews in the period they sat on. */
  interviews: number;
  /** Follow-ups sent or marked done for candidates they own. */
  followUps: number;
  /** Items set to "answered at interview" after an interview of theirs (the latest one before the change). */
  answeredAtInterview: number;
  /** Candidates they interviewed who accepted in the period. */
  accepted: number;
}

/** Interviewers and non-HR owners with anything to show, most interviews first. */
export function contributionByInterviewer(index: MetricsIndex, f: MetricsFilter): InterviewerContribution[] {
  const matches = candidateMatcher(index, f);
  const rows = new Map<string, InterviewerContribution>();
  const row = (name: string) => {
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { interviewer: name, interviews: 0, followUps: 0, answeredAtInterview: 0, accepted: 0 }));
    return r;
  };
  for (const [candidateId, cand] of index.byCandidate) {
    if (!matches(candidateId)) continue;
    const c = index.candidates.get(candidateId);
    const met = new Set<string>();
    for (const iv of cand.interviews) {
      index.work.rows++;
      for (const name of iv.interviewers) {
        met.add(name);
        if (inPeriod(iv.at, f)) row(name).interviews++;
      }
    }
    const owner = c && c.owner !== HR_OWNER ? c.owner : null;
    let latest: MetricInterview | null = null;
    let k = 0;
    let acceptedAt: number | null = null;
    for (const e of cand.events) {
      index.work.rows++;
      // Both lists are sorted: advance to the last interview at or before this event.
      while (k < cand.interviews.length && cand.interviews[k]!.at <= e.at) latest = cand.interviews[k++]!;
      if (e.kind === 'stage_changed' && e.detail.to === 'accepted') acceptedAt = e.at;
      if (!inPeriod(e.at, f)) continue;
      if (owner && isCountedFollowUp(e)) row(owner).followUps++;
      if (latest && e.kind === 'status_changed' && e.detail.to === 'answered_at_interview') {
        for (const name of latest.interviewers) row(name).answeredAtInterview++;
      }
    }
    if (c?.stage === 'accepted' && inPeriod(acceptedAt ?? c.updatedAt, f)) for (const name of met) row(name).accepted++;
  }
  return [...rows.values()].sort((a, b) => b.interviews - a.interviews || (a.interviewer < b.interviewer ? -1 : 1));
}
