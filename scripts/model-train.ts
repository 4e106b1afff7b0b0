// Training of the learned part (pure, deterministic: fixed example order, seeded shuffles,
// plain float64 arithmetic). Logistic regression by averaged SGD over hashed features, one
// binary model per field (candidate per message; hint, hard-vs-soft, question, worry per
// sentence) and a softmax over the worry categories. `npm run train` writes the result.
import { spansMatch } from '../lib/analysis/evaluate';
import { extract } from '../lib/analysis/extract';
import { clauses } from '../lib/analysis/clauses';
import { clauseFeatures, messageFeatures, newFeatures, sentenceFeatures, type Features } from '../lib/analysis/model/features';
import { BINARY_MODELS, encodeVector, MODEL_FORMAT, type BinaryModel, type ThresholdSet, type WeightsFile } from '../lib/analysis/model/linear';
import { ANXIETY_CATEGORIES } from '../lib/analysis/types';
import type { CorpusLine } from './corpora';

export interface TrainConfig {
  bits: number;
  epochs: number;
  seed: number;
  lr: number;
  /** Weight of a positive example = min(maxPosWeight, sqrt(neg/pos)). */
  maxPosWeight: number;
  /** 1: each sentence is also trained on once without its rule cues (see sentenceFeatures). */
  textOnlyCopies: number;
  /** Epochs of the category softmax (it learns ten classes from few sentences: more passes than the binary models). */
  categoryEpochs?: number;
  /** 1: each clause of a many-clause sentence is also a hint example (the hint model learns which clause carries it). */
  clauseExamples?: number;
  /** Smallest stored weight, in 1/127ths of a vector's largest (see encodeVector): prunes the long tail. */
  minQuant?: number;
}

export const CONFIG: TrainConfig = { bits: 16, epochs: 10, seed: 20261202, lr: 0.5, maxPosWeight: 3, textOnlyCopies: 1, categoryEpochs: 30, clauseExamples: 1, minQuant: 1 };

interface Example {
  idx: Int32Array;
  val: Float64Array;
  y: number;
}

export interface ExampleSets {
  candidate: Example[];
  hint: Example[];
  hard: Example[];
  question: Example[];
  worry: Example[];
  category: Example[]; // y = category index
}

const pack = (f: Features, y: number): Example => ({ idx: Int32Array.from(f.idx), val: Float64Array.from(f.val), y });

/** A sentence is labelled by a gold span when they match as the scorer matches them, or the sentence lies mostly inside it. */
function labelledBy<T extends { start: number; end: number }>(s: { start: number; end: number }, gold: readonly T[]): T | undefined {
  return gold.find((g) => spansMatch(s, g) || 2 * (Math.min(s.end, g.end) - Math.max(s.start, g.start)) >= s.end - s.start);
}

export function buildExamples(lines: readonly CorpusLine[], categorySentences: ReadonlyArray<{ text: string; category: string }>, cfg: TrainConfig): ExampleSets {
  const bits = cfg.bits;
  const sets: ExampleSets = { candidate: [], hint: [], hard: [], question: [], worry: [], category: [] };
  const catIndex = new Map<string, number>(ANXIETY_CATEGORIES.map((c, i) => [c, i]));
  for (const line of lines) {
    const x = extract({ subject: line.subject, body: line.body, from: line.from });
    const mf = newFeatures();
    messageFeatures(x, bits, mf);
    sets.candidate.push(pack(mf, line.gold.candidate ? 1 : 0));
    if (!line.gold.candidate) continue;
    const g = line.gold;
    const count = x.sentences.length;
    x.sentences.forEach((s, index) => {
      for (let copy = 0; copy <= cfg.textOnlyCopies; copy++) addSentence(s, index, copy === 0);
      if (cfg.clauseExamples) {
        const parts = clauses(x.scan.norm, s.start, s.end);
        if (parts.length > 1)
          for (const [a, b] of parts) {
            const f = newFeatures();
            clauseFeatures(x.scan.norm, a, b, x.language, bits, f);
            sets.hint.push(pack(f, g.decline.phrases.some((p) => p.start < b && a < p.end) ? 1 : 0));
          }
      }
    });
    function addSentence(s: (typeof x.sentences)[number], index: number, withRules: boolean): void {
      const f = newFeatures();
      sentenceFeatures(x.scan.norm, s, x.language, { index, count }, bits, f, withRules);
      const hint = g.decline.phrases.some((p) => p.start < s.end && s.start < p.end);
      sets.hint.push(pack(f, hint ? 1 : 0));
      if (hint) sets.hard.push(pack(f, g.decline.level === 'hard' ? 1 : 0));
      sets.question.push(pack(f, labelledBy(s, g.questions) ? 1 : 0));
      const w = labelledBy(s, g.anxieties);
      sets.worry.push(pack(f, w ? 1 : 0));
      const c = w?.category !== undefined ? catIndex.get(w.category) : undefined;
      if (c !== undefined) sets.category.push(pack(f, c));
    }
  }
  for (const cs of categorySentences) {
    const x = extract({ subject: '', body: cs.text, from: { name: '', email: '' } });
    const c = catIndex.get(cs.category);
    if (c === undefined || x.sentences.length === 0) continue;
    let s = x.sentences[0]!;
    for (const t of x.sentences) if (t.end - t.start > s.end - s.start) s = t;
    const f = newFeatures();
    sentenceFeatures(x.scan.norm, s, x.language, { index: 0, count: 1 }, bits, f);
    sets.category.push(pack(f, c));
  }
  return sets;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function order(n: number, rand: () => number): Int32Array {
  const o = new Int32Array(n);
  for (let i = 0; i < n; i++) o[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = o[i]!;
    o[i] = o[j]!;
    o[j] = t;
  }
  return o;
}

const sig = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Averaged SGD logistic regression. */
export function trainBinary(exs: readonly Example[], cfg: TrainConfig, seed: number): { bias: number; w: Float64Array } {
  const dims = 1 << cfg.bits;
  const w = new Float64Array(dims);
  const u = new Float64Array(dims);
  let b = 0;
  let ub = 0;
  let c = 1;
  const pos = exs.filter((e) => e.y === 1).length;
  const posW = pos > 0 ? Math.min(cfg.maxPosWeight, Math.max(1, Math.sqrt((exs.length - pos) / pos))) : 1;
  const rand = rng(seed);
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    const lr = cfg.lr / (1 + epoch);
    for (const i of order(exs.length, rand)) {
      const e = exs[i]!;
      let z = b;
      for (let k = 0; k < e.idx.length; k++) z += w[e.idx[k]!]! * e.val[k]!;
      const g = (e.y - sig(z)) * (e.y === 1 ? posW : 1) * lr;
      if (g !== 0) {
        for (let k = 0; k < e.idx.length; k++) {
          const d = g * e.val[k]!;
          w[e.idx[k]!]! += d;
          u[e.idx[k]!]! += c * d;
        }
        b += g;
        ub += c * g;
      }
      c++;
    }
  }
  for (let i = 0; i < dims; i++) w[i] = w[i]! - u[i]! / c;
  return { bias: b - ub / c, w };
}

/** Averaged SGD softmax regression over k classes. */
export function trainSoftmax(exs: readonly Example[], k: number, cfg: TrainConfig, seed: number): Array<{ bias: number; w: Float64Array }> {
  const dims = 1 << cfg.bits;
  const W = Array.from({ length: k }, () => new Float64Array(dims));
  const U = Array.from({ length: k }, () => new Float64Array(dims));
  const B = new Float64Array(k);
  const UB = new Float64Array(k);
  const z = new Float64Array(k);
  let c = 1;
  const rand = rng(seed);
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    const lr = cfg.lr / (1 + epoch);
    for (const i of order(exs.length, rand)) {
      const e = exs[i]!;
      let max = -Infinity;
      for (let j = 0; j < k; j++) {
        let s = B[j]!;
        const wj = W[j]!;
        for (let q = 0; q < e.idx.length; q++) s += wj[e.idx[q]!]! * e.val[q]!;
        z[j] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let j = 0; j < k; j++) sum += Math.exp(z[j]! - max);
      for (let j = 0; j < k; j++) {
        const p = Math.exp(z[j]! - max) / sum;
        const g = ((j === e.y ? 1 : 0) - p) * lr;
        if (Math.abs(g) < 1e-9) continue;
        const wj = W[j]!;
        const uj = U[j]!;
        for (let q = 0; q < e.idx.length; q++) {
          const d = g * e.val[q]!;
          wj[e.idx[q]!]! += d;
          uj[e.idx[q]!]! += c * d;
        }
        B[j]! += g;
        UB[j]! += c * g;
      }
      c++;
    }
  }
  return W.map((w, j) => {
    const u = U[j]!;
    for (let i = 0; i < dims; i++) w[i] = w[i]! - u[i]! / c;
    return { bias: B[j]! - UB[j]! / c, w };
  });
}

export function trainWeights(
  lines: readonly CorpusLine[],
  categorySentences: ReadonlyArray<{ text: string; category: string }>,
  thresholds: ThresholdSet,
  cfg: TrainConfig = CONFIG,
): WeightsFile {
  const sets = buildExamples(lines, categorySentences, cfg);
  const models = {} as WeightsFile['models'];
  BINARY_MODELS.forEach((name: BinaryModel, i) => {
    const m = trainBinary(sets[name], cfg, cfg.seed + i);
    models[name] = encodeVector(m.bias, m.w, cfg.minQuant);
  });
  const category = trainSoftmax(sets.category, ANXIETY_CATEGORIES.length, { ...cfg, epochs: cfg.categoryEpochs ?? cfg.epochs }, cfg.seed + 99).map((m) => encodeVector(m.bias, m.w, cfg.minQuant));
  const authors = [...new Set(lines.map((l) => l.author))];
  return {
    format: MODEL_FORMAT,
    bits: cfg.bits,
    thresholds,
    models,
    category,
    trainedOn: authors,
    config: { ...cfg },
  };
}
