// Public API of the metrics module: pure functions over plain rows (lib/db/metrics-source loads
// them). indexRows once per data load, computeResults on every filter change.
import { DEFAULT_CALENDAR, type WorkCalendar } from '../schedule';
import { contributionByInterviewer, type InterviewerContribution } from './contribution';
import { declineReaction, followUpLatency, type DeclineReaction, type FollowUpLatency } from './latency';
import { candidateOutcomes, type CandidateOutcome } from './outcomes';
import { questionsByCategory, type CategoryCounts } from './questions';
import { monthlyRates, monthWindow, type MonthRates, type WindowMonths } from './rates';
import type { MetricsIndex } from './scope';
import type { MetricsFilter } from './types';
import { DEFAULT_MINUTES_PER_FOLLOW_UP, workloadByOwner, type OwnerWorkload } from './workload';

export * from './types';
export * from './scope';
export * from './outcomes';
export * from './rates';
export * from './latency';
export * from './questions';
export * from './workload';
export * from './contribution';
export * from './headline';

export interface ResultsOptions {
  now: number;
  /** The period: the last N calendar months up to and including the current one. */
  windowMonths: WindowMonths;
  position?: string;
  owner?: string;
  stage?: MetricsFilter['stage'];
  minutesPerFollowUp?: number;
  calendar?: WorkCalendar;
}

export interface Results {
  filter: MetricsFilter;
  outcomes: CandidateOutcome[];
  monthly: MonthRates[];
  latency: FollowUpLatency;
  reaction: DeclineReaction;
  questions: CategoryCounts[];
  workload: OwnerWorkload[];
  contribution: InterviewerContribution[];
}

/** Everything the Results panel shows, for one choice of filters. */
export function computeResults(index: MetricsIndex, o: ResultsOptions): Results {
  const cal = o.calendar ?? DEFAULT_CALENDAR;
  const win = monthWindow(o.now, o.windowMonths, cal.timeZone);
  const filter: MetricsFilter = { from: win.from, to: win.to, position: o.position, owner: o.owner, stage: o.stage };
  const outcomes = candidateOutcomes(index, filter);
  return {
    filter,
    outcomes,
    monthly: monthlyRates(outcomes, win.months, cal.timeZone),
    latency: followUpLatency(index, filter, o.now, cal),
    reaction: declineReaction(index, filter),
    questions: questionsByCategory(index, filter),
    workload: workloadByOwner(index, filter, o.minutesPerFollowUp ?? DEFAULT_MINUTES_PER_FOLLOW_UP),
    contribution: contributionByInterviewer(index, filter),
  };
}
