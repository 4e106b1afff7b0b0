// How fast the team follows up: interview → first follow-up, and decline hint → reaction.
import { DEFAULT_CALENDAR, endOfWorkingDay, nextWorkingDay, type WorkCalendar } from '../schedule';
import { localDateFn } from './local-date';
import { bucketOf, candidateMatcher, inPeriod, percentile, type MetricsIndex } from './scope';
import type { Bucket, MetricEvent, MetricsFilter } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const LATENCY_BUCKETS = ['under4h', 'under1d', 'under2d', 'under3d', 'under7d', 'over7d', 'none'] as const;
export type LatencyBucket = (typeof LATENCY_BUCKETS)[number];
const LATENCY_BOUNDS = [
  ['under4h', 4 * HOUR],
  ['under1d', DAY],
  ['under2d', 2 * DAY],
  ['under3d', 3 * DAY],
  ['under7d', 7 * DAY],
] as const;

export interface FollowUpLatency {
  /** Interviews by time from the interview's end to the first follow-up; 'none' = not followed up yet. */
  buckets: Bucket<LatencyBucket>[];
  /** Followed up by the end of the next business day after the interview's day (the method's "by the next day"). */
  onTime: number;
  late: number;
  /** No follow-up and the deadline has passed. */
  missed: number;
  /** No follow-up yet, deadline still ahead: left out of the share. */
  pending: number;
  /** onTime ÷ (onTime + late + missed); null when nothing is due yet. */
  onTimeShare: number | null;
  medianMs: number | null;
  p90Ms: number | null;
}

/**
 * Follow-ups to the candidate: inserted from the sidebar, marked done, or a mail seen sent in the
 * thread. Interviewer notes are the interviewer's reminder, not a follow-up.
 */
export function isFollowUp(e: MetricEvent): boolean {
  if (e.kind !== 'follow_up_sent' && e.kind !== 'follow_up_done' && e.kind !== 'mail_sent') return false;
  return !(typeof e.detail.refId === 'string' && e.detail.refId.startsWith('interviewer_notes:'));
}

/**
 * A follow-up counted once as work: a sent mail the ingest linked to the sidebar insertion (or
 * mark) that produced it (detail.insertion) is the same work, already counted there.
 */
export function isCountedFollowUp(e: MetricEvent): boolean {
  return isFollowUp(e) && !(e.kind === 'mail_sent' && typeof e.detail.insertion === 'string');
}

/**
 * Each interview in the period is paired with the candidate's first follow-up at or after its start
 * and before their next interview (a later mail answers the later interview).
 */
export function followUpLatency(index: MetricsIndex, f: MetricsFilter, now: number, cal: WorkCalendar = DEFAULT_CALENDAR): FollowUpLatency {
  const matches = candidateMatcher(index, f);
  const counts = new Map<LatencyBucket, number>(LATENCY_BUCKETS.map((k) => [k, 0]));
  const latencies: number[] = [];
  const deadlines = new Map<string, number>();
  const localDate = localDateFn(cal.timeZone);
  let onTime = 0;
  let late = 0;
  let missed = 0;
  let pending = 0;
  for (const [candidateId, rows] of index.byCandidate) {
    if (rows.interviews.length === 0 || !matches(candidateId)) continue;
    let e = 0;
    for (let i = 0; i < rows.interviews.length; i++) {
      const iv = rows.interviews[i]!;
      const nextAt = rows.interviews[i + 1]?.at ?? Infinity;
      // Events are sorted: the cursor only moves forward, so each event is looked at once per candidate.
      while (e < rows.events.length && (rows.events[e]!.at < iv.at || !isFollowUp(rows.events[e]!))) {
        e++;
        index.work.rows++;
      }
      if (!inPeriod(iv.at, f)) continue;
      index.work.rows++;
      const day = localDate(iv.at);
      let deadline = deadlines.get(day);
      if (deadline === undefined) deadlines.set(day, (deadline = endOfWorkingDay(nextWorkingDay(day, cal), cal)));
      const follow = e < rows.events.length && rows.events[e]!.at < nextAt ? rows.events[e]! : null;
      if (!follow) {
        counts.set('none', counts.get('none')! + 1);
        if (now > deadline) missed++;
        else pending++;
        continue;
      }
      const ms = Math.max(0, follow.at - (iv.at + iv.durationMinutes * 60_000));
      latencies.push(ms);
      const key = bucketOf(ms, LATENCY_BOUNDS, 'over7d');
      counts.set(key, counts.get(key)! + 1);
      if (follow.at <= deadline) onTime++;
      else late++;
    }
  }
  latencies.sort((a, b) => a - b);
  const due = onTime + late + missed;
  return {
    buckets: LATENCY_BUCKETS.map((key) => ({ key, count: counts.get(key)! })),
    onTime,
    late,
    missed,
    pending,
    onTimeShare: due === 0 ? null : onTime / due,
    medianMs: percentile(latencies, 0.5),
    p90Ms: percentile(latencies, 0.9),
  };
}

export const REACTION_BUCKETS = ['under1h', 'under4h', 'under1d', 'under3d', 'over3d'] as const;
export type ReactionBucket = (typeof REACTION_BUCKETS)[number];
const REACTION_BOUNDS = [
  ['under1h', HOUR],
  ['under4h', 4 * HOUR],
  ['under1d', DAY],
  ['under3d', 3 * DAY],
] as const;

export interface DeclineReaction {
  /** "Propose a call" clicks by time since the candidate's mail (detail.latencyMs, recorded by the sidebar). */
  buckets: Bucket<ReactionBucket>[];
  reacted: number;
  medianMs: number | null;
  p90Ms: number | null;
  /** Mails from candidates with a decline hint in the period that no call proposal or survey request followed. */
  unanswered: number;
}

export function declineReaction(index: MetricsIndex, f: MetricsFilter): DeclineReaction {
  const matches = candidateMatcher(index, f);
  const counts = new Map<ReactionBucket, number>(REACTION_BUCKETS.map((k) => [k, 0]));
  const latencies: number[] = [];
  let unanswered = 0;
  for (const [candidateId, rows] of index.byCandidate) {
    if (!matches(candidateId)) continue;
    let lastReaction = -Infinity;
    for (const e of rows.events) {
      index.work.rows++;
      if (e.kind !== 'call_proposed' && e.kind !== 'survey_requested') continue;
      lastReaction = e.at;
      const ms = e.detail.latencyMs;
      if (e.kind !== 'call_proposed' || typeof ms !== 'number' || !Number.isFinite(ms) || !inPeriod(e.at, f)) continue;
      latencies.push(Math.max(0, ms));
      const key = bucketOf(ms, REACTION_BOUNDS, 'over3d');
      counts.set(key, counts.get(key)! + 1);
    }
    for (const m of rows.messages) {
      index.work.rows++;
      if (m.fromCandidate && m.declineLevel !== 'none' && inPeriod(m.at, f) && m.at! > lastReaction) unanswered++;
    }
  }
  latencies.sort((a, b) => a - b);
  return {
    buckets: REACTION_BUCKETS.map((key) => ({ key, count: counts.get(key)! })),
    reacted: latencies.length,
    medianMs: percentile(latencies, 0.5),
    p90Ms: percentile(latencies, 0.9),
    unanswered,
  };
}
