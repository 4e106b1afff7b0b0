// Builds a same-length "matching copy" of the body: every UTF-16 index of the copy
// corresponds to the same index of the original, so offsets found on the copy can be
// reported against the original body without any mapping table.
//
// The copy is: ASCII lower-cased, full-width ASCII (！-～) folded to ASCII, exotic
// spaces (NBSP, ideographic space, CR, tab) turned into plain spaces, and HTML leftovers
// (&nbsp; &amp; <br> …) blanked out with spaces of the same length.

/** Entities that survive copy/paste from HTML mail; replaced by their char + padding. */
const ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ['&nbsp;', ' '],
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&#39;', "'"],
  ['&apos;', "'"],
  ['&#160;', ' '],
];

/** Tags that mean a line break in mail bodies scraped from HTML. */
const BREAK_TAGS = ['<br>', '<br/>', '<br />', '<p>', '</p>', '<div>', '</div>'];

// Decoding a code-unit array keeps the length 1:1 (a lone surrogate becomes U+FFFD, one unit).
const decoder = new TextDecoder('utf-16le');

export function normalizeForMatch(body: string): string {
  const n = body.length;
  // Most bodies need few changes: Japanese mail a few full-width signs, English mail ASCII upper
  // case, CR and an &nbsp;. Native regex scans (several times faster than a char loop in JS)
  // tell whether native string calls give the same copy: replace() of leftovers and folded
  // chars, then toLowerCase() when A-Z are the only cased chars. Lone surrogates, or upper case
  // beside other cased chars, take the char-by-char fold below.
  const upper = UPPER_RE.test(body);
  if (!KANA_KANJI_RE.test(body)) {
    // Surrogates and cased chars other than A-Z all lie outside the common ranges.
    const rare = OUTSIDE_COMMON_RE.test(body);
    if (!rare || (!(upper && CASED_RE.test(body)) && !(SURROGATE_RE.test(body) && hasLoneSurrogate(body)))) {
      let s = body;
      if (s.indexOf('&') >= 0 || s.indexOf('<') >= 0) s = s.replace(LEFTOVER_RE, leftoverString);
      s = s.replace(FOLDED_RE, foldString);
      return upper ? s.toLowerCase() : s;
    }
  } else {
    // Japanese mail: few changes (full-width signs, the odd capital), spliced in between slices.
    const s = foldBySlices(body, MAX_SLICES);
    if (s !== null) return s;
  }
  const out = new Uint16Array(n);
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    // '&' and '<' may start an entity or a tag: try the short fixed lists (constant work).
    if (c === 0x26 /* & */ || c === 0x3c /* < */) {
      const rep = matchLeftover(body, i);
      if (rep) {
        out[i] = rep.ch.charCodeAt(0);
        for (let k = 1; k < rep.len; k++) out[i + k] = 0x20;
        i += rep.len;
        continue;
      }
    }
    out[i] = FOLD[c]!;
    i++;
  }
  return decoder.decode(out);
}

/** Japanese text (kana, CJK punctuation, common kanji, half/full-width forms). */
const KANA_KANJI_RE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
/** foldBySlices gives up past this many changes (a rope of many pieces costs more than the char loop). */
const MAX_SLICES = 512;

/**
 * The fold as the body's unchanged slices with the changed chars between them; null after
 * `max` changes. The same choices as the char loop: entities and break tags where they start,
 * valid surrogate pairs kept, lone surrogates → U+FFFD.
 */
function foldBySlices(body: string, max: number): string | null {
  let out = '';
  let last = 0;
  let changes = 0;
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    const f = FOLD[c]!;
    let rep: string;
    if (c === 0x26 || c === 0x3c) {
      const m = matchLeftover(body, i);
      if (m === null) continue;
      rep = m.ch + ' '.repeat(m.len - 1);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? body.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      rep = '\ufffd';
    } else if (f !== c) rep = String.fromCharCode(f);
    else continue;
    if (++changes > max) return null;
    out += body.slice(last, i) + rep;
    i += rep.length - 1;
    last = i + 1;
  }
  return last === 0 ? body : out + body.slice(last);
}

/** ENTITIES then BREAK_TAGS as one alternation in list order (the regex tries them in the same order). */
const LEFTOVER_RE = new RegExp([...ENTITIES.map(([e]) => e), ...BREAK_TAGS].map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'gi');

function leftoverString(m: string): string {
  const rep = matchLeftover(m, 0)!;
  return rep.ch + ' '.repeat(rep.len - 1);
}

function matchLeftover(body: string, i: number): { ch: string; len: number } | null {
  for (const [ent, ch] of ENTITIES) {
    if (startsWithAsciiCI(body, i, ent)) return { ch, len: ent.length };
  }
  for (const tag of BREAK_TAGS) {
    if (startsWithAsciiCI(body, i, tag)) return { ch: '\n', len: tag.length };
  }
  return null;
}

/** body[i, i + lower.length) equals lower (ASCII, lower case) ignoring ASCII case; no substring built. */
function startsWithAsciiCI(body: string, i: number, lower: string): boolean {
  if (i + lower.length > body.length) return false;
  for (let k = 0; k < lower.length; k++) {
    let c = body.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Classes of CLASS: folds to itself and has no case (ASCII but A-Z, kana, kanji, CJK and general punctuation, box drawing, shapes). */
const CASELESS = 0;
/** A-Z: folded to a-z, exactly what toLowerCase() does to them. */
const UPPER = 1;
/** Folds to itself, but toLowerCase() might change it (Latin-1 and other cased scripts). */
const KEPT = 2;
/** Folds to another char. */
const FOLDED = 3;
/** '&' / '<': an entity or a break tag may start there. */
const SPECIAL = 4;
/** A UTF-16 surrogate. */
const SURROGATE = 5;

/** Ranges whose chars have no case mapping at all (toLowerCase() is the identity on them). */
const CASELESS_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2000, 0x206f], // general punctuation
  [0x2190, 0x21ff], // arrows
  [0x2500, 0x27bf], // box drawing, blocks, geometric shapes, misc symbols, dingbats
  [0x3000, 0x30ff], // CJK punctuation, hiragana, katakana
  [0x3200, 0x4dbf], // enclosed CJK, compatibility, CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half- and full-width forms (the full-width ASCII among them fold: FOLDED)
];

/** CLASS of every UTF-16 code (read only). */
const CLASS = (() => {
  const t = new Uint8Array(65536);
  const caseless = (c: number) => (c < 0x80 ? c < 0x41 || c > 0x5a : CASELESS_RANGES.some(([a, b]) => c >= a && c <= b));
  for (let c = 0; c < 65536; c++) {
    if (c === 0x26 || c === 0x3c) t[c] = SPECIAL;
    else if (c >= 0xd800 && c <= 0xdfff) t[c] = SURROGATE;
    else if (c >= 0x41 && c <= 0x5a) t[c] = UPPER;
    else if (foldChar(c) !== c) t[c] = FOLDED;
    else t[c] = caseless(c) ? CASELESS : KEPT;
  }
  return t;
})();

/** A char class of the CLASS chars in `classes`, as ranges of \\u escapes. */
function classRegex(classes: readonly number[], flags = ''): RegExp {
  const hex = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
  let set = '';
  for (let c = 0; c < 65536; c++) {
    if (!classes.includes(CLASS[c]!)) continue;
    let e = c;
    while (e + 1 < 65536 && classes.includes(CLASS[e + 1]!)) e++;
    set += e === c ? hex(c) : hex(c) + '-' + hex(e);
    c = e;
  }
  return new RegExp('[' + set + ']', flags);
}

const UPPER_RE = /[A-Z]/;
/** Chars toLowerCase() might change besides A-Z (KEPT), and surrogates (a pair may be cased). */
const CASED_RE = classRegex([KEPT, SURROGATE]);
/**
 * A char outside ASCII, general punctuation, arrows, box drawing and symbols, kana, common kanji
 * and the half/full-width forms (all caseless or folded): a cheap test (a few ranges) before
 * CASED_RE (dozens), which can only match where this does.
 */
// The range must start at U+0000 (control chars such as \n are common and caseless).
// eslint-disable-next-line no-control-regex
const OUTSIDE_COMMON_RE = new RegExp('[^\\u0000-\\u007f\\u2000-\\u206f\\u2190-\\u21ff\\u2500-\\u27bf\\u3000-\\u30ff\\u4e00-\\u9fff\\uff00-\\uffef]');
const SURROGATE_RE = /[\ud800-\udfff]/;
/** Runs of FOLDED chars (built from CLASS, so the two always agree): one callback per run. */
const FOLDED_RE = new RegExp(classRegex([FOLDED]).source + '+', 'g');

/** A surrogate that is not half of a valid pair (decoded to U+FFFD). */
function hasLoneSurrogate(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const d = i + 1 < body.length ? body.charCodeAt(i + 1) : 0;
    if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return true;
    i++;
  }
  return false;
}

function foldString(run: string): string {
  if (run.length === 1) return String.fromCharCode(FOLD[run.charCodeAt(0)]!);
  let s = '';
  for (let i = 0; i < run.length; i++) s += String.fromCharCode(FOLD[run.charCodeAt(i)]!);
  return s;
}

/** foldChar of every UTF-16 code, computed once (read only): one table read per char. */
const FOLD = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = foldChar(c);
  return t;
})();

function foldChar(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x09 || c === 0x0d ? 0x20 : c; // A-Z, tab, CR
  if (c >= 0xff01 && c <= 0xff5e) {
    // Full-width ASCII block → ASCII, then lower-case letters.
    const a = c - 0xfee0;
    return a >= 0x41 && a <= 0x5a ? a + 32 : a;
  }
  if (c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff) return 0x20;
  if (c === 0x2019 || c === 0x2018) return 0x27; // curly apostrophes: "don’t" must match "don't"
  if (c === 0x201c || c === 0x201d) return 0x22;
  if (c === 0xff61) return 0x3002; // half-width ideographic full stop
  return c;
}

/** Kana or kanji (incl. half-width katakana and the CJK punctuation block). */
export function isJapaneseChar(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xff66 && c <= 0xff9f) || // half-width katakana
    c === 0x3005 // 々
  );
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/**
 * A lookup table of the chars of s, indexed by UTF-16 code: membership without building
 * a one-char string per test (norm[i] allocates for every non-ASCII char, which made
 * per-char scans of Japanese text garbage-heavy).
 */
export function charTable(s: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (let i = 0; i < s.length; i++) t[s.charCodeAt(i)] = 1;
  return t;
}
