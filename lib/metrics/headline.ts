// The figures HR asks for first, summed over a whole period (the monthly tables keep the detail).
import type { CandidateOutcome } from './outcomes';
import type { DeclineReaction, FollowUpLatency } from './latency';
import type { MonthRates } from './rates';
import type { OwnerWorkload } from './workload';

export interface Headline {
  /** Accepted ÷ answered offers over the period; null when no offer was answered. */
  acceptanceRate: number | null;
  /** Declined ÷ ended selections over the period. */
  declineRate: number | null;
  /** Recorded decline reasons, most frequent first. */
  reasons: { reason: string; count: number }[];
  latencyMedianMs: number | null;
  onTimeShare: number | null;
  reactionMedianMs: number | null;
  followUps: number;
  minutes: number;
}

const rate = (n: number, d: number) => (d === 0 ? null : n / d);

export function headline(p: { monthly: readonly MonthRates[]; outcomes: readonly CandidateOutcome[]; latency: FollowUpLatency; reaction: DeclineReaction; workload: readonly OwnerWorkload[] }): Headline {
  let accepted = 0;
  let declinedOffers = 0;
  let declined = 0;
  let withdrawn = 0;
  for (const m of p.monthly) {
    accepted += m.accepted;
    declinedOffers += m.declinedOffers;
    declined += m.declined;
    withdrawn += m.withdrawn;
  }
  const reasons = new Map<string, number>();
  for (const o of p.outcomes) {
    const reason = o.outcome === 'declined' ? o.declineReason?.trim() : '';
    if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    acceptanceRate: rate(accepted, accepted + declinedOffers),
    declineRate: rate(declined, accepted + declined + withdrawn),
    reasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    latencyMedianMs: p.latency.medianMs,
    onTimeShare: p.latency.onTimeShare,
    reactionMedianMs: p.reaction.medianMs,
    followUps: p.workload.reduce((n, w) => n + w.followUps, 0),
    minutes: p.workload.reduce((n, w) => n + w.minutes, 0),
  };
}
