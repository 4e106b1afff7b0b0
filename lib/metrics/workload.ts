// Workload per follow-up owner. The log has no stopwatch (the sidebar does not time the recruiter
// from opening to insertion yet), so the time is an estimate HR can tune: follow-up work events
// attributed to the candidate's current owner × minutes per follow-up (default 10, editable in the UI).
import { candidateMatcher, inPeriod, type MetricsIndex } from './scope';
import { isFollowUp } from './latency';
import type { MetricEvent, MetricsFilter } from './types';

export const DEFAULT_MINUTES_PER_FOLLOW_UP = 10;

export interface OwnerWorkload {
  owner: string;
  /** Follow-ups sent or marked done, call proposals and survey requests. */
  followUps: number;
  minutes: number;
}

/** The events that cost the owner a mail's worth of work. */
export const isFollowUpWork = (e: MetricEvent) => isFollowUp(e) || e.kind === 'call_proposed' || e.kind === 'survey_requested';

/** Owners with any work in the period, busiest first. */
export function workloadByOwner(index: MetricsIndex, f: MetricsFilter, minutesPerFollowUp = DEFAULT_MINUTES_PER_FOLLOW_UP): OwnerWorkload[] {
  const matches = candidateMatcher(index, f);
  const counts = new Map<string, number>();
  for (const [candidateId, rows] of index.byCandidate) {
    if (!matches(candidateId)) continue;
    const owner = index.candidates.get(candidateId)?.owner ?? '';
    for (const e of rows.events) {
      index.work.rows++;
      if (isFollowUpWork(e) && inPeriod(e.at, f)) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
  }
  const minutes = Math.max(0, minutesPerFollowUp);
  return [...counts]
    .map(([owner, followUps]) => ({ owner, followUps, minutes: followUps * minutes }))
    .sort((a, b) => b.followUps - a.followUps || (a.owner < b.owner ? -1 : 1));
}
