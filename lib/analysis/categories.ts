// One category per question or worry sentence from the topic cues it holds.
import type { RuleMatch } from './matcher';
import type { Tag } from './rules';
import { MAX_MATCH_LEN, type SentenceScan } from './scan';
import { ANXIETY_CATEGORIES, type TopicCategory } from './types';
import { work } from './work';

const CAT_INDEX = new Map<TopicCategory, number>(ANXIETY_CATEGORIES.map((c, i) => [c, i]));

/** Per-category topic weight of a sentence (each index as in ANXIETY_CATEGORIES) and the rule's choice. */
export interface TopicScores {
  /** A plain array: ten doubles in a Float64Array took an off-heap buffer per sentence (most of categorise's time on long mails). */
  weights: number[];
  category: TopicCategory;
}

/**
 * One category per sentence. Each topic cue adds its weight (strong, specific cues weigh
 * more than generic words); a cue inside a longer topic cue does not count ("relocation
 * package" is pay, not relocation; "面接…評価" is the selection, not the review system;
 * weight-0 cues such as "入社後" only mask). Ties go to the cue nearest the worry/question
 * cue (the topic it is about: "worried about the commute", "転勤が不安"), then to the earlier.
 */
/** Shared result for sentences without topic cues: read only. */
const NO_TOPICS: TopicScores = { weights: new Array<number>(ANXIETY_CATEGORIES.length).fill(0), category: 'other' };
/** Copied per sentence with topic cues (slice of a packed array: a memcpy). Read only. */
const ZERO_WEIGHTS: readonly number[] = new Array<number>(ANXIETY_CATEGORIES.length).fill(0);

export interface CategoryScratch {
  dist: number[];
  first: number[];
}

/** Plain arrays (a Float64Array of ten takes an off-heap buffer; this is made once per message). */
export const newCategoryScratch = (): CategoryScratch => ({ dist: ZERO_WEIGHTS.slice(), first: ZERO_WEIGHTS.slice() });

export function categorise(ss: SentenceScan, scratch: CategoryScratch = newCategoryScratch()): TopicScores {
  const { matches, s } = ss;
  let topics: Array<RuleMatch<Tag>> | null = null;
  let cue = -1;
  for (const m of matches) {
    const t = m.rule.data.t;
    if (t === 'topic') (topics ??= []).push(m);
    else if (cue < 0 && (t === 'anxiety' || t === 'question')) cue = m.start;
  }
  if (!topics) return NO_TOPICS;
  const weights = ZERO_WEIGHTS.slice();
  // Distances and first positions are scratch: the caller's (one per analysis) or fresh.
  const { dist, first } = scratch;
  dist.fill(Infinity);
  first.fill(Infinity);
  if (cue < 0) cue = s.end; // only a question mark: the cue is the sentence end
  for (let k = 0; k < topics.length; k++) {
    const m = topics[k]!;
    if (containedInLonger(topics, k)) continue;
    const { category, weight } = (m.rule.data as Extract<Tag, { t: 'topic' }>).rule;
    const w = weight ?? 2;
    if (w <= 0) continue;
    const i = CAT_INDEX.get(category)!;
    weights[i]! += w;
    const d = m.end <= cue ? cue - m.end : m.start >= cue ? m.start - cue : 0;
    if (d < dist[i]!) dist[i] = d;
    if (m.start < first[i]!) first[i] = m.start;
  }
  let best = -1;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i]! <= 0) continue;
    if (best < 0 || weights[i]! > weights[best]!) best = i;
    else if (weights[i] === weights[best]) {
      if (dist[i]! < dist[best]! || (dist[i] === dist[best] && first[i]! < first[best]!)) best = i;
    }
  }
  return { weights, category: best < 0 ? 'other' : ANXIETY_CATEGORIES[best]! };
}

/**
 * topics[k] lies inside a longer topic match. Matches are ordered by end and at most
 * MAX_MATCH_LEN long, so only a bounded neighbourhood is visited (linear overall).
 */
function containedInLonger(topics: Array<RuleMatch<Tag>>, k: number): boolean {
  const m = topics[k]!;
  const len = m.end - m.start;
  for (let j = k - 1; j >= 0 && topics[j]!.end === m.end; j--) {
    work.steps++;
    if (topics[j]!.start < m.start) return true;
  }
  for (let j = k + 1; j < topics.length && topics[j]!.end < m.start + MAX_MATCH_LEN; j++) {
    work.steps++;
    const o = topics[j]!;
    if (o.start <= m.start && o.end >= m.end && o.end - o.start > len) return true;
  }
  return false;
}
