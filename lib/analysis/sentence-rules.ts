// The rule pass over one message's own sentences: decline phrases, question and worry cues
// and topic scores per sentence, from the one keyword scan. Everything the learned part
// reads as "rule hits" comes from here, so training and the shipped path see the same cues.
import { anxietyCue } from './anxieties';
import { categorise, newCategoryScratch, type TopicScores } from './categories';
import { declinePhrases, type DeclineCues, type DeclinePhrase } from './decline';
import type { RuleMatch } from './matcher';
import { hasQuestionMark, questionCue } from './questions';
import type { Tag } from './rules';
import type { HitRange, Scan, SentenceScan } from './scan';
import type { Sentence } from './segment';
import { work } from './work';

export interface SentenceRules {
  start: number;
  end: number;
  phrases: DeclinePhrase[];
  decline: DeclineCues;
  questionMark: boolean;
  questionCue: 'cue' | 'blocked' | null;
  anxietyCue: 'cue' | 'negated' | null;
  topics: TopicScores | null;
  /** The rules' own verdicts. */
  question: boolean;
  anxiety: boolean;
}

const NO_MATCHES: RuleMatch<Tag>[] = [];
/** Shared, never written: most sentences have no rule match at all (saves garbage on huge mails). */
const NO_CUES: Readonly<DeclineCues> = Object.freeze({ hard: false, soft: false, negated: false, blocked: false, accepted: false });
const NO_PHRASES: DeclinePhrase[] = [];
/** Decline phrases beyond this in one message are noise (the level is decided); caps hostile input. */
const MAX_PHRASES = 50;

export function sentenceRules(scan: Scan, sentences: readonly Sentence[]): SentenceRules[] {
  const { matcher, norm, hits } = scan;
  const out: SentenceRules[] = [];
  let h = 0;
  let phraseCount = 0;
  const hitEnd = hits.end;
  // One range and one sentence view per call, updated per sentence (consumed before the next).
  const range: HitRange = { hits, from: 0, to: 0 };
  const ss: SentenceScan = { s: { start: 0, end: 0 }, matches: NO_MATCHES, range };
  const scratch = newCategoryScratch();
  for (const s of sentences) {
    // Hits are ordered by end: skip those before the sentence, take those inside it.
    while (h < hits.length && hitEnd[h]! <= s.start) h++;
    let to = h;
    while (to < hits.length && hitEnd[to]! <= s.end) to++;
    work.steps += to - h;
    range.from = h;
    range.to = to;
    // A hit straddling the sentence start is skipped by match() (minStart).
    const matches = to > h ? matcher.match(norm, hits, h, to, s.start) : NO_MATCHES;
    ss.s = s;
    ss.matches = matches;
    const decline: DeclineCues = matches.length ? { hard: false, soft: false, negated: false, blocked: false, accepted: false } : NO_CUES;
    const phrases = matches.length && phraseCount < MAX_PHRASES ? declinePhrases(scan, ss, decline) : NO_PHRASES;
    phraseCount += phrases.length;
    const questionMark = hasQuestionMark(scan, s);
    const qCue = matches.length ? questionCue(scan, ss) : null;
    const aCue = matches.length ? anxietyCue(scan, ss) : null;
    const topics = matches.length ? categorise(ss, scratch) : null;
    out.push({
      start: s.start,
      end: s.end,
      phrases,
      decline,
      questionMark,
      questionCue: qCue,
      anxietyCue: aCue,
      topics,
      question: questionMark || qCue === 'cue',
      anxiety: aCue === 'cue',
    });
  }
  return out;
}
