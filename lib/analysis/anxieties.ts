// Worries: a worry cue that no not-a-worry rule covers and that is not negated
// ("not worried", 「不安はありません」).
import { negated, firstEndAfter } from './negation';
import { MAX_MATCH_LEN, type Scan, type SentenceScan } from './scan';
import { work } from './work';

/** "cue" for a live worry cue, "negated" when every cue was negated or blocked, null without cues. */
export function anxietyCue(scan: Scan, ss: SentenceScan): 'cue' | 'negated' | null {
  const { matches, range } = ss;
  // Matches arrive ordered by end, so blocks are too: binary search + bounded scan.
  let blocks: Array<{ start: number; end: number }> | null = null;
  let seen = false;
  for (const m of matches) {
    const t = m.rule.data.t;
    if (t === 'anxiety') seen = true;
    else if (t === 'notAnxiety') (blocks ??= []).push({ start: m.start, end: m.end });
  }
  if (!seen) return null;
  seen = false;
  for (const m of matches) {
    if (m.rule.data.t !== 'anxiety') continue;
    seen = true;
    if (blocks && overlapsAny(blocks, m)) continue;
    if (negated(scan, range, m, 'negAfterAnxiety')) continue;
    return 'cue';
  }
  return seen ? 'negated' : null;
}

function overlapsAny(blocks: Array<{ start: number; end: number }>, m: { start: number; end: number }): boolean {
  for (let k = firstEndAfter(blocks, m.start); k < blocks.length && blocks[k]!.end < m.end + MAX_MATCH_LEN; k++) {
    work.steps++;
    if (blocks[k]!.start < m.end) return true;
  }
  return false;
}
