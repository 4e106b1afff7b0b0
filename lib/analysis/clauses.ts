// Clauses of a sentence, for highlighting the part that carries a hint the learned part found
// without a rule phrase: cut at clause punctuation and English clause joiners.
import { charTable } from './normalize';

const CUTS = charTable('、，,;；:：');
const JOINERS = [' but ', ' though ', ' although ', ' however ', ' so ', ' because ', ' and i ', ' while '];

/** [start, end) pairs tiling [start, end) of norm, trimmed of blanks and edge punctuation. Bounded: at most 12 clauses. */
export function clauses(norm: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = start;
  const push = (b: number) => {
    let s = a;
    let e = b;
    while (s < e && (norm.charCodeAt(s) === 0x20 || CUTS[norm.charCodeAt(s)] === 1)) s++;
    while (e > s && (norm.charCodeAt(e - 1) === 0x20 || CUTS[norm.charCodeAt(e - 1)] === 1)) e--;
    if (e > s) out.push([s, e]);
  };
  for (let i = start; i < end && i < start + 1000 && out.length < 11; i++) {
    const c = norm.charCodeAt(i);
    if (CUTS[c] === 1) {
      push(i + 1);
      a = i + 1;
    } else if (c === 0x20) {
      for (const j of JOINERS) {
        if (norm.startsWith(j, i)) {
          push(i);
          a = i + 1;
          break;
        }
      }
    }
  }
  push(end);
  return out;
}
