// Decline phrases of one sentence from the rule matches: overlapping rules resolve by
// priority, negated cues and cues cancelled by a commitment ("…but I've decided to join you")
// drop, and each surviving cue grows to the phrase a recruiter reads (English verb chain,
// Japanese inflection).
import { charTable, isAsciiLetter } from './normalize';
import { negated } from './negation';
import { MAX_MATCH_LEN, type Scan, type SentenceScan } from './scan';
import { work } from './work';

export interface DeclinePhrase {
  start: number;
  end: number;
  level: 'hard' | 'soft';
}

/** What the decline rules saw in a sentence besides the phrases (features for the learned part). */
export interface DeclineCues {
  hard: boolean;
  soft: boolean;
  negated: boolean;
  blocked: boolean;
  accepted: boolean;
}

export function declinePhrases(scan: Scan, ss: SentenceScan, cues?: DeclineCues): DeclinePhrase[] {
  const { norm } = scan;
  const { matches, range, s } = ss;
  type D = { start: number; end: number; kind: string; priority: number; extend: boolean; alive: boolean };
  const ds: D[] = [];
  let accepted = false;
  const accepts: Array<{ start: number; end: number }> = [];
  for (const m of matches) {
    if (m.rule.data.t !== 'decline') continue;
    const { rule, priority } = m.rule.data;
    if (rule.kind === 'accept') {
      if (!negated(scan, range, m, 'negAfterDecline')) {
        accepted = true;
        accepts.push(m);
      }
      continue;
    }
    ds.push({ start: m.start, end: m.end, kind: rule.kind, priority, extend: rule.extend === true, alive: true });
  }
  if (cues) cues.accepted = accepted;
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
  const out: DeclinePhrase[] = [];
  for (const d of ds) {
    if (out.length >= MAX_PHRASES) break;
    if (d.kind === 'block') {
      if (cues) cues.blocked = true;
      continue;
    }
    if (!d.alive) continue;
    // Negation is checked only for survivors (lazily: cheaper on hostile input).
    if (negated(scan, range, d, 'negAfterDecline')) {
      if (cues) cues.negated = true;
      continue;
    }
    // Committing to us cancels wavering in the sentence, and any phrase it overlaps
    // ("他社からも内定をいただきましたが、御社への入社を決めました").
    if (d.kind === 'soft' && accepted) continue;
    if (accepts.some((a) => a.start < d.end && d.start < a.end)) continue;
    const level = d.kind === 'hard' ? 'hard' : 'soft';
    if (cues) cues[level] = true;
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


/** Decline phrases beyond this are noise (the level is already decided); caps output on hostile input. */
const MAX_PHRASES = 50;

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
