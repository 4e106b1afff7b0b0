// Hashed features for the learned part: ASCII words (unigrams, bigrams, 5-letter prefixes as a
// cheap stem), character 1–3-grams of everything else (Japanese has no spaces), and the rule
// hits as named cues. Hashing (FNV-1a, no strings built per n-gram) keeps the weights a fixed
// size and the work linear: each char is visited once, and a sentence is read up to MAX_CHARS.
import { isAsciiLetter, isSpace } from '../normalize';
import type { Extracted } from '../extract';
import { normalizeForMatch } from '../normalize';
import type { SentenceRules } from '../sentence-rules';
import { ANXIETY_CATEGORIES, type Language } from '../types';

/** A sparse feature vector: parallel index/value arrays (indices may repeat; they add up). */
export interface Features {
  idx: number[];
  val: number[];
}

/** Longer sentences are read up to here (a 1 MB "sentence" costs no more than this). */
export const MAX_CHARS = 600;
const PRIME = 0x01000193;
const OFFSET = 0x811c9dc5;

export function hashString(s: string, seed = OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h >>> 0;
}

const mix = (h: number, c: number) => Math.imul(h ^ c, PRIME);
const T_WORD = hashString('w');
const T_BIGRAM = hashString('b');
const T_PREFIX = hashString('p');
const T_C1 = hashString('c1');
const T_C2 = hashString('c2');
const T_C3 = hashString('c3');

export function newFeatures(): Features {
  return { idx: [], val: [] };
}

/** Text features of norm[start, end) hashed into 2^bits buckets, weighted 1/sqrt(count) (prefix `tag` separates uses). */
export function textFeatures(norm: string, start: number, end: number, bits: number, out: Features, tag = 0, maxChars = MAX_CHARS): void {
  const mask = (1 << bits) - 1;
  const stop = Math.min(end, start + maxChars);
  const idx = out.idx;
  const first = idx.length;
  let wordHash = 0;
  let wordLen = 0;
  let prefixHash = 0;
  let prevWord = 0;
  let c1 = -1;
  let c2 = -1;
  // One loop, no closures (a closure per call was measurable on 2 KB mails). i === stop ends the last word.
  for (let i = start; i <= stop; i++) {
    let c = i < stop ? norm.charCodeAt(i) : 0x20;
    if (c >= 0x30 && c <= 0x39) c = 0x30; // every digit is '0': dates and sums generalise
    if (i < stop && (isAsciiLetter(c) || (c === 0x27 && wordLen > 0) || c === 0x30)) {
      wordHash = wordLen === 0 ? mix(OFFSET, c) : mix(wordHash, c);
      wordLen++;
      if (wordLen === 5) prefixHash = wordHash;
      c1 = -1;
      c2 = -1;
      continue;
    }
    if (wordLen !== 0) {
      // End of an ASCII word: the word, the bigram with the previous word, the 5-letter prefix.
      idx.push(((mix(T_WORD, wordHash) ^ tag) >>> 0) & mask);
      if (prevWord !== 0) idx.push(((mix(mix(T_BIGRAM, prevWord), wordHash) ^ tag) >>> 0) & mask);
      if (wordLen > 5) idx.push(((mix(T_PREFIX, prefixHash) ^ tag) >>> 0) & mask);
      prevWord = wordHash;
      wordHash = 0;
      wordLen = 0;
    }
    if (i === stop || isSpace(c)) {
      c1 = -1;
      c2 = -1;
      continue;
    }
    idx.push(((mix(T_C1, c) ^ tag) >>> 0) & mask);
    if (c1 >= 0) idx.push(((mix(mix(T_C2, c1), c) ^ tag) >>> 0) & mask);
    if (c2 >= 0) idx.push(((mix(mix(mix(T_C3, c2), c1), c) ^ tag) >>> 0) & mask);
    c2 = c1;
    c1 = c;
  }
  const n = idx.length - first;
  const v = n > 0 ? 1 / Math.sqrt(n) : 0;
  const val = out.val;
  for (let k = 0; k < n; k++) val.push(v);
}

/** A named cue (rule hit, language, position) with a value. */
export function cue(name: string, bits: number, out: Features, value = 1): void {
  hashedCue(hashString(name), bits, out, value);
}

function hashedCue(h: number, bits: number, out: Features, value = 1): void {
  out.idx.push(h & ((1 << bits) - 1));
  out.val.push(value);
}

/** Hashes of the fixed cue names, computed once (read only): the per-sentence path hashes no strings. */
const H = Object.fromEntries(
  [
    'bias', 'lang:ja', 'lang:en', 'r:hard', 'r:soft', 'r:dneg', 'r:dblock', 'r:accept', 'r:qmark', 'r:q:cue', 'r:q:blocked',
    'r:a:cue', 'r:a:negated', 'pos:first', 'pos:last', 'len:s', 'len:m', 'len:l',
  ].map((n) => [n, hashString(n)]),
) as Readonly<Record<string, number>>;
const H_CAT = ANXIETY_CATEGORIES.map((c) => hashString('r:cat:' + c));
const H_TOPIC = ANXIETY_CATEGORIES.map((c) => hashString('r:topic:' + c));
const CAT_INDEX = new Map(ANXIETY_CATEGORIES.map((c, i) => [c, i] as const));

export interface SentencePlace {
  index: number;
  count: number;
}

/**
 * Everything the sentence models read: text, rule cues, language, place in the mail. Training
 * also shows each sentence once without its rule cues (withRules false), so the text features
 * learn to carry a hint alone: that is where recall on unseen wording comes from.
 */
export function sentenceFeatures(norm: string, r: SentenceRules, lang: Language, place: SentencePlace, bits: number, out: Features, withRules = true): void {
  textFeatures(norm, r.start, r.end, bits, out);
  hashedCue(H['bias']!, bits, out);
  hashedCue(H['lang:' + lang]!, bits, out);
  if (place.index === 0) hashedCue(H['pos:first']!, bits, out);
  if (place.index === place.count - 1) hashedCue(H['pos:last']!, bits, out);
  const len = r.end - r.start;
  hashedCue(H[len < 15 ? 'len:s' : len < 60 ? 'len:m' : 'len:l']!, bits, out);
  if (!withRules) return;
  if (r.decline.hard) hashedCue(H['r:hard']!, bits, out);
  if (r.decline.soft) hashedCue(H['r:soft']!, bits, out);
  if (r.decline.negated) hashedCue(H['r:dneg']!, bits, out);
  if (r.decline.blocked) hashedCue(H['r:dblock']!, bits, out);
  if (r.decline.accepted) hashedCue(H['r:accept']!, bits, out);
  if (r.questionMark) hashedCue(H['r:qmark']!, bits, out);
  if (r.questionCue) hashedCue(H['r:q:' + r.questionCue]!, bits, out);
  if (r.anxietyCue) hashedCue(H['r:a:' + r.anxietyCue]!, bits, out);
  if (r.topics) {
    hashedCue(H_CAT[CAT_INDEX.get(r.topics.category)!]!, bits, out);
    const w = r.topics.weights;
    for (let i = 0; i < w.length; i++) if (w[i]! > 0) hashedCue(H_TOPIC[i]!, bits, out, Math.min(w[i]!, 6) / 3);
  }
}

const H_LANG_JA = hashString('lang:ja');
const H_LANG_EN = hashString('lang:en');
const H_BIAS = hashString('bias');

/** What the hint model reads of one clause (text, bias, language): to find the clause that carries a hint. */
export function clauseFeatures(norm: string, start: number, end: number, lang: Language, bits: number, out: Features): void {
  textFeatures(norm, start, end, bits, out);
  hashedCue(H_BIAS, bits, out);
  hashedCue(lang === 'ja' ? H_LANG_JA : H_LANG_EN, bits, out);
}

/** Own text read for the candidate model (the opening of a mail says who writes). */
const MESSAGE_CHARS = 3000;
const T_SUBJECT = hashString('subject');
const T_NAME = hashString('name');

/** What the candidate model reads: own text, subject, sender, the rules' evidence and cues. */
export function messageFeatures(x: Extracted, bits: number, out: Features): void {
  const { norm, matcher } = x.scan;
  let budget = MESSAGE_CHARS;
  const start = out.idx.length;
  for (const r of x.regions) {
    if (r.kind !== 'own' || budget <= 0) continue;
    const n = Math.min(r.end - r.start, budget);
    textFeatures(norm, r.start, r.start + n, bits, out, 0, n);
    budget -= n;
  }
  // One 1/sqrt(n) weighting over all own regions together.
  const n = out.idx.length - start;
  const v = 1 / Math.sqrt(n);
  for (let k = start; k < out.idx.length; k++) out.val[k] = v;
  const subject = typeof x.input.subject === 'string' ? normalizeForMatch(x.input.subject.slice(0, 300)) : '';
  textFeatures(subject, 0, subject.length, bits, out, T_SUBJECT);
  const from = x.input.from && typeof x.input.from === 'object' ? x.input.from : { name: '', email: '' };
  const email = typeof from.email === 'string' ? from.email.toLowerCase().slice(0, 200) : '';
  const local = email.split('@')[0] ?? '';
  for (const tok of local.split(/[^a-z]+/)) if (tok.length > 1) cue('from:l:' + tok, bits, out, 0.5);
  const name = typeof from.name === 'string' ? normalizeForMatch(from.name.slice(0, 100)) : '';
  textFeatures(name, 0, name.length, bits, out, T_NAME);
  cue('bias', bits, out);
  cue('lang:' + x.language, bits, out);
  const score = Math.max(-6, Math.min(6, x.evidence.score));
  cue('cs', bits, out, score / 3);
  cue(score >= 1.5 ? 'cs:pos' : score > 0 ? 'cs:weak' : 'cs:neg', bits, out);
  if (x.evidence.senderPenalty < 0) cue('cs:sender', bits, out);
  for (const [rid, w] of x.evidence.cues) {
    const d = matcher.rules[rid]?.data;
    if (d?.t === 'candidate') cue('cr:' + d.rule.pattern, bits, out, Math.max(-2, Math.min(2, w / 2)));
  }
  if (x.regions.some((r) => r.kind === 'quote')) cue('has:quote', bits, out);
  if (x.regions.some((r) => r.kind === 'signature')) cue('has:sig', bits, out);
  let q = 0;
  let a = 0;
  let d = 0;
  for (const s of x.sentences) {
    if (s.question) q++;
    if (s.anxiety) a++;
    if (s.phrases.length) d++;
  }
  if (q) cue('m:q', bits, out);
  if (a) cue('m:a', bits, out);
  if (d) cue('m:d', bits, out);
  cue(x.sentences.length < 3 ? 'm:short' : x.sentences.length < 10 ? 'm:mid' : 'm:long', bits, out);
}
