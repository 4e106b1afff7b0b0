// One Aho–Corasick automaton over every keyword of every vocabulary file, so a message
// is scanned once whatever the vocabulary size (linear time, no regex backtracking).
//
// Pattern syntax in the vocab files (after the same folding as normalize.ts):
//   "withdraw*"      '*' at an end: no word boundary needed there (withdraws, withdrawing)
//   "他社 … 内定"     '…' joins parts that must occur in order in one sentence, each gap at
//                    most rule.gap chars (default 25): the phrase span runs first→last part.
// ASCII parts need word boundaries unless starred; Japanese parts never do.
import { isAsciiLetter } from './normalize';
import { work } from './work';

export interface Keyword {
  text: string;
  leftBoundary: boolean;
  rightBoundary: boolean;
}

export interface CompiledRule<T> {
  id: number;
  parts: number[]; // keyword ids
  /** gaps[p]: max chars between part p-1 and part p. */
  gaps: number[];
  /** The gap text may not cross a clause boundary (、 , ; 。). */
  clause: boolean;
  data: T;
}

export interface Hit {
  kw: number;
  start: number;
  end: number;
}

export interface RuleMatch<T> {
  rule: CompiledRule<T>;
  start: number;
  end: number;
}

const GAP = '…';
const CLAUSE_CHARS = '、,;。，';

export class Matcher<T> {
  readonly keywords: Keyword[] = [];
  readonly rules: CompiledRule<T>[] = [];
  private kwIndex = new Map<string, number>();
  /** kw id → list of [rule id, part index] using it. */
  private uses: Array<Array<[number, number]>> = [];
  // Automaton (built lazily on first scan).
  private root: Int32Array | null = null; // dense transitions from the root, by char code
  private trans: Array<Map<number, number>> = [];
  private fail: number[] = [];
  private out: number[][] = [];
  // Per-rule chain state for the multi-part DP, reset per sentence via a stamp.
  private stamp: number[] = [];
  private chainStart: number[][] = [];
  private chainEnd: number[][] = [];
  private epoch = 0;

  add(pattern: string, data: T, opts: { gap?: number; clause?: boolean } = {}): void {
    // "accept* another offer": a starred word inside a part becomes its own part with a
    // short gap (the inflection plus one space), so the automaton stays literal.
    const parts: number[] = [];
    const gaps: number[] = [];
    pattern.split(GAP).forEach((chunk) => {
      const words = chunk.trim().split(/(?<=\*) /);
      words.forEach((w, k) => {
        if (w.trim() === '') return;
        gaps.push(k === 0 ? (opts.gap ?? 25) : 5);
        parts.push(this.keywordId(w.trim()));
      });
    });
    if (parts.length === 0) throw new Error(`empty vocabulary pattern: ${JSON.stringify(pattern)}`);
    const id = this.rules.length;
    this.rules.push({ id, parts, gaps, clause: opts.clause ?? false, data });
    parts.forEach((kw, p) => this.uses[kw]!.push([id, p]));
    this.stamp.push(-1);
    this.chainStart.push(parts.map(() => -1));
    this.chainEnd.push(parts.map(() => -1));
    this.root = null;
  }

  /** [rule id, part index] pairs that use keyword kw. */
  usesOf(kw: number): ReadonlyArray<readonly [number, number]> {
    return this.uses[kw]!;
  }

  private keywordId(raw: string): number {
    const found = this.kwIndex.get(raw);
    if (found !== undefined) return found;
    const lstar = raw.startsWith('*');
    const rstar = raw.endsWith('*') && raw.length > 1;
    const text = fold(raw.slice(lstar ? 1 : 0, rstar ? -1 : undefined));
    const id = this.keywords.length;
    this.keywords.push({
      text,
      leftBoundary: !lstar && isWordChar(text.charCodeAt(0)),
      rightBoundary: !rstar && isWordChar(text.charCodeAt(text.length - 1)),
    });
    this.kwIndex.set(raw, id);
    this.uses.push([]);
    return id;
  }

  private build(): void {
    this.trans = [new Map()];
    this.out = [[]];
    this.fail = [0];
    this.keywords.forEach((kw, id) => {
      let node = 0;
      for (let i = 0; i < kw.text.length; i++) {
        const c = kw.text.charCodeAt(i);
        let next = this.trans[node]!.get(c);
        if (next === undefined) {
          next = this.trans.length;
          this.trans.push(new Map());
          this.out.push([]);
          this.fail.push(0);
          this.trans[node]!.set(c, next);
        }
        node = next;
      }
      this.out[node]!.push(id);
    });
    // Breadth-first failure links; outputs are merged along them once, here.
    const queue: number[] = [];
    for (const child of this.trans[0]!.values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [c, child] of this.trans[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.trans[f]!.has(c)) f = this.fail[f]!;
        const target = this.trans[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.out[child] = this.out[child]!.concat(this.out[this.fail[child]!]!);
        queue.push(child);
      }
    }
    const root = new Int32Array(65536);
    for (const [c, child] of this.trans[0]!) root[c] = child;
    this.root = root;
  }

  /** All keyword hits in norm[from, to), ordered by end offset. */
  scan(norm: string, from = 0, to = norm.length): Hit[] {
    if (!this.root) this.build();
    const root = this.root!;
    const trans = this.trans;
    const fail = this.fail;
    const out = this.out;
    const hits: Hit[] = [];
    let node = 0;
    for (let i = from; i < to; i++) {
      const c = norm.charCodeAt(i);
      // Failure walk: amortised O(1) per char (depth grows by at most one per char).
      while (node !== 0) {
        const t = trans[node]!.get(c);
        if (t !== undefined) {
          node = t;
          break;
        }
        node = fail[node]!;
        work.steps++;
      }
      if (node === 0) node = root[c]!;
      const o = out[node]!;
      for (let k = 0; k < o.length; k++) {
        const kw = this.keywords[o[k]!]!;
        const start = i + 1 - kw.text.length;
        if (kw.leftBoundary && start > 0 && isWordChar(norm.charCodeAt(start - 1))) continue;
        if (kw.rightBoundary && i + 1 < norm.length && isWordChar(norm.charCodeAt(i + 1))) continue;
        hits.push({ kw: o[k]!, start, end: i + 1 });
      }
      work.steps++;
    }
    return hits;
  }

  /**
   * Rule matches among hits[from, to) (hits of one sentence, ordered by end). Multi-part
   * rules use a forward DP keeping, per part, the latest-starting chain: O(hits × uses).
   */
  match(norm: string, hits: Hit[], from: number, to: number, minStart = 0): RuleMatch<T>[] {
    const epoch = ++this.epoch;
    const res: RuleMatch<T>[] = [];
    for (let h = from; h < to; h++) {
      const hit = hits[h]!;
      if (hit.start < minStart) continue;
      const uses = this.uses[hit.kw]!;
      for (let u = 0; u < uses.length; u++) {
        work.steps++;
        const [rid, p] = uses[u]!;
        const rule = this.rules[rid]!;
        if (rule.parts.length === 1) {
          res.push({ rule, start: hit.start, end: hit.end });
          continue;
        }
        const cs = this.chainStart[rid]!;
        const ce = this.chainEnd[rid]!;
        if (this.stamp[rid] !== epoch) {
          this.stamp[rid] = epoch;
          cs.fill(-1);
          ce.fill(-1);
        }
        if (p === 0) {
          cs[0] = hit.start;
          ce[0] = hit.end;
        } else {
          const prevEnd = ce[p - 1]!;
          if (prevEnd < 0 || prevEnd > hit.start || hit.start - prevEnd > rule.gaps[p]!) continue;
          if (rule.clause && crossesClause(norm, prevEnd, hit.start)) continue;
          cs[p] = cs[p - 1]!;
          ce[p] = hit.end;
        }
        if (p === rule.parts.length - 1) res.push({ rule, start: cs[p]!, end: ce[p]! });
      }
    }
    return res;
  }
}

function crossesClause(norm: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CLAUSE_CHARS.includes(norm[k]!)) return true;
  return false;
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** Same folding as normalizeForMatch for pattern text (lower-case, full-width → ASCII). */
export function fold(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c === 0x2019 || c === 0x2018) c = 0x27;
    r += String.fromCharCode(c);
  }
  return r;
}
