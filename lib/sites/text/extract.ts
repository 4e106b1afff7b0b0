// Plain text of a mail body, in DOM order, with quote/signature segments and a way back from text
// offsets to DOM ranges (for CSS highlights). Never uses innerText: it would force layout on a
// 300 KB body, and it loses the text-node map that `range()` needs.
import type { BodySegment } from '../types';
import { styleHidesSubtree } from '../visibility';
import { refineSegments } from './heuristics';
import { DEFAULT_VISUAL, visualStateOf, type VisualState } from './visual';

type Kind = BodySegment['kind'];

export interface BodyRules {
  /** Subtrees that are quoted earlier mail. */
  quote: string;
  /** An element from which the rest of the body is quoted mail (Outlook's reply header). */
  quoteFromHere: string;
  /** Subtrees that are a signature (inside a quote they stay quote). */
  signature: string;
  /** Subtrees never read (UI inside the body, hidden tracking text). */
  skip: string;
}

export interface ExtractedBody {
  text: string;
  segments: BodySegment[];
  range(start: number, end: number): Range | null;
}

/** One text node's share of the output; `map[i]` is the node offset of output char `start + i`. */
interface Chunk {
  node: Text;
  start: number;
  end: number;
  map: Uint32Array | null;
}

// Bodies beyond this are cut: nobody writes a 500k-character reply, and the rest is pasted logs.
const MAX_CHARS = 500_000;

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'svg', 'math', 'img', 'picture',
  'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'input', 'select', 'textarea', 'button', 'map',
]);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const CELL_TAGS = new Set(['td', 'th']);
/** HTML's collapsible whitespace (not NBSP, not ideographic space: those are content). */
const isCollapsible = (code: number) => code === 32 || code === 10 || code === 9 || code === 13 || code === 12;

class TextBuilder {
  parts: string[] = [];
  length = 0;
  lastChar = '';
  /** Line breaks at the end of the output so far. */
  newlines = 0;
  chunks: Chunk[] = [];
  runs: { kind: Kind; start: number }[] = [];

  private mark(kind: Kind) {
    const last = this.runs[this.runs.length - 1];
    if (!last || last.kind !== kind) this.runs.push({ kind, start: this.length });
  }

  full() {
    return this.length >= MAX_CHARS;
  }

  /** Block edges give one line break; <br> may add a second (a blank line between paragraphs). */
  newline(kind: Kind, hard = false) {
    if (this.length === 0) return;
    this.dropTrailingSpace();
    if (this.length === 0 || this.newlines >= (hard ? 2 : 1)) return;
    this.mark(kind);
    this.parts.push('\n');
    this.length += 1;
    this.lastChar = '\n';
    this.newlines++;
  }

  space(kind: Kind) {
    if (this.length === 0 || this.lastChar === ' ' || this.lastChar === '\n' || this.lastChar === '\t') return;
    this.mark(kind);
    this.parts.push(' ');
    this.length += 1;
    this.lastChar = ' ';
    this.newlines = 0;
  }

  /** A collapsed-whitespace space right before a line break adds nothing but noise. */
  private dropTrailingSpace() {
    if (this.lastChar !== ' ') return;
    const i = this.parts.length - 1;
    const piece = this.parts[i]!;
    this.parts[i] = piece.slice(0, -1);
    this.length -= 1;
    const chunk = this.chunks[this.chunks.length - 1];
    if (chunk && chunk.end > this.length) {
      chunk.end = this.length;
      if (chunk.end <= chunk.start) this.chunks.pop();
    }
    // The run that began with that space is now empty.
    const run = this.runs[this.runs.length - 1];
    if (run && run.start >= this.length) this.runs.pop();
    this.lastChar = this.length === 0 ? '' : this.charBefore();
  }

  private charBefore(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i]!;
      if (p.length > 0) return p[p.length - 1]!;
    }
    return '';
  }

  text(node: Text, kind: Kind, pre: boolean) {
    const data = node.data;
    if (!data) return;
    const room = MAX_CHARS - this.length;
    if (room <= 0) return;
    if (pre) {
      const piece = data.length > room ? data.slice(0, room) : data;
      this.push(node, kind, piece, null);
      return;
    }
    // Fast path: nothing to collapse (the common case for prose).
    let simple = true;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isCollapsible(code) && (code !== 32 || i === 0 || data.charCodeAt(i - 1) === 32)) {
        simple = false;
        break;
      }
    }
    if (simple && data.length <= room) {
      this.push(node, kind, data, null);
      return;
    }
    let out = '';
    const map: number[] = [];
    let prev = this.lastChar;
    for (let i = 0; i < data.length && out.length < room; i++) {
      const c = data[i]!;
      if (isCollapsible(data.charCodeAt(i))) {
        if (prev === '' || prev === ' ' || prev === '\n' || prev === '\t') continue;
        out += ' ';
        map.push(i);
        prev = ' ';
      } else {
        out += c;
        map.push(i);
        prev = c;
      }
    }
    if (out) this.push(node, kind, out, Uint32Array.from(map));
  }

  private push(node: Text, kind: Kind, piece: string, map: Uint32Array | null) {
    this.mark(kind);
    this.chunks.push({ node, start: this.length, end: this.length + piece.length, map });
    this.parts.push(piece);
    this.length += piece.length;
    this.lastChar = piece[piece.length - 1]!;
    let trailing = 0;
    while (trailing < piece.length && piece[piece.length - 1 - trailing] === '\n') trailing++;
    this.newlines = trailing === piece.length ? this.newlines + trailing : trailing;
  }

  finish(): { text: string; runs: { kind: Kind; start: number }[]; chunks: Chunk[] } {
    // Trailing whitespace carries nothing; cutting it keeps every earlier offset valid.
    let text = this.parts.join('');
    let end = text.length;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    if (end < text.length) {
      text = text.slice(0, end);
      this.chunks = this.chunks.filter((c) => c.start < end);
      const last = this.chunks[this.chunks.length - 1];
      if (last && last.end > end) last.end = end;
      this.runs = this.runs.filter((r) => r.start < end);
    }
    return { text, runs: this.runs, chunks: this.chunks };
  }
}

/**
 * A cheap pre-filter for `el.matches(rules)`: most elements in a mail body are bare or only classed
 * <div>/<span>s that no rule can match, and `matches` with long selector lists is the costliest call in
 * the walk. Derived from the selectors themselves, so a new rule cannot be silently skipped: each
 * compound selector contributes one thing an element must have to match it (an id or class containing
 * a word, an attribute, a tag name); anything the parser does not understand (combinators, pseudo-classes,
 * `*`) sends every element to `matches`.
 */
interface RuleFilter {
  everything: boolean;
  tags: Set<string>;
  /** Lower-cased words the id / class attribute must contain for some rule to match. */
  idWords: string[];
  classWords: string[];
  attrs: string[];
  /** Answers per distinct class / id string (mail repeats the same class on every line). */
  memo: Map<string, boolean>;
}

// One filter per rules object (each site has one), built on first use.
const filters = new WeakMap<BodyRules, RuleFilter>();

function ruleFilter(rules: BodyRules): RuleFilter {
  let f = filters.get(rules);
  if (!f) filters.set(rules, (f = buildRuleFilter(rules)));
  return f;
}

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:[.#][\w-]+|\[\s*[\w-]+\s*(?:[~|^$*]?=\s*(?:"[^"]*"|'[^']*'|[\w-]+)\s*)?\])*)$/i;
const PART = /([.#])([\w-]+)|\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?\]/gi;

function buildRuleFilter(rules: BodyRules): RuleFilter {
  const f: RuleFilter = { everything: false, tags: new Set(), idWords: [], classWords: [], attrs: [], memo: new Map() };
  for (const raw of [rules.quote, rules.quoteFromHere, rules.signature, rules.skip].join(',').split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const m = COMPOUND.exec(part);
    if (!m) {
      f.everything = true;
      continue;
    }
    let id: string | null = null;
    let attr: string | null = null;
    let cls: string | null = null;
    for (const p of m[2]!.matchAll(PART)) {
      const value = (p[4] ?? p[5] ?? p[6])?.toLowerCase();
      if (p[1] === '#') id ??= p[2]!.toLowerCase();
      else if (p[1] === '.') cls ??= p[2]!.toLowerCase();
      else {
        const name = p[3]!.toLowerCase();
        if (name === 'id' && value !== undefined) id ??= value;
        else if (name === 'class' && value !== undefined) cls ??= value;
        else attr ??= name;
      }
    }
    // The rarest requirement wins: an id word, then an attribute, then a class word, then the tag.
    if (id !== null) f.idWords.push(id);
    else if (attr !== null) f.attrs.push(attr);
    else if (cls !== null) f.classWords.push(cls);
    else if (m[1]) f.tags.add(m[1].toLowerCase());
    else f.everything = true;
  }
  return f;
}

function contains(f: RuleFilter, kind: '#' | '.', value: string | null, words: string[]): boolean {
  if (!value || words.length === 0) return false;
  const key = kind + value;
  let hit = f.memo.get(key);
  if (hit === undefined) {
    const v = value.toLowerCase();
    hit = words.some((w) => v.includes(w));
    if (f.memo.size >= 2000) f.memo.clear();
    if (value.length <= 500) f.memo.set(key, hit);
  }
  return hit;
}

/** Whether `el` may match one of the rules (false means it certainly matches none). Exported for tests. */
export function mayMatchRules(el: Element, rules: BodyRules): boolean {
  const f = ruleFilter(rules);
  return f.everything || f.tags.has(el.localName) || (el.hasAttributes() && mayMatchByAttributes(el, f));
}

function mayMatchByAttributes(el: Element, f: RuleFilter): boolean {
  if (contains(f, '#', el.getAttribute('id'), f.idWords) || contains(f, '.', el.getAttribute('class'), f.classWords)) return true;
  for (const a of f.attrs) if (el.hasAttribute(a)) return true;
  return false;
}

const HIDDEN = 1;
const CHECK = 2;
/** Carries inline style or presentational colours that may hide text below it. */
const STYLED = 4;

/**
 * Is the element hidden, could any rule match it, may it change what is visible? (HIDDEN | CHECK |
 * STYLED bits) Bare elements (most of a mail body) skip `matches` entirely.
 */
function inspect(el: Element, f: RuleFilter): number {
  const tagHit = f.everything || f.tags.has(el.localName);
  // getAttribute/hasAttribute only: touching `el.attributes` makes Blink materialise Attr objects.
  if (!el.hasAttributes()) return tagHit ? CHECK : 0;
  let bits = tagHit ? CHECK : 0;
  const style = el.getAttribute('style');
  // Whole subtrees the reader cannot see: display:none, opacity 0, the hidden attribute, aria-hidden,
  // zero-size clipped boxes, text parked off-screen.
  if ((style && styleHidesSubtree(style)) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return bits | HIDDEN;
  if (style || el.hasAttribute('color') || el.hasAttribute('bgcolor')) bits |= STYLED;
  if (!(bits & CHECK) && mayMatchByAttributes(el, f)) bits |= CHECK;
  return bits;
}

/**
 * Declarations a mail's own <style> could hide text with. Only then are computed styles read (they
 * cost ~40 µs an element in Chromium, and nearly every Outlook body carries a harmless sheet).
 */
const SHEET_HIDING = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*(?:0*\.?0+\s*[;}!]|0\s*$)|font(?:-size)?\s*:\s*(?:[^;}]*\s)?(?:0|0?\.\d+|1)(?:px|pt|em|rem|%)?(?=[\s;}/!]|$)|(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*[;}!]|color\s*:\s*(?:#f{3}\b|#f{6}\b|#fefefe|white|transparent|rgba?\([^)]*(?:255\s*,\s*255\s*,\s*255|,\s*0\s*\)))|text-indent\s*:\s*-|(?:left|top)\s*:\s*-\d{3,}|clip|scale\(\s*0|background|content-visibility/i;

// Mails of one conversation carry the same sheet in every message (OWA copies it into each body).
const sheetMemo = new Map<string, boolean>();

function sheetHides(css: string): boolean {
  let hides = sheetMemo.get(css);
  if (hides === undefined) {
    hides = SHEET_HIDING.test(css);
    if (sheetMemo.size >= 200) sheetMemo.clear();
    if (css.length <= 20_000) sheetMemo.set(css, hides);
  }
  return hides;
}

function sheetsMayHide(root: Element): boolean {
  const sheets = root.getElementsByTagName('style');
  for (let i = 0; i < sheets.length; i++) {
    if (sheetHides((sheets[i]!.textContent ?? '').slice(0, 200_000))) return true;
  }
  return false;
}

/** Reads `root`'s text. Iterative, so a hostile body nested 100k deep cannot overflow the stack. */
export function extractBody(root: Element, rules: BodyRules, seen?: Text[]): ExtractedBody {
  const b = new TextBuilder();
  const filter = ruleFilter(rules);
  let restIsQuote = false;
  let kind: Kind = 'own';
  let preDepth = 0;
  // What the reader can see: a <style> sheet inside the mail may hide text by class, so then
  // elements with a class or id also get a computed-style look.
  const sheets = sheetsMayHide(root);
  let vis: VisualState = DEFAULT_VISUAL;
  // Per entered element: the kind outside it, whether it is a block, whether it is <pre>, the visual state outside it.
  const stack: { kind: Kind; block: boolean; pre: boolean; cell: boolean; vis: VisualState }[] = [];
  let node: Node | null = root.firstChild;
  let check = false;
  let look = 0;

  while (node && !b.full()) {
    let entered = false;
    let innerVis: VisualState | null = vis;
    if (node.nodeType === 3) {
      seen?.push(node as Text);
      if (!vis.hidesText) b.text(node as Text, restIsQuote ? 'quote' : kind, preDepth > 0);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'br') {
        if (!vis.hidesText) b.newline(restIsQuote ? 'quote' : kind, true);
      } else if (
        !SKIP_TAGS.has(tag) &&
        !((look = inspect(el, filter)) & HIDDEN) &&
        !((check = (look & CHECK) !== 0) && rules.skip && el.matches(rules.skip)) &&
        (innerVis = (look & STYLED) !== 0 || (sheets && el.hasAttributes()) ? visualStateOf(el, vis, sheets) : vis) !== null
      ) {
        if (check && !restIsQuote && rules.quoteFromHere && el.matches(rules.quoteFromHere)) restIsQuote = true;
        let inner: Kind = kind;
        if (restIsQuote) inner = 'quote';
        else if (check && kind !== 'quote' && el.matches(rules.quote)) inner = 'quote';
        else if (check && kind === 'own' && el.matches(rules.signature)) inner = 'signature';
        const block = BLOCK_TAGS.has(tag);
        const cell = CELL_TAGS.has(tag);
        if (block) b.newline(inner);
        if (cell) b.space(inner);
        if (tag === 'hr') b.newline(inner);
        if (el.firstChild) {
          stack.push({ kind, block, pre: tag === 'pre', cell, vis });
          if (tag === 'pre') preDepth++;
          kind = inner;
          vis = innerVis;
          node = el.firstChild;
          entered = true;
        } else if (block) {
          b.newline(inner);
        }
      }
    }
    if (entered) continue;
    // Climb out of finished elements, closing their blocks.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      const frame = stack.pop();
      if (frame) {
        if (frame.block) b.newline(restIsQuote ? 'quote' : kind);
        if (frame.cell) b.space(kind);
        if (frame.pre) preDepth--;
        kind = frame.kind;
        vis = frame.vis;
      }
    }
    if (node) node = node.nextSibling;
  }

  const { text, runs, chunks } = b.finish();
  const raw: BodySegment[] = runs.map((r, i) => ({ kind: r.kind, start: r.start, end: runs[i + 1]?.start ?? text.length }));
  const segments = refineSegments(text, mergeRuns(raw));
  const doc = root.ownerDocument;

  return {
    text,
    segments,
    range(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return null;
      const si = firstChunkEndingAfter(chunks, start);
      const ei = lastChunkStartingBefore(chunks, end);
      if (si < 0 || ei < 0 || ei < si) return null;
      const s = chunks[si]!;
      const e = chunks[ei]!;
      if (!s.node.isConnected || !e.node.isConnected) return null;
      const sIdx = Math.max(start, s.start) - s.start;
      const eIdx = Math.min(end, e.end) - e.start;
      const range = doc.createRange();
      range.setStart(s.node, s.map ? s.map[sIdx]! : sIdx);
      range.setEnd(e.node, e.map ? e.map[eIdx - 1]! + 1 : eIdx);
      return range;
    },
  };
}

function mergeRuns(segments: BodySegment[]): BodySegment[] {
  const out: BodySegment[] = [];
  for (const s of segments) {
    if (s.end <= s.start) continue;
    const last = out[out.length - 1];
    if (last && last.kind === s.kind && last.end === s.start) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

function firstChunkEndingAfter(chunks: Chunk[], pos: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo < chunks.length ? lo : -1;
}

function lastChunkStartingBefore(chunks: Chunk[], pos: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

interface CacheEntry {
  result: ExtractedBody;
  rules: BodyRules;
  childCount: number;
  lastChild: Node | null;
  nodes: Text[];
  lengths: number[];
}

// Bodies are re-read on every view change, but a rendered mail hardly ever changes: cache by
// element, and re-extract as soon as any text node we mapped was replaced, split or edited
// (Gmail decorates dates and links after render) or children were added (lazy loading).
const cache = new WeakMap<Element, CacheEntry>();

function stillValid(root: Element, e: CacheEntry, rules: BodyRules): boolean {
  if (e.rules !== rules || root.childNodes.length !== e.childCount || root.lastChild !== e.lastChild) return false;
  for (let i = 0; i < e.nodes.length; i++) {
    const n = e.nodes[i]!;
    if (n.data.length !== e.lengths[i] || !n.isConnected) return false;
  }
  return true;
}

/** extractBody with a per-element cache; the result is identical to a fresh extraction. */
export function extractBodyCached(root: Element, rules: BodyRules): ExtractedBody {
  const hit = cache.get(root);
  if (hit && stillValid(root, hit, rules)) return hit.result;
  const nodes: Text[] = [];
  const result = extractBody(root, rules, nodes);
  cache.set(root, { result, rules, childCount: root.childNodes.length, lastChild: root.lastChild, nodes, lengths: nodes.map((n) => n.data.length) });
  return result;
}
