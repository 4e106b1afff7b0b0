// One Aho–Corasick automaton over every keyword of every vocabulary file, so a message
// is scanned once whatever the vocabulary size (linear time, no regex backtracking).
//
// Pattern syntax in the vocab files (after the same folding as normalize.ts):
//   "withdraw*"      '*' at an end: no word boundary needed there (withdraws, withdrawing)
//   "他社 … 内定"     '…' joins parts that must occur in order in one sentence, each gap at
//                    most rule.gap chars (default 25): the phrase span runs first→last part.
// ASCII parts need word boundaries unless starred; Japanese parts never do.
import { charTable, isAsciiLetter } from './normalize';
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

/**
 * Keyword hits as parallel typed arrays (struct of arrays), ordered by end. A 1 MB body
 * has ~300k hits: one object per hit was most of the analyzer's garbage. The buffers
 * grow by doubling and are reused from one scan to the next.
 */
export class HitList {
  kw: Int32Array;
  start: Int32Array;
  end: Int32Array;
  length = 0;

  /** One backing buffer for the three columns (one allocation, not three). */
  constructor(capacity = 256) {
    const buf = new Int32Array(capacity * 3);
    this.kw = buf.subarray(0, capacity);
    this.start = buf.subarray(capacity, capacity * 2);
    this.end = buf.subarray(capacity * 2);
  }

  push(kw: number, start: number, end: number): void {
    if (this.length === this.kw.length) this.grow();
    const i = this.length++;
    this.kw[i] = kw;
    this.start[i] = start;
    this.end[i] = end;
  }

  private grow(): void {
    const n = Math.max(16, this.kw.length * 2);
    const buf = new Int32Array(n * 3);
    buf.set(this.kw);
    buf.set(this.start, n);
    buf.set(this.end, n * 2);
    this.kw = buf.subarray(0, n);
    this.start = buf.subarray(n, n * 2);
    this.end = buf.subarray(n * 2);
  }

  /** Drops buffers grown by a huge input so one 1 MB mail does not pin memory forever. */
  release(maxKeep = 1 << 16): void {
    this.length = 0;
    if (this.kw.length > maxKeep) {
      const buf = new Int32Array(256 * 3);
      this.kw = buf.subarray(0, 256);
      this.start = buf.subarray(256, 512);
      this.end = buf.subarray(512);
    }
  }
}

const GAP = '…';
const CLAUSE_CHARS = charTable('、,;。，');

export class Matcher<T> {
  readonly keywords: Keyword[] = [];
  readonly rules: CompiledRule<T>[] = [];
  private kwIndex = new Map<string, number>();
  /** kw id → list of [rule id, part index] using it. */
  private uses: Array<Array<[number, number]>> = [];
  // Automaton (built lazily on first scan), flat typed arrays (read only once built).
  private root: Int32Array | null = null; // dense transitions from the root, by char code
  private auto: Automaton | null = null;
  // Per-rule chain state for the multi-part DP, reset per sentence via a stamp.
  private stamp: number[] = [];
  private chainStart: number[][] = [];
  private chainEnd: number[][] = [];
  private epoch = 0;
  /** Reused result array and match objects of match(): valid until the next call. */
  private res: RuleMatch<T>[] = [];
  private pool: RuleMatch<T>[] = [];

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
    this.auto = null;
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
    const trans: Array<Map<number, number>> = [new Map()];
    const out: number[][] = [[]];
    const fail: number[] = [0];
    this.keywords.forEach((kw, id) => {
      let node = 0;
      for (let i = 0; i < kw.text.length; i++) {
        const c = kw.text.charCodeAt(i);
        let next = trans[node]!.get(c);
        if (next === undefined) {
          next = trans.length;
          trans.push(new Map());
          out.push([]);
          fail.push(0);
          trans[node]!.set(c, next);
        }
        node = next;
      }
      out[node]!.push(id);
    });
    // Breadth-first failure links; outputs are merged along them once, here.
    const queue: number[] = [];
    for (const child of trans[0]!.values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [c, child] of trans[node]!) {
        let f = fail[node]!;
        while (f !== 0 && !trans[f]!.has(c)) f = fail[f]!;
        const target = trans[f]!.get(c);
        fail[child] = target !== undefined && target !== child ? target : 0;
        out[child] = out[child]!.concat(out[fail[child]!]!);
        queue.push(child);
      }
    }
    const root = new Int32Array(65536);
    for (const [c, child] of trans[0]!) root[c] = child;
    // Non-root transitions in one open-addressing hash table keyed by (node << 16 | char), with the
    // key and the next node side by side (one cache line per probe); at most a third full.
    if (trans.length > 0x8000) throw new Error('vocabulary too large for the automaton (more than 32768 states: keys must stay positive int32)');
    let edges = 0;
    for (let n = 1; n < trans.length; n++) edges += trans[n]!.size;
    let bits = 4;
    while (1 << bits < edges * 3) bits++;
    const size = 1 << bits;
    const table = new Int32Array(size * 2).fill(-1);
    for (let n = 1; n < trans.length; n++) {
      for (const [c, child] of trans[n]!) {
        const key = (n << 16) | c;
        let h = slot(key, bits);
        while (table[h * 2] !== -1) h = (h + 1) & (size - 1);
        table[h * 2] = key;
        table[h * 2 + 1] = child;
      }
    }
    // Outputs flattened: the keywords ending at node n are outKw[outStart[n], outStart[n + 1]), in the same order.
    const outStart = new Int32Array(trans.length + 1);
    let total = 0;
    for (let n = 0; n < trans.length; n++) {
      outStart[n] = total;
      total += out[n]!.length;
    }
    outStart[trans.length] = total;
    const outKw = new Int32Array(total);
    for (let n = 0; n < trans.length; n++) outKw.set(out[n]!, outStart[n]!);
    const kwLen = new Int32Array(this.keywords.length);
    const kwFlags = new Uint8Array(this.keywords.length);
    this.keywords.forEach((kw, id) => {
      kwLen[id] = kw.text.length;
      kwFlags[id] = (kw.leftBoundary ? 1 : 0) | (kw.rightBoundary ? 2 : 0);
    });
    this.auto = { bits, mask: size - 1, table, fail: Int32Array.from(fail), outStart, outKw, kwLen, kwFlags };
    this.root = root;
  }

  /** All keyword hits in norm[from, to), ordered by end offset (convenience; allocates). */
  scan(norm: string, from = 0, to = norm.length): Hit[] {
    const list = new HitList();
    this.scanInto(norm, list, from, to);
    const hits: Hit[] = [];
    for (let i = 0; i < list.length; i++) hits.push({ kw: list.kw[i]!, start: list.start[i]!, end: list.end[i]! });
    return hits;
  }

  /** All keyword hits in norm[from, to) into hits (cleared first), ordered by end offset. */
  scanInto(norm: string, hits: HitList, from = 0, to = norm.length): HitList {
    if (!this.root) this.build();
    const root = this.root!;
    const { bits, mask, table, fail, outStart, outKw, kwLen, kwFlags } = this.auto!;
    const len = norm.length;
    hits.length = 0;
    let node = 0;
    for (let i = from; i < to; i++) {
      const c = norm.charCodeAt(i);
      // Failure walk: amortised O(1) per char (depth grows by at most one per char).
      while (node !== 0) {
        const key = (node << 16) | c;
        let h = slot(key, bits);
        let t = -1;
        for (let k = table[h * 2]!; k !== -1; k = table[h * 2]!) {
          if (k === key) {
            t = table[h * 2 + 1]!;
            break;
          }
          h = (h + 1) & mask;
        }
        if (t >= 0) {
          node = t;
          break;
        }
        node = fail[node]!;
        work.steps++;
      }
      if (node === 0) node = root[c]!;
      const oEnd = outStart[node + 1]!;
      for (let k = outStart[node]!; k < oEnd; k++) {
        const kw = outKw[k]!;
        const start = i + 1 - kwLen[kw]!;
        const flags = kwFlags[kw]!;
        if ((flags & 1) !== 0 && start > 0 && isWordChar(norm.charCodeAt(start - 1))) continue;
        if ((flags & 2) !== 0 && i + 1 < len && isWordChar(norm.charCodeAt(i + 1))) continue;
        hits.push(kw, start, i + 1);
      }
      work.steps++;
    }
    return hits;
  }

  /**
   * Rule matches among hits[from, to) (hits of one sentence, ordered by end). Multi-part
   * rules use a forward DP keeping, per part, the latest-starting chain: O(hits × uses).
   * The returned array and its objects are reused by the next call: consume, don't keep.
   */
  match(norm: string, hits: HitList, from: number, to: number, minStart = 0): RuleMatch<T>[] {
    const epoch = ++this.epoch;
    const res = this.res;
    res.length = 0;
    const hk = hits.kw;
    const hs = hits.start;
    const he = hits.end;
    for (let h = from; h < to; h++) {
      const hitStart = hs[h]!;
      const hitEnd = he[h]!;
      if (hitStart < minStart) continue;
      const uses = this.uses[hk[h]!]!;
      for (let u = 0; u < uses.length; u++) {
        work.steps++;
        const use = uses[u]!;
        const rid = use[0];
        const p = use[1];
        const rule = this.rules[rid]!;
        if (rule.parts.length === 1) {
          this.emit(rule, hitStart, hitEnd);
          continue;
        }
        const cs = this.chainStart[rid]!;
        const ce = this.chainEnd[rid]!;
        if (this.stamp[rid] !== epoch) {
          this.stamp[rid] = epoch;
          for (let q = 0; q < cs.length; q++) {
            cs[q] = -1;
            ce[q] = -1;
          }
        }
        if (p === 0) {
          cs[0] = hitStart;
          ce[0] = hitEnd;
        } else {
          const prevEnd = ce[p - 1]!;
          if (prevEnd < 0 || prevEnd > hitStart || hitStart - prevEnd > rule.gaps[p]!) continue;
          if (rule.clause && crossesClause(norm, prevEnd, hitStart)) continue;
          cs[p] = cs[p - 1]!;
          ce[p] = hitEnd;
        }
        if (p === rule.parts.length - 1) this.emit(rule, cs[p]!, ce[p]!);
      }
    }
    return res;
  }

  private emit(rule: CompiledRule<T>, start: number, end: number): void {
    const res = this.res;
    let m = this.pool[res.length];
    if (m === undefined) {
      m = { rule, start, end };
      this.pool.push(m);
    } else {
      m.rule = rule;
      m.start = start;
      m.end = end;
    }
    res.push(m);
  }
}

/** The automaton's flat tables (see build()). */
interface Automaton {
  bits: number;
  mask: number;
  /** Transition hash: [key, next] per slot, key = node << 16 | char, -1 marks an empty slot. */
  table: Int32Array;
  fail: Int32Array;
  outStart: Int32Array;
  outKw: Int32Array;
  kwLen: Int32Array;
  /** Bit 1: needs a word boundary on the left; bit 2: on the right. */
  kwFlags: Uint8Array;
}

/** Hash slot of a transition key in a table of 2^bits slots (Fibonacci hashing). */
function slot(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

function crossesClause(norm: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CLAUSE_CHARS[norm.charCodeAt(k)] === 1) return true;
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
