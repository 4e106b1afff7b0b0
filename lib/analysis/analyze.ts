// analyzeMessage: split → scan once → segment own text → per-sentence rules.
import { HitList, type RuleMatch } from './matcher';
import { charTable, isAsciiLetter, isJapaneseChar, normalizeForMatch } from './normalize';
import { getMatcher, type Tag } from './rules';
import { segmentSentences, type Sentence } from './segment';
import { splitBody, type Region } from './split';
import type { DeclineLevel, Language, MessageAnalysis, MessageInput, TextSpan, TopicCategory } from './types';
import { ANXIETY_CATEGORIES } from './types';
import { NON_PERSON_NAMES, NON_PERSON_SENDERS } from './vocab/candidate';
import type { CandidateRule } from './vocab/types';
import { work } from './work';

/** Windows for negation: English negators up to this many chars before the cue … */
const NEG_BEFORE_WINDOW = 30;
/** … Japanese negated predicates up to this many chars after it. */
const NEG_AFTER_WINDOW = 20;
/** Longest rule match (parts + gaps + kana extension): bounds the overlap sweep. */
const MAX_MATCH_LEN = 200;
const CLAUSE_STOPS = charTable('、,;。，:!?');
const AT_END_FOLLOWERS = charTable('。.!?、,)）」』ねよ…～〜 \n');
const SENTENCE_END_FOLLOWERS = charTable('。.!?」』）)');
/** Skipped going back from a clause-start cue: spaces and list bullets or numbers ("1. ", "- ", "・"). */
const BEFORE_CLAUSE_START = charTable(' \t\n　*•・·-–—0123456789.)）(（');
/** What may precede a clause-start cue inside a sentence: a dash or colon ("… percentage - can I"). */
const CLAUSE_OPENERS = charTable('-–—:：');
/** One clear recruiting cue (or two weak ones) without counter-evidence. */
const CANDIDATE_THRESHOLD = 1.5;
/** The most recruiting vocabulary alone can add (see CandidateRule.topical). */
const TOPIC_CAP = 6;
/** Decline phrases beyond this are noise (the level is already decided); caps output on hostile input. */
const MAX_PHRASES = 50;
interface HitRange {
  hits: HitList;
  from: number;
  to: number;
}
const NO_MATCHES: RuleMatch<Tag>[] = [];
/** Hit buffers reused across calls (analyzeMessage is synchronous, so never shared). */
const BODY_HITS = new HitList();
const SUBJECT_HITS = new HitList();

export function analyzeMessage(input: MessageInput): MessageAnalysis {
  const body = typeof input.body === 'string' ? input.body : '';
  const norm = normalizeForMatch(body);
  const regions = splitBody(body, norm);
  const matcher = getMatcher();
  const hits = matcher.scanInto(norm, BODY_HITS);
  try {
    return analyzeScanned(input, body, norm, regions, hits);
  } finally {
    hits.release();
  }
}

function analyzeScanned(input: MessageInput, body: string, norm: string, regions: Region[], hits: HitList): MessageAnalysis {
  const matcher = getMatcher();
  const language = detectLanguage(norm, regions);
  const candidate = input.fromCurrentUser
    ? false
    : input.knownCandidate === true || candidateScore(input, norm, regions, hits) >= CANDIDATE_THRESHOLD;
  const empty: MessageAnalysis = { candidate, language, decline: { level: 'none', phrases: [] }, questions: [], anxieties: [] };
  // Nothing to act on outside a candidate conversation (a sales "decline" is not one).
  if (!candidate) return empty;

  const sentences: Sentence[] = [];
  for (const r of regions) if (r.kind === 'own') segmentSentences(norm, r.start, r.end, sentences);

  const phrases: Array<TextSpan & { level: 'hard' | 'soft' }> = [];
  let h = 0;
  const hitEnd = hits.end;
  const range: HitRange = { hits, from: 0, to: 0 };
  for (const s of sentences) {
    // Hits are ordered by end: skip those before the sentence, take those inside it.
    while (h < hits.length && hitEnd[h]! <= s.start) h++;
    let to = h;
    while (to < hits.length && hitEnd[to]! <= s.end) to++;
    // A hit straddling the sentence start is skipped by match() (minStart).
    range.from = h;
    range.to = to;
    const matches = to > h ? matcher.match(norm, hits, h, to, s.start) : NO_MATCHES;
    work.steps += to - h;
    if (matches.length && phrases.length < MAX_PHRASES) for (const p of declinePhrases(norm, matches, range, s)) phrases.push({ ...p, text: body.slice(p.start, p.end) });
    const isQuestion = hasQuestionMark(body, norm, s) || questionCue(norm, matches, s);
    const isAnxiety = matches.length > 0 && anxietyCue(norm, matches, range);
    if (isQuestion || isAnxiety) {
      const sentenceSpan = { text: body.slice(s.start, s.end), start: s.start, end: s.end };
      const category = categorise(matches, s);
      if (isQuestion) empty.questions.push({ ...sentenceSpan, category });
      if (isAnxiety) empty.anxieties.push({ ...sentenceSpan, category });
    }
  }
  let level: DeclineLevel = 'none';
  if (phrases.some((p) => p.level === 'hard')) level = 'hard';
  else if (phrases.length > 0) level = 'soft';
  empty.decline = { level, phrases: phrases.map(({ text, start, end }) => ({ text, start, end })) };
  return empty;
}

// ── language ──

/** 'ja' when kana/kanji are a meaningful share of the own text (else of the whole body). */
export function detectLanguage(norm: string, regions: Region[]): Language {
  let ja = 0;
  let latin = 0;
  const count = (a: number, b: number) => {
    for (let i = a; i < b; i++) {
      const c = norm.charCodeAt(i);
      if (isJapaneseChar(c)) ja++;
      else if (isAsciiLetter(c)) latin++;
    }
  };
  for (const r of regions) if (r.kind === 'own') count(r.start, r.end);
  if (ja + latin === 0) count(0, norm.length);
  // An English word is ~5 letters where a Japanese word is ~2 chars: compare in words.
  return ja >= 4 && ja / (ja + latin / 2.5) >= 0.25 ? 'ja' : 'en';
}

// ── candidate ──

function candidateScore(input: MessageInput, norm: string, regions: Region[], hits: HitList): number {
  const matcher = getMatcher();
  const best = new Map<number, number>(); // rule id → weight (each cue counts once, strongest place)
  const consider = (kw: number, kind: 'own' | 'subject' | 'signature' | 'quote', end = -1) => {
    for (const [rid] of matcher.usesOf(kw)) {
      const rule = matcher.rules[rid]!;
      if (rule.data.t !== 'candidate') continue;
      const cue = rule.data.rule;
      if (cue.scope === 'own' && kind !== 'own') continue;
      // "面接のご案内ありがとうございます": the candidate thanking for a notice the recruiter
      // sent (…のご案内 / …のご連絡), not the recruiter's own voice.
      if (cue.weight < 0 && cue.scope === 'own' && end >= 0 && isNotice(matcher.keywords[kw]!.text) && acknowledged(norm, end)) continue;
      // Quoted older mail is context (a reply in an interview thread), weaker evidence.
      // The subject names the thread ("Re: Offer"), a bit stronger than one body word.
      const w = kind === 'quote' ? cue.weight / 2 : kind === 'subject' ? cue.weight * 1.5 : cue.weight;
      const prev = best.get(rid);
      if (prev === undefined || Math.abs(w) > Math.abs(prev)) best.set(rid, w);
    }
  };
  let r = 0;
  for (let i = 0; i < hits.length; i++) {
    while (r < regions.length - 1 && regions[r]!.end <= hits.start[i]!) r++;
    consider(hits.kw[i]!, regions[r]?.kind ?? 'own', hits.end[i]!);
  }
  const subject = normalizeForMatch(typeof input.subject === 'string' ? input.subject : '');
  const sh = matcher.scanInto(subject, SUBJECT_HITS);
  for (let i = 0; i < sh.length; i++) consider(sh.kw[i]!, 'subject');
  sh.release();
  let score = 0;
  let topic = 0;
  for (const [rid, w] of best) {
    if (w > 0 && (matcher.rules[rid]!.data as { rule: CandidateRule }).rule.topical) topic += w;
    else score += w;
  }
  score += Math.min(topic, TOPIC_CAP);
  score += senderPenalty(input.from);
  return score;
}

function isNotice(kw: string): boolean {
  return kw.endsWith('ご案内') || kw.endsWith('ご連絡');
}

/** Thanks or receipt right after a phrase (within a few chars): "…のご案内、ありがとうございます". */
function acknowledged(norm: string, end: number): boolean {
  for (let k = end; k < end + 6 && k < norm.length; k++) {
    if (norm.startsWith('ありがと', k) || norm.startsWith('いただき', k) || norm.startsWith('頂き', k) || norm.startsWith('承知', k)) return true;
  }
  return false;
}

function senderPenalty(from: MessageInput['from'] | undefined): number {
  if (!from) return 0;
  let p = 0;
  const email = typeof from.email === 'string' ? from.email.toLowerCase() : '';
  const local = email.split('@')[0] ?? '';
  const words = local.split(/[._+-]/);
  if (NON_PERSON_SENDERS.includes(local) || words.some((w) => NON_PERSON_SENDERS.includes(w) && w.length > 2)) p -= 3;
  const name = typeof from.name === 'string' ? normalizeForMatch(from.name) : '';
  if (NON_PERSON_NAMES.some((n) => name.includes(n))) p -= 3;
  return p;
}

// ── decline ──

interface Phrase {
  start: number;
  end: number;
  level: 'hard' | 'soft';
}

function declinePhrases(norm: string, matches: RuleMatch<Tag>[], hits: HitRange, s: Sentence): Phrase[] {
  type D = { start: number; end: number; kind: string; priority: number; extend: boolean; alive: boolean };
  const ds: D[] = [];
  let accepted = false;
  const accepts: Array<{ start: number; end: number }> = [];
  for (const m of matches) {
    if (m.rule.data.t !== 'decline') continue;
    const { rule, priority } = m.rule.data;
    if (rule.kind === 'accept') {
      if (!negated(norm, hits, m, 'negAfterDecline')) {
        accepted = true;
        accepts.push(m);
      }
      continue;
    }
    ds.push({ start: m.start, end: m.end, kind: rule.kind, priority, extend: rule.extend === true, alive: true });
  }
  if (ds.length === 0) return [];
  ds.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping matches: the lower priority one dies. Match length is bounded, so each
  // match is compared with a bounded neighbourhood (linear overall).
  for (let i = 0; i < ds.length; i++) {
    const a = ds[i]!;
    for (let j = i + 1; j < ds.length && ds[j]!.start < a.start + MAX_MATCH_LEN; j++) {
      work.steps++;
      const b = ds[j]!;
      if (b.start >= a.end) continue;
      if (a.priority > b.priority) b.alive = false;
      else if (b.priority > a.priority) a.alive = false;
    }
  }
  const out: Phrase[] = [];
  for (const d of ds) {
    if (out.length >= MAX_PHRASES) break;
    if (!d.alive || d.kind === 'block') continue;
    // Negation is checked only for survivors (lazily: cheaper on hostile input).
    if (negated(norm, hits, d, 'negAfterDecline')) continue;
    // Committing to us cancels wavering in the sentence, and any phrase it overlaps
    // ("他社からも内定をいただきましたが、御社への入社を決めました").
    if (d.kind === 'soft' && accepted) continue;
    if (accepts.some((a) => a.start < d.end && d.start < a.end)) continue;
    const level = d.kind === 'hard' ? 'hard' : 'soft';
    let start = d.start;
    let end = d.extend ? extendKana(norm, d.end, s.end) : d.end;
    if (isAsciiLetter(norm.charCodeAt(d.start))) {
      while (end < s.end && isAsciiLetter(norm.charCodeAt(end))) end++; // finish a starred word: "declin" → "declining"
      // English: the phrase is the verb chain with its subject and object
      // ("I have decided to withdraw my application"), not the bare keyword.
      start = extendWordsLeft(norm, d.start, s.start);
      end = extendWordsRight(norm, end, s.end);
      // A bare noun phrase ("another offer", "with my wife") takes its verb ("comparing it with
      // another offer", "discuss it with my wife"), and a phrase never ends on "another"/"at".
      if (start === d.start) start = extendWordsLeft(norm, verbBefore(norm, start, s.start), s.start);
      end = closeNounPhrase(norm, start, end, s.end);
    }
    // Never empty, never outside the sentence, never cut inside a word, no edge blanks/punctuation.
    start = Math.max(start, s.start);
    end = Math.min(end, s.end);
    while (start < end && EDGE_TRIM[norm.charCodeAt(start)] === 1) start++;
    while (end > start && EDGE_TRIM[norm.charCodeAt(end - 1)] === 1) end--;
    while (start > s.start && isAsciiLetter(norm.charCodeAt(start)) && isAsciiLetter(norm.charCodeAt(start - 1))) start--;
    while (end < s.end && isAsciiLetter(norm.charCodeAt(end - 1)) && isAsciiLetter(norm.charCodeAt(end))) end++;
    if (end <= start) continue;
    const last = out[out.length - 1];
    // Same-level overlapping/adjacent phrases merge into one.
    if (last && last.level === level && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end, level });
  }
  return out;
}

/** Words that belong to the verb chain before an English cue ("I have decided to …"). */
const CHAIN_WORDS = new Set(['i', "i've", "i'm", "i'd", "i'll", 'have', 'has', 'had', 'decided', 'decide', 'to', 'would', 'like', 'want', 'wanted',
  'must', 'need', 'will', 'am', 'be', 'been', 'regret', 'regretfully', 'unfortunately', 'sadly', 'respectfully', 'politely', 'going', 'just',
  'already', 'also', 'still', 'currently', 'ultimately', 'finally', 'hereby', 'now', 'really', 'chosen', 'chose', 'plan', 'planning', 'intend',
  'do', 'did', 'may', 'might', 'should', 'could', 'can', 'afraid', 'recently', 'actually', 'honestly', 'seriously', 'further', 'formally',
  'officially', 'kindly', 'currently', 'reluctantly', 'but', 'that']);
/** Words of a short object after an English cue ("… the offer", "… from the process"). */
const OBJECT_WORDS = new Set(['my', 'the', 'your', 'this', 'our', 'two', 'offers', 'options', 'companies', 'both', 'application', 'candidacy', 'offer', 'position', 'role', 'from', 'process',
  'consideration', 'opportunity', 'job', 'kind', 'generous', 'recruitment', 'hiring', 'interview', 'interviews', 'selection', 'further']);

function extendWordsLeft(norm: string, start: number, limit: number): number {
  let best = start;
  let pos = start;
  for (let words = 0; words < 5; words++) {
    let e = pos;
    while (e > limit && norm.charCodeAt(e - 1) === 0x20) e--;
    let b = e;
    while (b > limit && (isAsciiLetter(norm.charCodeAt(b - 1)) || norm.charCodeAt(b - 1) === 0x27)) b--;
    if (b === e || e === pos) break; // no word, or no space before the cue (clause punctuation)
    const w = norm.slice(b, e);
    if (!CHAIN_WORDS.has(w) || w === 'but' || w === 'that') break;
    best = b;
    pos = b;
  }
  return best;
}

function extendWordsRight(norm: string, end: number, limit: number): number {
  let best = end;
  let pos = end;
  for (let words = 0; words < 4; words++) {
    let b = pos;
    while (b < limit && norm.charCodeAt(b) === 0x20) b++;
    let e = b;
    while (e < limit && isAsciiLetter(norm.charCodeAt(e))) e++;
    if (b === e || b === pos) break;
    if (!OBJECT_WORDS.has(norm.slice(b, e))) break;
    pos = e;
    // Only keep the extension when it ends on a noun, not on "my"/"the"/"from".
    if (!['my', 'the', 'your', 'this', 'our', 'from', 'kind', 'generous', 'further', 'two', 'both'].includes(norm.slice(b, e))) best = e;
  }
  return best;
}

/** Blank and punctuation that may not open or close a phrase. */
const EDGE_TRIM = charTable(' \n、,;。，.:!?()（）「」『』"\'・…');
/** Words a phrase may not end on: a determiner or preposition waiting for its noun. */
const DANGLING = new Set(['another', 'a', 'an', 'the', 'my', 'our', 'your', 'at', 'with', 'from', 'to', 'of', 'for', 'in', 'other', 'this', 'different', 'current']);
/** Verbs that govern a decline noun phrase ("have another offer", "made a counteroffer"). */
const GOVERNING_VERBS = new Set(['have', 'has', 'had', 'got', 'get', 'received', 'receive', 'made', 'make', 'discuss', 'talk', 'speak', 'check',
  'compare', 'consider', 'weigh', 'accept', 'accepted', 'take', 'took', 'taken', 'sign', 'signed', 'join', 'joined', 'hold', 'holding', 'give']);
/** Words that end a clause: the verb search never crosses them. */
const CLAUSE_WORDS = new Set(['but', 'and', 'so', 'because', 'although', 'though', 'while', 'since', 'as', 'if', 'or']);

/** ASCII word [b, e) ending at or before pos (skipping spaces), or null at a clause stop. */
function wordBefore(norm: string, pos: number, limit: number): [number, number] | null {
  let e = pos;
  while (e > limit && norm.charCodeAt(e - 1) === 0x20) e--;
  let b = e;
  while (b > limit && (isAsciiLetter(norm.charCodeAt(b - 1)) || norm.charCodeAt(b - 1) === 0x27 || norm.charCodeAt(b - 1) === 0x2d)) b--;
  return b === e ? null : [b, e];
}

/**
 * Start of the verb governing a noun phrase that starts at start: up to three words back,
 * the nearest word that is a known governing verb or ends in -ing/-ed; start if none
 * (the phrase then stays as it is rather than growing into unrelated words).
 */
function verbBefore(norm: string, start: number, limit: number): number {
  let pos = start;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(norm, pos, limit);
    if (!w) return start;
    const word = norm.slice(w[0], w[1]);
    if (CLAUSE_WORDS.has(word)) return start;
    if (GOVERNING_VERBS.has(word) || (word.length > 4 && (word.endsWith('ing') || word.endsWith('ed')))) return w[0];
    pos = w[0];
  }
  return start;
}

/** A phrase ending on "another"/"at"/"the" takes the next one or two words (its noun), else drops the dangling word. */
function closeNounPhrase(norm: string, start: number, end: number, limit: number): number {
  for (let k = 0; k < 2; k++) {
    const last = wordBefore(norm, end, start);
    if (!last || !DANGLING.has(norm.slice(last[0], last[1]))) return end;
    let b = end;
    while (b < limit && norm.charCodeAt(b) === 0x20) b++;
    let e = b;
    while (e < limit && (isAsciiLetter(norm.charCodeAt(e)) || norm.charCodeAt(e) === 0x2d)) e++;
    if (e === b || b === end) {
      // Nothing follows in this sentence: drop the dangling word instead.
      const prev = wordBefore(norm, last[0], start);
      return prev ? prev[1] : end;
    }
    end = e;
  }
  return end;
}

/** Extends a Japanese verb stem over its inflection (させていただきます), at most 10 kana. */
function extendKana(norm: string, end: number, limit: number): number {
  let e = end;
  while (e < limit && e - end < 10) {
    const c = norm.charCodeAt(e);
    if (!(c >= 0x3041 && c <= 0x3096)) break; // hiragana only
    e++;
  }
  return e;
}

/** Longest keyword in the vocabulary is far below this; bounds the look-ahead below. */
const MAX_KEYWORD_LEN = 64;

/** First index in items (ordered by end) whose end is > pos. Binary search. */
function firstEndAfter(items: ReadonlyArray<{ end: number }>, pos: number, from = 0, to = items.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    work.steps++;
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Same over a typed array of end offsets. */
function firstEndAfterIn(ends: Int32Array, pos: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    work.steps++;
    const mid = (lo + hi) >> 1;
    if (ends[mid]! > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A cue is negated by an English negator shortly before it or a negated predicate after
 * it (Japanese, and English "… never crossed my mind"). Only hits in a bounded window
 * around the cue are visited (binary search to its start), so this is O(log n) per cue.
 */
function negated(norm: string, range: HitRange, m: { start: number; end: number }, after: 'negAfterDecline' | 'negAfterAnxiety'): boolean {
  const matcher = getMatcher();
  const hits = range.hits;
  const stop = m.end + NEG_AFTER_WINDOW + MAX_KEYWORD_LEN;
  for (let k = firstEndAfterIn(hits.end, m.start - NEG_BEFORE_WINDOW, range.from, range.to); k < range.to && hits.end[k]! <= stop; k++) {
    work.steps++;
    const hitStart = hits.start[k]!;
    const hitEnd = hits.end[k]!;
    for (const [rid] of matcher.usesOf(hits.kw[k]!)) {
      const t = matcher.rules[rid]!.data.t;
      if (t === 'negBefore' && hitEnd <= m.start && m.start - hitEnd <= NEG_BEFORE_WINDOW && !hasStop(norm, hitEnd, m.start)) return true;
      if (t === after && hitStart >= m.end && hitStart - m.end <= NEG_AFTER_WINDOW && !hasStop(norm, m.end, hitStart)) return true;
    }
  }
  return false;
}

function hasStop(norm: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = norm.charCodeAt(k);
    if (CLAUSE_STOPS[c] === 1) return true;
    if (c !== 0x20) continue;
    // English clause joiners also end a negation's reach: "I don't know yet, but …".
    if (norm.startsWith(' but ', k) || norm.startsWith(' and ', k) || norm.startsWith(' as ', k) || norm.startsWith(' because ', k)) return true;
  }
  return false;
}

// ── questions ──

function hasQuestionMark(body: string, norm: string, s: Sentence): boolean {
  for (let i = s.start; i < s.end; i++) {
    work.steps++;
    if (body.charCodeAt(i) === 0xff1f) return true; // ？ is never part of a URL
    if (norm.charCodeAt(i) !== 0x3f) continue;
    const next = i + 1 < s.end ? norm.charCodeAt(i + 1) : 0x20;
    if (!(isAsciiLetter(next) || (next >= 0x30 && next <= 0x39) || next === 0x3d || next === 0x26 || next === 0x25 || next === 0x2f)) return true;
  }
  return false;
}

function questionCue(norm: string, matches: RuleMatch<Tag>[], s: Sentence): boolean {
  let cue = false;
  for (const m of matches) {
    const d = m.rule.data;
    if (d.t === 'notQuestion') return false;
    if (d.t !== 'question') continue;
    if (d.rule.atEnd === 'sentence' && !atSentenceEnd(norm, m.end, s.end)) continue;
    if (d.rule.atEnd === true && !atClauseEnd(norm, m.end, s.end)) continue;
    if (d.rule.atStart && !atClauseStart(norm, m.start, s.start)) continue;
    cue = true;
  }
  return cue;
}

function atSentenceEnd(norm: string, i: number, end: number): boolean {
  return i >= end || SENTENCE_END_FOLLOWERS[norm.charCodeAt(i)] === 1;
}

/** A bounded look back (a bullet and its spacing are short), so each cue costs O(1). */
function atClauseStart(norm: string, i: number, start: number): boolean {
  let j = i - 1;
  let opener = false;
  for (; j >= start && j >= i - 8; j--) {
    const c = norm.charCodeAt(j);
    if (CLAUSE_OPENERS[c] === 1) opener = true;
    if (BEFORE_CLAUSE_START[c] !== 1) break;
  }
  return j < start || opener;
}

function atClauseEnd(norm: string, i: number, end: number): boolean {
  return i >= end || AT_END_FOLLOWERS[norm.charCodeAt(i)] === 1;
}

// ── anxieties ──

/** Reused per sentence by anxietyCue (holds pooled matches of the current sentence only). */
const BLOCKS: Array<{ start: number; end: number }> = [];

function anxietyCue(norm: string, matches: RuleMatch<Tag>[], hits: HitRange): boolean {
  // Matches arrive ordered by end, so blocks are too: binary search + bounded scan.
  const blocks = BLOCKS;
  blocks.length = 0;
  for (const m of matches) if (m.rule.data.t === 'notAnxiety') blocks.push(m);
  for (const m of matches) {
    if (m.rule.data.t !== 'anxiety') continue;
    if (blocks.length && overlapsAny(blocks, m)) continue;
    if (negated(norm, hits, m, 'negAfterAnxiety')) continue;
    return true;
  }
  return false;
}

function overlapsAny(blocks: Array<{ start: number; end: number }>, m: { start: number; end: number }): boolean {
  for (let k = firstEndAfter(blocks, m.start); k < blocks.length && blocks[k]!.end < m.end + MAX_MATCH_LEN; k++) {
    work.steps++;
    if (blocks[k]!.start < m.end) return true;
  }
  return false;
}

// ── categories ──

/** Per-category weight, nearest distance to the cue and first position, reused by every categorise() call. */
const CAT_WEIGHT = new Float64Array(ANXIETY_CATEGORIES.length);
const CAT_DIST = new Float64Array(ANXIETY_CATEGORIES.length);
const CAT_FIRST = new Float64Array(ANXIETY_CATEGORIES.length);
const CAT_INDEX = new Map<TopicCategory, number>(ANXIETY_CATEGORIES.map((c, i) => [c, i]));
/** Topic matches of the current sentence (reused; ordered by end like the matches). */
const TOPICS: Array<RuleMatch<Tag>> = [];

/**
 * One category per sentence. Each topic cue adds its weight (strong, specific cues weigh
 * more than generic words); a cue inside a longer topic cue does not count ("relocation
 * package" is pay, not relocation; "面接…評価" is the selection, not the review system;
 * weight-0 cues such as "入社後" only mask). Ties go to the cue nearest the worry/question
 * cue (the topic it is about: "worried about the commute", "転勤が不安"), then to the earlier.
 */
function categorise(matches: RuleMatch<Tag>[], s: Sentence): TopicCategory {
  const topics = TOPICS;
  topics.length = 0;
  let cue = -1;
  for (const m of matches) {
    const t = m.rule.data.t;
    if (t === 'topic') topics.push(m);
    else if (cue < 0 && (t === 'anxiety' || t === 'question')) cue = m.start;
  }
  if (topics.length === 0) return 'other';
  if (cue < 0) cue = s.end; // only a question mark: the cue is the sentence end
  CAT_WEIGHT.fill(0);
  CAT_DIST.fill(Infinity);
  CAT_FIRST.fill(Infinity);
  for (let k = 0; k < topics.length; k++) {
    const m = topics[k]!;
    if (containedInLonger(topics, k)) continue;
    const { category, weight } = (m.rule.data as Extract<Tag, { t: 'topic' }>).rule;
    const w = weight ?? 2;
    if (w <= 0) continue;
    const i = CAT_INDEX.get(category)!;
    CAT_WEIGHT[i]! += w;
    const d = m.end <= cue ? cue - m.end : m.start >= cue ? m.start - cue : 0;
    if (d < CAT_DIST[i]!) CAT_DIST[i] = d;
    if (m.start < CAT_FIRST[i]!) CAT_FIRST[i] = m.start;
  }
  let best = -1;
  for (let i = 0; i < CAT_WEIGHT.length; i++) {
    if (CAT_WEIGHT[i]! <= 0) continue;
    if (best < 0 || CAT_WEIGHT[i]! > CAT_WEIGHT[best]!) best = i;
    else if (CAT_WEIGHT[i] === CAT_WEIGHT[best]) {
      if (CAT_DIST[i]! < CAT_DIST[best]! || (CAT_DIST[i] === CAT_DIST[best] && CAT_FIRST[i]! < CAT_FIRST[best]!)) best = i;
    }
  }
  return best < 0 ? 'other' : ANXIETY_CATEGORIES[best]!;
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
