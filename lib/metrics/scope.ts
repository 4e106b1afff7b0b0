// One pass over the rows groups everything by candidate (Maps, no nested scans); each metric then
// walks only its own candidate's few rows. Sorting happens per candidate, so n log k, k small.
import type { MetricCandidate, MetricEvent, MetricInterview, MetricItem, MetricMessage, MetricsFilter, MetricsRows } from './types';

export interface CandidateRows {
  /** Oldest first. */
  events: MetricEvent[];
  /** Oldest first. */
  interviews: MetricInterview[];
  /** Oldest first. */
  messages: MetricMessage[];
}

export interface MetricsIndex {
  candidates: ReadonlyMap<string, MetricCandidate>;
  byCandidate: ReadonlyMap<string, CandidateRows>;
  items: readonly MetricItem[];
  /**
   * Rows visited while building and computing: a machine-independent measure of work, so a test can
   * check that ten times the data costs about ten times the work (no wall-clock thresholds).
   */
  work: { rows: number };
}

const byAt = (a: { at: number }, b: { at: number }) => a.at - b.at;

export function indexRows(rows: MetricsRows): MetricsIndex {
  const work = { rows: 0 };
  const candidates = new Map<string, MetricCandidate>();
  for (const c of rows.candidates) candidates.set(c.id, c);
  const byCandidate = new Map<string, CandidateRows>();
  const slot = (id: string) => {
    let s = byCandidate.get(id);
    if (!s) byCandidate.set(id, (s = { events: [], interviews: [], messages: [] }));
    return s;
  };
  for (const e of rows.events) slot(e.candidateId).events.push(e);
  for (const iv of rows.interviews) slot(iv.candidateId).interviews.push(iv);
  for (const m of rows.messages) slot(m.candidateId).messages.push(m);
  for (const s of byCandidate.values()) {
    s.events.sort(byAt);
    s.interviews.sort(byAt);
    // Messages without a date (rare) sort first: they cannot be the latest.
    s.messages.sort((a, b) => (a.at ?? -1) - (b.at ?? -1));
  }
  work.rows += rows.candidates.length + rows.events.length + rows.interviews.length + rows.messages.length;
  return { candidates, byCandidate, items: rows.items, work };
}

export const inPeriod = (at: number | null, f: MetricsFilter): boolean =>
  at !== null && (f.from === undefined || at >= f.from) && (f.to === undefined || at < f.to);

/** Whether a candidate passes the position/owner/stage filters (unknown candidates pass only when none is set). */
export function candidateMatcher(index: MetricsIndex, f: MetricsFilter): (candidateId: string) => boolean {
  if (f.position === undefined && f.owner === undefined && f.stage === undefined) return () => true;
  return (id) => {
    const c = index.candidates.get(id);
    return (
      !!c && (f.position === undefined || c.position === f.position) && (f.owner === undefined || c.owner === f.owner) && (f.stage === undefined || c.stage === f.stage)
    );
  };
}

/** Nearest-rank percentile of an ascending list; null when empty. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** The bucket an amount falls in: the first whose upper bound (exclusive) is above it, else the last. */
export function bucketOf<K extends string>(value: number, bounds: readonly (readonly [K, number])[], last: K): K {
  for (const [key, upper] of bounds) if (value < upper) return key;
  return last;
}
