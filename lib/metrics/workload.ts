// Workload per follow-up owner: follow-up work events attributed to the candidate's current owner.
// A reply inserted from the sidebar carries its measured time (detail.workMs: from opening the
// thread beside the mail to insertion, capped; lib/work-timer). Work the sidebar could not time
// (marked done by hand, or logged before timing existed) is estimated at minutes per follow-up
// (default 10, editable in the UI).
import { candidateMatcher, inPeriod, type MetricsIndex } from './scope';
import { isCountedFollowUp } from './latency';
import type { MetricEvent, MetricsFilter } from './types';

export const DEFAULT_MINUTES_PER_FOLLOW_UP = 10;

export interface OwnerWorkload {
  owner: string;
  /** Follow-ups sent or marked done, call proposals and survey requests. */
  followUps: number;
  /** Of those, the ones the sidebar timed. */
  timed: number;
  /** Measured minutes of the timed ones plus the estimate for the rest. */
  minutes: number;
}

const measuredMs = (e: MetricEvent): number | null => {
  const ms = e.detail.workMs;
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : null;
};

/** The events that cost the owner a mail's worth of work. */
export const isFollowUpWork = (e: MetricEvent) => isCountedFollowUp(e) || e.kind === 'call_proposed' || e.kind === 'survey_requested';

/** Owners with any work in the period, busiest first. */
export function workloadByOwner(index: MetricsIndex, f: MetricsFilter, minutesPerFollowUp = DEFAULT_MINUTES_PER_FOLLOW_UP): OwnerWorkload[] {
  const matches = candidateMatcher(index, f);
  const estimate = Math.max(0, minutesPerFollowUp);
  const byOwner = new Map<string, { followUps: number; timed: number; ms: number }>();
  for (const [candidateId, rows] of index.byCandidate) {
    if (!matches(candidateId)) continue;
    const owner = index.candidates.get(candidateId)?.owner ?? '';
    for (const e of rows.events) {
      index.work.rows++;
      if (!isFollowUpWork(e) || !inPeriod(e.at, f)) continue;
      const w = byOwner.get(owner) ?? { followUps: 0, timed: 0, ms: 0 };
      const ms = measuredMs(e);
      w.followUps += 1;
      if (ms !== null) {
        w.timed += 1;
        w.ms += ms;
      }
      byOwner.set(owner, w);
    }
  }
  return [...byOwner]
    .map(([owner, w]) => ({ owner, followUps: w.followUps, timed: w.timed, minutes: Math.round(w.ms / 60_000 + (w.followUps - w.timed) * estimate) }))
    .sort((a, b) => b.followUps - a.followUps || (a.owner < b.owner ? -1 : 1));
}
