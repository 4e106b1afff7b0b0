// Stage two: the verdicts. The rules keep what they do well (precise decline phrases,
// negation, quotes never read); the learned part reads the rule hits as features and adds
// recall. A hint the model finds in a sentence without a rule phrase is highlighted on the
// clause that carries it most (or the whole sentence). Local corrections come last.
import { CANDIDATE_THRESHOLD } from './candidate';
import { clauses } from './clauses';
import { adjustmentFor, type CorrectionIndex } from './corrections';
import type { Extracted } from './extract';
import type { SentenceRules } from './sentence-rules';
import { clauseFeatures, messageFeatures, newFeatures, sentenceFeatures } from './model/features';
import { bestCategory, COL_CANDIDATE, dotColumn, probability, sentenceLogits, sigmoid, thresholdsFor, type LinearModel, type Thresholds } from './model/linear';
import { ANXIETY_CATEGORIES, type AnalysisDiagnostics, type CategorisedSpan, type DeclineLevel, type MessageAnalysis, type TextSpan, type TopicCategory } from './types';

/** Per-sentence scores, for evaluation and threshold tuning (not part of the public result). */
export interface SentenceScores {
  start: number;
  end: number;
  hint: number;
  /** The best clause's hint probability (0 where not scored: a rule phrase, a veto, or hint < CLAUSE_FLOOR). */
  clause: number;
  hard: number;
  question: number;
  worry: number;
  /** The rules found a decline phrase here (hard or soft). */
  rulePhrase: 'hard' | 'soft' | null;
  ruleQuestion: boolean;
  /** A rule question that names a topic: it stands whatever the model says. */
  topicalQuestion: boolean;
  ruleWorry: boolean;
  /** The rules veto a model-only verdict here (negated, blocked or accepted cue; negated worry). */
  vetoHint: boolean;
  vetoWorry: boolean;
}

export interface Decided {
  analysis: MessageAnalysis;
  candidateP: number | null;
  sentences: SentenceScores[];
}

export function candidateProbability(x: Extracted, model: LinearModel): number {
  const f = newFeatures();
  messageFeatures(x, model.bits, f);
  return sigmoid(dotColumn(model.packed, COL_CANDIDATE, f));
}

/**
 * The model reads at most this many sentences of one mail (a real mail has far fewer); the rest of a
 * hostile 1 MB body gets the rules alone (diagnostics.truncated), which bounds the time per mail.
 */
const MAX_MODEL_SENTENCES = 500;
/** Decline phrases beyond this are noise (the level is already decided). */
const MAX_PHRASES = 50;
/** Questions + worries listed per mail at most (a real mail has a handful; a hostile one is cut, diagnostics.truncated). */
const MAX_SPANS = 500;

/** The rules' verdicts as 0/1 scores: the fallback when there is no usable model. */
const RULE_THRESHOLDS: Thresholds = { candidate: 0.5, hint: 0.5, hintRule: 0, hintClause: 1, hard: 0.5, question: 0.5, questionRule: 0.5, worry: 0.5, worryRule: 0.5 };

/** With model null, the rules decide alone (candidate score ≥ CANDIDATE_THRESHOLD, rule cues per sentence). */
export function decide(x: Extracted, shipped: LinearModel | null, corrections: CorrectionIndex | null, diagnostics: AnalysisDiagnostics, withScores = false): Decided {
  const { body, norm } = x.scan;
  let model = shipped;
  const t = model ? thresholdsFor(model.thresholds, x.language) : RULE_THRESHOLDS;
  const candidateP = x.byContext !== null ? null : model ? candidateProbability(x, model) : x.evidence.score >= CANDIDATE_THRESHOLD ? 1 : 0;
  const candidate = x.byContext ?? candidateP! >= t.candidate;
  diagnostics.candidateScore = candidateP;
  diagnostics.candidateBy = x.byContext === null ? 'text' : 'context';
  const analysis: MessageAnalysis = { candidate, language: x.language, decline: { level: 'none', phrases: [] }, questions: [], anxieties: [], diagnostics };
  const scores: SentenceScores[] = [];
  if (!candidate) return { analysis, candidateP, sentences: scores };
  let level: DeclineLevel = 'none';
  const phrases: TextSpan[] = [];
  const questions: CategorisedSpan[] = [];
  const anxieties: CategorisedSpan[] = [];
  const count = x.sentences.length;
  if (count > MAX_MODEL_SENTENCES) diagnostics.truncated = true;
  // One feature buffer per message, reset per sentence (no per-sentence garbage).
  const f = newFeatures();
  // The four sentence models' logits, computed together (one read of the weights per feature).
  const z = new Float64Array(4);
  const place = { index: 0, count };
  for (let index = 0; index < count; index++) {
    const s = x.sentences[index]!;
    if (index >= MAX_MODEL_SENTENCES) model = null;
    place.index = index;
    if (model) {
      f.idx.length = 0;
      f.val.length = 0;
      sentenceFeatures(norm, s, x.language, place, model.bits, f);
      sentenceLogits(model.packed, f, z);
    }
    const pHint = model ? sigmoid(z[0]!) : s.phrases.length ? 1 : 0;
    const pQ = model ? sigmoid(z[1]!) : s.question ? 1 : 0;
    const pW = model ? sigmoid(z[2]!) : s.anxiety ? 1 : 0;
    // A negated cue ("not worried", 「辞退するつもりはありません」), a block rule ("decline the invite")
    // or a commitment to us vetoes what the model alone would flag: the rules own negation.
    const hintVeto = s.decline.negated || s.decline.blocked || s.decline.accepted;
    let hint = s.phrases.length > 0 ? pHint >= t.hintRule : !hintVeto && pHint >= t.hint;
    // A hint in one clause of a long sentence is diluted in the sentence's features: its best clause
    // counts too (scored only where the sentence itself is not far off: most sentences are skipped).
    let pClause = 0;
    if (model && (!hint || withScores) && s.phrases.length === 0 && !hintVeto && pHint >= CLAUSE_FLOOR) {
      pClause = bestClauseP(x, model, s.start, s.end);
      if (pClause >= t.hintClause) hint = true;
    }
    let pHard = 0;
    let hard = s.phrases.some((p) => p.level === 'hard');
    if (model && hint && !hard) {
      pHard = sigmoid(z[3]!);
      hard = pHard >= t.hard;
    }
    // A rule question naming a topic (pay, the team, the start date…) always stands; one without a topic may be
    // only an announcement of questions ("a couple of things I'd like to understand:"), which the model may overrule.
    const topical = s.question && hasTopic(s);
    let isQ = topical || pQ >= (s.question ? t.questionRule : t.question);
    let isW = s.anxiety ? pW >= t.worryRule : s.anxietyCue !== 'negated' && pW >= t.worry;
    let category: TopicCategory | null = null;
    let spans: Array<{ start: number; end: number }> = s.phrases;
    const adj = corrections ? adjustmentFor(corrections, norm, s.start, s.end) : null;
    if (adj) {
      diagnostics.correctionsApplied += adj.matched;
      if (adj.decline) {
        hint = adj.decline.hint;
        if (adj.decline.hint) hard = adj.decline.level === 'hard';
      }
      if (adj.question) {
        isQ = adj.question.is;
        category = adj.question.category ?? category;
      }
      if (adj.worry) {
        isW = adj.worry.is;
        category = adj.worry.category ?? category;
      }
      if (adj.category) category = adj.category;
    }
    if (withScores) scores.push({
      start: s.start,
      end: s.end,
      hint: pHint,
      clause: pClause,
      // Scored where a lower hint threshold could flag it, for tuning (cheap: most sentences score far below).
      hard: model && pHard === 0 && !hard && pHint >= 0.05 ? sigmoid(z[3]!) : pHard,
      question: pQ,
      worry: pW,
      rulePhrase: s.phrases.length === 0 ? null : s.phrases.some((p) => p.level === 'hard') ? 'hard' : 'soft',
      ruleQuestion: s.question,
      topicalQuestion: topical,
      ruleWorry: s.anxiety,
      vetoHint: hintVeto,
      vetoWorry: s.anxietyCue === 'negated',
    });
    if (hint) {
      if (phrases.length < MAX_PHRASES) {
        if (spans.length === 0) spans = [model ? hintClause(x, model, s.start, s.end) : s];
        for (const p of spans) phrases.push({ text: body.slice(p.start, p.end), start: p.start, end: p.end });
      }
      if (hard) level = 'hard';
      else if (level === 'none') level = 'soft';
    }
    if ((isQ || isW) && questions.length + anxieties.length >= MAX_SPANS) {
      diagnostics.truncated = true;
    } else if (isQ || isW) {
      category ??= model ? ANXIETY_CATEGORIES[bestCategory(model, f).index]! : (s.topics?.category ?? 'other');
      const span = { text: body.slice(s.start, s.end), start: s.start, end: s.end, category };
      if (isQ) questions.push(span);
      if (isW) anxieties.push({ ...span });
    }
  }
  analysis.decline = { level, phrases };
  analysis.questions = questions;
  analysis.anxieties = anxieties;
  return { analysis, candidateP, sentences: scores };
}

function hasTopic(s: SentenceRules): boolean {
  const w = s.topics?.weights;
  if (!w) return false;
  for (let i = 0; i < w.length; i++) if (w[i]! > 0) return true;
  return false;
}

/** Sentences the hint model rates below this are not split into clauses (keeps the model's cost near one pass). */
const CLAUSE_FLOOR = 0.1;

function bestClauseP(x: Extracted, model: LinearModel, start: number, end: number): number {
  const parts = clauses(x.scan.norm, start, end);
  if (parts.length <= 1) return 0;
  let best = 0;
  const f = newFeatures();
  for (const p of parts) {
    f.idx.length = 0;
    f.val.length = 0;
    clauseFeatures(x.scan.norm, p[0], p[1], x.language, model.bits, f);
    best = Math.max(best, probability(model.models.hint, f));
  }
  return best;
}

/** The clause of [start, end) the hint model rates highest; the sentence when it has one clause. */
function hintClause(x: Extracted, model: LinearModel, start: number, end: number): { start: number; end: number } {
  const { norm } = x.scan;
  const parts = clauses(norm, start, end);
  if (parts.length <= 1) return parts[0] ? { start: parts[0][0], end: parts[0][1] } : { start, end };
  let best = parts[0]!;
  let bestP = -1;
  for (const p of parts) {
    const f = newFeatures();
    clauseFeatures(norm, p[0], p[1], x.language, model.bits, f);
    const prob = probability(model.models.hint, f);
    if (prob > bestP) {
      bestP = prob;
      best = p;
    }
  }
  return { start: best[0], end: best[1] };
}
