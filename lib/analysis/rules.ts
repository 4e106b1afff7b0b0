// Compiles every vocabulary file into one Matcher, tagging each rule with its role.
// Built once, lazily, on the first analysis (module import stays cheap for the CLI).
import { Matcher } from './matcher';
import { NEGATORS_AFTER_ANXIETY, NOT_ANXIETY, ANXIETY_RULES } from './vocab/anxiety';
import { CANDIDATE_RULES } from './vocab/candidate';
import { DECLINE_RULES, NEGATORS_AFTER_DECLINE, NEGATORS_BEFORE } from './vocab/decline';
import { NOT_QUESTION, QUESTION_RULES } from './vocab/questions';
import { TOPIC_RULES } from './vocab/topics';
import type { CandidateRule, DeclineRule, QuestionRule, TopicRule } from './vocab/types';

export type Tag =
  | { t: 'decline'; rule: DeclineRule; priority: number }
  | { t: 'negBefore' }
  | { t: 'negAfterDecline' }
  | { t: 'negAfterAnxiety' }
  | { t: 'question'; rule: QuestionRule }
  | { t: 'notQuestion' }
  | { t: 'anxiety' }
  | { t: 'notAnxiety' }
  | { t: 'topic'; rule: TopicRule }
  | { t: 'candidate'; rule: CandidateRule };

const DEFAULT_PRIORITY = { block: 3, hard: 2, soft: 1, accept: 0 } as const;

let compiled: Matcher<Tag> | null = null;

export function getMatcher(): Matcher<Tag> {
  if (compiled) return compiled;
  const m = new Matcher<Tag>();
  for (const rule of DECLINE_RULES) {
    m.add(rule.pattern, { t: 'decline', rule, priority: rule.priority ?? DEFAULT_PRIORITY[rule.kind] }, rule);
  }
  for (const p of NEGATORS_BEFORE) m.add(p, { t: 'negBefore' });
  for (const p of NEGATORS_AFTER_DECLINE) m.add(p, { t: 'negAfterDecline' });
  for (const p of NEGATORS_AFTER_ANXIETY) m.add(p, { t: 'negAfterAnxiety' });
  for (const rule of QUESTION_RULES) m.add(rule.pattern, { t: 'question', rule }, rule);
  for (const rule of NOT_QUESTION) m.add(rule.pattern, { t: 'notQuestion' }, rule);
  for (const rule of ANXIETY_RULES) m.add(rule.pattern, { t: 'anxiety' }, rule);
  for (const rule of NOT_ANXIETY) m.add(rule.pattern, { t: 'notAnxiety' }, rule);
  for (const rule of TOPIC_RULES) m.add(rule.pattern, { t: 'topic', rule }, rule);
  for (const rule of CANDIDATE_RULES) {
    if (rule.pattern.includes('…')) throw new Error(`candidate cues must be single keywords: ${rule.pattern}`);
    m.add(rule.pattern, { t: 'candidate', rule }, rule);
  }
  compiled = m;
  return m;
}
