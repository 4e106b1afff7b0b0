// Shapes of the vocabulary data files. Every rule carries the reason it exists, so a
// reviewer can tell a deliberate rule from a fixture-driven one. Pattern syntax: see
// ../matcher.ts ('*' = no word boundary on that side, '…' = ordered parts in a sentence).
import type { TopicCategory } from '../types';

export interface VocabRule {
  pattern: string;
  reason: string;
  /** Max chars between '…' parts (default 25). */
  gap?: number;
  /** '…' gaps may not cross 、 , ; (keeps e.g. "他社の内定を辞退" within one clause). */
  clause?: boolean;
}

export type DeclineKind = 'hard' | 'soft' | 'block' | 'accept';
export interface DeclineRule extends VocabRule {
  kind: DeclineKind;
  /** Overlapping matches: the higher priority wins (defaults: block 3, soft 1, hard 2). */
  priority?: number;
  /** Japanese verb stems: extend the phrase over the following kana (させていただきます). */
  extend?: boolean;
}

export interface QuestionRule extends VocabRule {
  /** The cue only counts at the end of a clause (でしょうか。 / ますか、). */
  atEnd?: boolean | 'sentence';
  /**
   * The cue only counts where a clause starts: the sentence start (after a list bullet or number)
   * or after a dash or colon ("Is there an on-call rota" written without its '?').
   */
  atStart?: boolean;
}

export interface TopicRule extends VocabRule {
  category: TopicCategory;
  weight?: number;
}

export interface CandidateRule extends VocabRule {
  weight: number;
  /** Where the cue counts: only in the sender's own text, or anywhere incl. subject/quotes. */
  scope?: 'own' | 'any';
  /**
   * Recruiting vocabulary: it says the mail is about hiring, not who wrote it. Its total is capped,
   * so a recruiter's offer letter full of 年収/入社/勤務地 cannot outvote the voice cues.
   */
  topical?: boolean;
}
