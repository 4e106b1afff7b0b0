// The learned part's weights: compact linear models over hashed features, stored as data
// (weights.json, written by `npm run train`). Sparse int8 after pruning: per model, the
// indices (delta varints) and quantised values, base64. Loading validates everything;
// a bad file is rejected with a reason (the analyzer then falls back to the rules).
import { ANXIETY_CATEGORIES, type Language } from '../types';
import { hashString, type Features } from './features';

export const MODEL_FORMAT = 'afterfollow-linear-1';
export const BINARY_MODELS = ['candidate', 'hint', 'hard', 'question', 'worry'] as const;
export type BinaryModel = (typeof BINARY_MODELS)[number];

/**
 * Decision thresholds on the models' probabilities. A sentence where the rules fired is accepted
 * at the lower *Rule threshold (the rules are precise; the model may still overrule a rule hit
 * that reads wrong), any other sentence at the plain one (the model adds recall).
 */
export interface Thresholds {
  candidate: number;
  hint: number;
  hintRule: number;
  /** A sentence without a rule phrase is also a hint when one of its clauses scores this much. */
  hintClause: number;
  hard: number;
  question: number;
  questionRule: number;
  worry: number;
  worryRule: number;
}
/**
 * The thresholds a model ships with: pooled, and optionally per language (tuned on that language's
 * development folds; English and Japanese models' probabilities are not calibrated alike).
 */
export type ThresholdSet = Thresholds & Partial<Record<Language, Thresholds>>;

export function thresholdsFor(set: ThresholdSet, lang: Language): Thresholds {
  return set[lang] ?? set;
}

const validThresholds = (t: unknown): t is Thresholds =>
  typeof t === 'object' && t !== null && THRESHOLD_KEYS.every((k) => typeof (t as Thresholds)[k] === 'number' && (t as Thresholds)[k] >= 0 && (t as Thresholds)[k] <= 1);

export const THRESHOLD_KEYS = ['candidate', 'hint', 'hintRule', 'hintClause', 'hard', 'question', 'questionRule', 'worry', 'worryRule'] as const;

/** One model as stored: bias, scale (value = int8 × scale), sparse entries. */
export interface StoredVector {
  bias: number;
  scale: number;
  /** base64 of [varint index delta, int8 value] pairs. */
  data: string;
}

export interface WeightsFile {
  format: typeof MODEL_FORMAT;
  bits: number;
  thresholds: ThresholdSet;
  models: Record<BinaryModel, StoredVector>;
  /** One vector per category, in ANXIETY_CATEGORIES order. */
  category: StoredVector[];
  /** Provenance: corpora and authors trained on, training configuration. */
  trainedOn: string[];
  config: Record<string, number>;
}

export interface Vector {
  bias: number;
  w: Float32Array;
}

export interface LinearModel {
  bits: number;
  version: string;
  thresholds: ThresholdSet;
  models: Record<BinaryModel, Vector>;
  category: Vector[];
  /** The same weights laid out for scoring (see PackedWeights). */
  packed: PackedWeights;
}

/**
 * Every model's weight for one hashed feature in one row of ROW int8s: scoring a sentence reads
 * one row per feature (one cache line serves all models) instead of one random read in each of
 * fifteen 256 KB float arrays, which was most of the scoring time. 2^bits × 16 bytes (1 MB at 16
 * bits). A weight is Math.fround(q × scale), exactly the Float32Array value of Vector.w, so the
 * scores are bit-identical to dot().
 */
export interface PackedWeights {
  rows: Int8Array;
  /** Per column: scale and bias. */
  scale: Float64Array;
  bias: Float64Array;
}

/** Columns of a packed row. */
export const COL_CANDIDATE = 0;
export const COL_HINT = 1;
export const COL_QUESTION = 2;
export const COL_WORRY = 3;
export const COL_HARD = 4;
/** Category c is column COL_CATEGORY + c. */
export const COL_CATEGORY = 5;
const ROW = Math.max(16, COL_CATEGORY + ANXIETY_CATEGORIES.length);
const BINARY_COLUMNS: Record<BinaryModel, number> = { candidate: COL_CANDIDATE, hint: COL_HINT, question: COL_QUESTION, worry: COL_WORRY, hard: COL_HARD };

export function dot(v: Vector, f: Features): number {
  let s = v.bias;
  const w = v.w;
  const idx = f.idx;
  const val = f.val;
  for (let k = 0; k < idx.length; k++) s += w[idx[k]!]! * val[k]!;
  return s;
}

/** dot() of the model in column col of the packed rows (bit-identical). */
export function dotColumn(p: PackedWeights, col: number, f: Features): number {
  const rows = p.rows;
  const scale = p.scale[col]!;
  const idx = f.idx;
  const val = f.val;
  let s = p.bias[col]!;
  for (let k = 0; k < idx.length; k++) {
    const q = rows[idx[k]! * ROW + col]!;
    s += Math.fround(q * scale) * val[k]!;
  }
  return s;
}

/**
 * The four sentence models' logits in one pass over the features (hint, question, worry, hard),
 * written to out[0..3]: each the same sum, in the same order, as dot() of that model.
 */
export function sentenceLogits(p: PackedWeights, f: Features, out: Float64Array): void {
  const rows = p.rows;
  const sc = p.scale;
  const s1 = sc[COL_HINT]!;
  const s2 = sc[COL_QUESTION]!;
  const s3 = sc[COL_WORRY]!;
  const s4 = sc[COL_HARD]!;
  let z1 = p.bias[COL_HINT]!;
  let z2 = p.bias[COL_QUESTION]!;
  let z3 = p.bias[COL_WORRY]!;
  let z4 = p.bias[COL_HARD]!;
  const idx = f.idx;
  const val = f.val;
  for (let k = 0; k < idx.length; k++) {
    const r = idx[k]! * ROW;
    const v = val[k]!;
    z1 += Math.fround(rows[r + COL_HINT]! * s1) * v;
    z2 += Math.fround(rows[r + COL_QUESTION]! * s2) * v;
    z3 += Math.fround(rows[r + COL_WORRY]! * s3) * v;
    z4 += Math.fround(rows[r + COL_HARD]! * s4) * v;
  }
  out[0] = z1;
  out[1] = z2;
  out[2] = z3;
  out[3] = z4;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function probability(v: Vector, f: Features): number {
  return sigmoid(dot(v, f));
}

/** Index of the best category and its softmax probability. */
export function bestCategory(m: LinearModel, f: Features): { index: number; p: number } {
  let best = 0;
  let bestZ = -Infinity;
  const zs = categoryLogits(m.packed, f);
  zs.forEach((z, i) => {
    if (z > bestZ) {
      bestZ = z;
      best = i;
    }
  });
  let sum = 0;
  for (const z of zs) sum += Math.exp(z - bestZ);
  return { index: best, p: 1 / sum };
}

/** Every category's dot() (bit-identical), in ANXIETY_CATEGORIES order, in one pass over the features. */
export function categoryLogits(p: PackedWeights, f: Features): number[] {
  const n = ANXIETY_CATEGORIES.length;
  // A plain array: ten doubles in a Float64Array would take an off-heap buffer per call.
  const z = new Array<number>(n);
  const rows = p.rows;
  const sc = p.scale;
  for (let c = 0; c < n; c++) z[c] = p.bias[COL_CATEGORY + c]!;
  const idx = f.idx;
  const val = f.val;
  for (let k = 0; k < idx.length; k++) {
    const r = idx[k]! * ROW + COL_CATEGORY;
    const v = val[k]!;
    for (let c = 0; c < n; c++) z[c]! += Math.fround(rows[r + c]! * sc[COL_CATEGORY + c]!) * v;
  }
  return z;
}

// ── encoding ──

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return s;
}

const B64_INDEX = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

function fromBase64(s: string): Uint8Array {
  if (s.length % 4 !== 0) throw new Error('base64 length');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const ch = s.charCodeAt(i + k);
      const v = ch === 0x3d ? 0 : ch < 128 ? B64_INDEX[ch]! : -1;
      if (v < 0) throw new Error('base64 character');
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Quantises and sparsifies w (|value| < 1 step dropped). Deterministic. */
/** Weights quantised below `minQ` (of 127) are dropped: many tiny weights, little say, much size. */
export function encodeVector(bias: number, w: ArrayLike<number>, minQ = 1): StoredVector {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max > 0 ? max / 127 : 1;
  const bytes: number[] = [];
  let prev = -1;
  for (let i = 0; i < w.length; i++) {
    const q = Math.round(w[i]! / scale);
    if (Math.abs(q) < minQ) continue;
    let d = i - prev - 1;
    prev = i;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
    bytes.push(q & 255);
  }
  return { bias: round6(bias), scale, data: toBase64(bytes) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function decodeVector(v: unknown, dims: number, name: string, packed: PackedWeights, col: number): Vector {
  if (typeof v !== 'object' || v === null) throw new Error(`${name}: not an object`);
  const { bias, scale, data } = v as Partial<StoredVector>;
  if (typeof bias !== 'number' || !Number.isFinite(bias)) throw new Error(`${name}: bias`);
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) throw new Error(`${name}: scale`);
  if (typeof data !== 'string') throw new Error(`${name}: data`);
  const bytes = fromBase64(data);
  const w = new Float32Array(dims);
  let pos = -1;
  for (let i = 0; i < bytes.length; ) {
    let d = 0;
    let shift = 0;
    for (;;) {
      if (i >= bytes.length || shift > 28) throw new Error(`${name}: truncated`);
      const b = bytes[i++]!;
      d |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    if (i >= bytes.length) throw new Error(`${name}: truncated`);
    pos += d + 1;
    if (pos >= dims) throw new Error(`${name}: index out of range`);
    const b = bytes[i++]!;
    const q = b > 127 ? b - 256 : b;
    w[pos] = q * scale;
    packed.rows[pos * ROW + col] = q;
  }
  packed.scale[col] = scale;
  packed.bias[col] = bias;
  return { bias, w };
}

/** Validates and decodes a weights file; throws an Error saying what is wrong. */
export function loadModel(raw: unknown): LinearModel {
  if (typeof raw !== 'object' || raw === null) throw new Error('weights: not an object');
  const f = raw as Partial<WeightsFile>;
  if (f.format !== MODEL_FORMAT) throw new Error(`weights: format ${String(f.format)}, expected ${MODEL_FORMAT}`);
  if (typeof f.bits !== 'number' || !Number.isInteger(f.bits) || f.bits < 8 || f.bits > 20) throw new Error('weights: bits');
  const dims = 1 << f.bits;
  const t = f.thresholds;
  if (!validThresholds(t)) throw new Error('weights: thresholds');
  const set: ThresholdSet = { ...t };
  for (const lang of ['ja', 'en'] as const) {
    if (t[lang] === undefined) continue;
    if (!validThresholds(t[lang])) throw new Error(`weights: thresholds.${lang}`);
    set[lang] = { ...t[lang] };
  }
  if (!f.models) throw new Error('weights: models');
  const packed: PackedWeights = { rows: new Int8Array(dims * ROW), scale: new Float64Array(ROW), bias: new Float64Array(ROW) };
  const models = {} as Record<BinaryModel, Vector>;
  for (const k of BINARY_MODELS) models[k] = decodeVector(f.models[k], dims, k, packed, BINARY_COLUMNS[k]);
  if (!Array.isArray(f.category) || f.category.length !== ANXIETY_CATEGORIES.length) throw new Error('weights: category');
  const category = f.category.map((v, i) => decodeVector(v, dims, `category ${i}`, packed, COL_CATEGORY + i));
  const version = hashString(JSON.stringify([f.bits, f.thresholds, f.models, f.category])).toString(16).padStart(8, '0');
  return { bits: f.bits, version, thresholds: set, models, category, packed };
}
