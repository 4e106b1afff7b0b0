// Negation of a decline or worry cue: an English negator shortly before it ("not worried",
// "never considered declining") or a negated predicate after it (Japanese 「辞退するつもりはありません」,
// English "… never crossed my mind"). Windows are bounded, so each cue costs O(log n).
import { charTable } from './normalize';
import type { HitRange, Scan } from './scan';
import { work } from './work';

/** English negators up to this many chars before the cue … */
const NEG_BEFORE_WINDOW = 30;
/** … Japanese negated predicates up to this many chars after it. */
const NEG_AFTER_WINDOW = 20;
/** Longest keyword in the vocabulary is far below this; bounds the look-ahead. */
const MAX_KEYWORD_LEN = 64;
const CLAUSE_STOPS = charTable('、,;。，:!?');

/** First index in ends[from, to) (ascending) whose value is > pos. Binary search. */
export function firstEndAfterIn(ends: Int32Array, pos: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    work.steps++;
    const mid = (lo + hi) >> 1;
    if (ends[mid]! > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index in items (ordered by end) whose end is > pos. Binary search. */
export function firstEndAfter(items: ReadonlyArray<{ end: number }>, pos: number, from = 0, to = items.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    work.steps++;
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function negated(scan: Scan, range: HitRange, m: { start: number; end: number }, after: 'negAfterDecline' | 'negAfterAnxiety'): boolean {
  const { matcher, norm } = scan;
  const hits = range.hits;
  const stop = m.end + NEG_AFTER_WINDOW + MAX_KEYWORD_LEN;
  for (let k = firstEndAfterIn(hits.end, m.start - NEG_BEFORE_WINDOW, range.from, range.to); k < range.to && hits.end[k]! <= stop; k++) {
    work.steps++;
    const hitStart = hits.start[k]!;
    const hitEnd = hits.end[k]!;
    for (const [rid] of matcher.usesOf(hits.kw[k]!)) {
      const t = matcher.rules[rid]!.data.t;
      if (t === 'negBefore' && hitEnd <= m.start && m.start - hitEnd <= NEG_BEFORE_WINDOW && !hasStop(norm, hitEnd, m.start)) return true;
      if (t === after && hitStart >= m.end && hitStart - m.end <= NEG_AFTER_WINDOW && !hasStop(norm, m.end, hitStart)) return true;
    }
  }
  return false;
}

function hasStop(norm: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = norm.charCodeAt(k);
    if (CLAUSE_STOPS[c] === 1) return true;
    if (c !== 0x20) continue;
    // English clause joiners also end a negation's reach: "I don't know yet, but …".
    if (norm.startsWith(' but ', k) || norm.startsWith(' and ', k) || norm.startsWith(' as ', k) || norm.startsWith(' because ', k)) return true;
  }
  return false;
}
