// Questions: a question mark that is not part of a URL, or a question cue from the
// vocabulary where it may stand (some only at a clause end or a clause start).
import { charTable, isAsciiLetter } from './normalize';
import type { Scan, SentenceScan } from './scan';
import type { Sentence } from './segment';
import { work } from './work';

const AT_END_FOLLOWERS = charTable('。.!?、,)）」』ねよ…～〜 \n');
const SENTENCE_END_FOLLOWERS = charTable('。.!?」』）)');
/** Skipped going back from a clause-start cue: spaces and list bullets or numbers ("1. ", "- ", "・"). */
const BEFORE_CLAUSE_START = charTable(' \t\n　*•・·-–—0123456789.)）(（');
/** What may precede a clause-start cue inside a sentence: a dash or colon ("… percentage - can I"). */
const CLAUSE_OPENERS = charTable('-–—:：');

export function hasQuestionMark(scan: Scan, s: Sentence): boolean {
  const { body, norm } = scan;
  for (let i = s.start; i < s.end; i++) {
    work.steps++;
    if (body.charCodeAt(i) === 0xff1f) return true; // ？ is never part of a URL
    if (norm.charCodeAt(i) !== 0x3f) continue;
    const next = i + 1 < s.end ? norm.charCodeAt(i + 1) : 0x20;
    if (!(isAsciiLetter(next) || (next >= 0x30 && next <= 0x39) || next === 0x3d || next === 0x26 || next === 0x25 || next === 0x2f)) return true;
  }
  return false;
}

/** "cue" when a question cue stands where it may, "blocked" when a not-a-question rule matched. */
export function questionCue(scan: Scan, ss: SentenceScan): 'cue' | 'blocked' | null {
  const { norm } = scan;
  const { matches, s } = ss;
  let cue = false;
  for (const m of matches) {
    const d = m.rule.data;
    if (d.t === 'notQuestion') return 'blocked';
    if (d.t !== 'question') continue;
    if (d.rule.atEnd === 'sentence' && !atSentenceEnd(norm, m.end, s.end)) continue;
    if (d.rule.atEnd === true && !atClauseEnd(norm, m.end, s.end)) continue;
    if (d.rule.atStart && !atClauseStart(norm, m.start, s.start)) continue;
    cue = true;
  }
  return cue ? 'cue' : null;
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

