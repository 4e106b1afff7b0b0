// Scoring of predictions against gold, with the rules: a predicted span matches a
// gold span when their overlap covers at least half of the longer one; one-to-one.
// Candidate and decline (soft|hard vs none) are scored as binary classification.
import type { Prediction } from './prediction';
import type { TextSpan } from './types';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface GoldRecord {
  candidate: boolean;
  decline: { level: string; phrases: TextSpan[] };
  questions: TextSpan[];
  anxieties: Array<TextSpan & { category?: string }>;
}

export interface FieldScores {
  candidate: Prf;
  decline: Prf;
  declineLevelAccuracy: number;
  declinePhrases: Prf;
  questions: Prf;
  anxieties: Prf;
  anxietyCategoryAccuracy: number;
  messages: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap * 2 >= longer;
}

/** Greedy one-to-one matching by largest overlap first; returns matched index pairs. */
export function matchSpans<P extends { start: number; end: number }, G extends { start: number; end: number }>(pred: P[], gold: G[]): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      if (spansMatch(p, g)) cands.push([Math.min(p.end, g.end) - Math.max(p.start, g.start), i, j]);
    }),
  );
  cands.sort((x, y) => y[0] - x[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export function score(items: Array<{ pred: Prediction; gold: GoldRecord }>): FieldScores {
  const c = { tp: 0, fp: 0, fn: 0 };
  const d = { tp: 0, fp: 0, fn: 0 };
  const dp = { tp: 0, fp: 0, fn: 0 };
  const q = { tp: 0, fp: 0, fn: 0 };
  const a = { tp: 0, fp: 0, fn: 0 };
  let levelOk = 0;
  let catOk = 0;
  let catN = 0;
  const bin = (acc: typeof c, p: boolean, g: boolean) => {
    if (p && g) acc.tp++;
    else if (p) acc.fp++;
    else if (g) acc.fn++;
  };
  const spans = (acc: typeof c, p: TextSpan[], g: TextSpan[]) => {
    const m = matchSpans(p, g);
    acc.tp += m.length;
    acc.fp += p.length - m.length;
    acc.fn += g.length - m.length;
    return m;
  };
  for (const { pred, gold } of items) {
    bin(c, pred.candidate, gold.candidate);
    bin(d, pred.decline.level !== 'none', gold.decline.level !== 'none');
    if (pred.decline.level === gold.decline.level) levelOk++;
    spans(dp, pred.decline.phrases, gold.decline.phrases);
    spans(q, pred.questions, gold.questions);
    const m = spans(a, pred.anxieties, gold.anxieties);
    for (const [i, j] of m) {
      catN++;
      if (pred.anxieties[i]!.category === gold.anxieties[j]!.category) catOk++;
    }
  }
  const n = items.length;
  return {
    candidate: prf(c.tp, c.fp, c.fn),
    decline: prf(d.tp, d.fp, d.fn),
    declineLevelAccuracy: n ? levelOk / n : 1,
    declinePhrases: prf(dp.tp, dp.fp, dp.fn),
    questions: prf(q.tp, q.fp, q.fn),
    anxieties: prf(a.tp, a.fp, a.fn),
    anxietyCategoryAccuracy: catN ? catOk / catN : 1,
    messages: n,
  };
}
