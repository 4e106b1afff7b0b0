// What every per-concern module reads: the body, its same-length matching copy and the
// keyword hits of the one scan over it. Passed explicitly; nothing here is module state.
import type { HitList, Matcher, RuleMatch } from './matcher';
import type { Tag } from './rules';
import type { Sentence } from './segment';

export interface Scan {
  body: string;
  norm: string;
  matcher: Matcher<Tag>;
  hits: HitList;
}

/** The hits of one sentence: hits[from, to) (ordered by end). */
export interface HitRange {
  hits: HitList;
  from: number;
  to: number;
}

/** One sentence with its rule matches (valid until the matcher's next match() call). */
export interface SentenceScan {
  s: Sentence;
  matches: RuleMatch<Tag>[];
  range: HitRange;
}

/** Longest rule match (parts + gaps + kana extension): bounds every overlap sweep. */
export const MAX_MATCH_LEN = 200;
