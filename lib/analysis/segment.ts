// Sentence segmentation over the normalised copy, with offsets into the original body.
// A hand-written single pass rather than Intl.Segmenter: it must cut at line structure
// that mail has (salutations, bullets, blank lines) and join lines wrapped by the mail
// client, which Intl.Segmenter does not know about; it is also several times faster.
import { charTable, isAsciiLetter, isJapaneseChar, isSpace } from './normalize';
import { work } from './work';

export interface Sentence {
  start: number;
  end: number;
}

const CLOSERS = '」』）)]】"\'’”〉》';
const CLOSER_TABLE = charTable(CLOSERS);
const BULLETS = '・-*•●○■□◆◇▼▶▸→◎☆★※+';
/** Words before '.' that do not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'fig', 'dept', 'est']);
/** Japanese line endings that mean the sentence continues on the next line. */
const JA_CONTINUATION = 'てでがをにはのともへやりしくばら、，';
const JA_SALUTATION_ENDS = ['様', 'さま', 'さん', '殿', '各位', '御中', '様、', 'さん、'];

/** Appends the trimmed sentences of norm[start, end) to out. */
export function segmentSentences(norm: string, start: number, end: number, out: Sentence[]): void {
  let s = start; // start of the current sentence (untrimmed)
  let lineStart = start;
  let i = start;
  while (i < end) {
    work.steps++;
    const c = norm.charCodeAt(i);
    if (c === 0x0a) {
      const nextLine = i + 1;
      if (!joinsNextLine(norm, lineStart, i, nextLine, end)) {
        push(norm, s, i, out);
        s = nextLine;
      }
      lineStart = nextLine;
      i = nextLine;
      continue;
    }
    if (isTerminator(norm, i, end)) {
      // Absorb runs of terminators and closing brackets: "？？", "?!", "。」".
      let j = i + 1;
      while (j < end && (isTerminatorChar(norm.charCodeAt(j)) || CLOSER_TABLE[norm.charCodeAt(j)] === 1)) {
        work.steps++;
        j++;
      }
      push(norm, s, j, out);
      s = j;
      i = j;
      continue;
    }
    i++;
  }
  push(norm, s, end, out);
}

function isTerminatorChar(c: number): boolean {
  return c === 0x3002 /* 。 */ || c === 0x21 || c === 0x3f || c === 0xff0e /* ．*/;
}

function isTerminator(norm: string, i: number, end: number): boolean {
  const c = norm.charCodeAt(i);
  if (c === 0x3002 || c === 0xff0e) return true;
  const next = i + 1 < end ? norm.charCodeAt(i + 1) : 0x20;
  if (c === 0x21 || c === 0x3f) {
    // '?' inside a URL ("…/page?id=3") or "!important": not an end.
    return !(isAsciiLetter(next) || isDigitCode(next) || next === 0x3d || next === 0x26 || next === 0x2f || next === 0x25);
  }
  if (c === 0x2e /* . */) {
    if (!(isSpace(next) || isJapaneseChar(next) || CLOSER_TABLE[next] === 1)) return false;
    if (i > 0 && norm.charCodeAt(i - 1) === 0x2e) return next === 0x0a; // "..." mid-line is a pause
    return !isAbbreviation(norm, i);
  }
  return false;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAbbreviation(norm: string, dot: number): boolean {
  let k = dot;
  // Bounded walk back over at most 8 chars: "e.g", "approx".
  while (k > 0 && dot - k < 8) {
    const c = norm.charCodeAt(k - 1);
    if (!(isAsciiLetter(c) || c === 0x2e)) break;
    k--;
  }
  const word = norm.slice(k, dot);
  if (word.length === 1 && isAsciiLetter(word.charCodeAt(0))) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word);
}

/**
 * Whether the line norm[lineStart, nl) continues on the next line (wrapped text) rather
 * than ending a sentence. Looks only at the two lines' ends, so constant work per line
 * except the trimming, which is bounded below.
 */
function joinsNextLine(norm: string, lineStart: number, nl: number, nextStart: number, end: number): boolean {
  // Next line: first non-space char; blank → paragraph break.
  let b = nextStart;
  while (b < end && norm.charCodeAt(b) === 0x20) {
    work.steps++;
    b++;
  }
  if (b >= end || norm.charCodeAt(b) === 0x0a) return false;
  const bc = norm[b]!;
  if (BULLETS.includes(bc) || startsNumbered(norm, b, end)) return false;
  // Current line: last non-space char.
  let a = nl;
  while (a > lineStart && norm.charCodeAt(a - 1) === 0x20) {
    work.steps++;
    a--;
  }
  if (a === lineStart) return false;
  const last = norm[a - 1]!;
  if (last === ':' || last === '：') return false;
  let f = lineStart;
  while (f < a && norm.charCodeAt(f) === 0x20) f++;
  const lineLen = a - f;
  // No substring copies here (this runs once per line): compare in place.
  for (const e of JA_SALUTATION_ENDS) if (a - e.length >= f && norm.startsWith(e, a - e.length)) return false;
  if (lineLen < 60 && isGreeting(norm, f)) return false;
  if (last === ',' && lineLen <= 30) return false; // "Hi Sarah," / "Best regards,"
  if (isAsciiLetter(bc.charCodeAt(0)) && bc === bc.toLowerCase() && bc !== bc.toUpperCase()) return true; // wrapped English
  if (JA_CONTINUATION.includes(last)) return lineLen >= 4;
  if (last === ',') return true;
  return visualWidth(norm, f, a) >= 60;
}

const GREETING = /(dear|hi|hello|hey|good (morning|afternoon|evening))\b/y;

function isGreeting(norm: string, f: number): boolean {
  const c = norm.charCodeAt(f);
  if (c !== 0x64 /* d */ && c !== 0x68 /* h */ && c !== 0x67 /* g */) return false;
  GREETING.lastIndex = f;
  return GREETING.test(norm);
}

function startsNumbered(norm: string, b: number, end: number): boolean {
  const c = norm.charCodeAt(b);
  if (c >= 0x2460 && c <= 0x2473) return true; // ①..⑳
  if (c === 0x28 /* ( */ || c === 0xff08) return b + 1 < end && isDigitCode(norm.charCodeAt(b + 1));
  if (!isDigitCode(c)) return false;
  const d = b + 1 < end ? norm.charCodeAt(b + 1) : 0;
  return d === 0x2e || d === 0x29 || d === 0x3001; // "1." "1)" "1、"
}

function visualWidth(norm: string, f: number, a: number): number {
  // Only needs to know whether the line is long: stop counting at 60.
  let w = 0;
  for (let k = f; k < a && w < 60; k++) w += norm.charCodeAt(k) > 0xff ? 2 : 1;
  return w;
}

const LEADING_MARKS = charTable('・*•●○■□◆◇▼▶▸→◎☆★※');

function push(norm: string, s: number, e: number, out: Sentence[]): void {
  // Trim spaces/newlines and leading bullet marks.
  while (s < e && (isSpace(norm.charCodeAt(s)) || LEADING_MARKS[norm.charCodeAt(s)] === 1)) s++;
  while (e > s && isSpace(norm.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
