// Splits a mail body into the sender's own text, quoted earlier messages and
// signatures/disclaimers. Line based and single pass (plus a bounded look-ahead of a few
// lines), so it is linear in the body length whatever the input.
import { charTable, normalizeForMatch } from './normalize';
import { work } from './work';

export type RegionKind = 'own' | 'quote' | 'signature';
export interface Region {
  kind: RegionKind;
  /** UTF-16 offsets into the original body; regions tile the body without gaps. */
  start: number;
  end: number;
}

/** One line of the body: its span and, on first use, its normalised trimmed text (most quoted lines are never read). */
class Line {
  private text: string | null = null;

  constructor(
    private readonly norm: string,
    readonly start: number,
    /** Excludes the '\n'. */
    readonly end: number,
    /** The trimmed text is norm[from, to). */
    private readonly from: number,
    private readonly to: number,
  ) {}

  get t(): string {
    return (this.text ??= this.norm.slice(this.from, this.to));
  }

  get blank(): boolean {
    return this.from === this.to;
  }
}

/** Attribution lines ("… wrote:") end with one of these (normalised, ':' folded). */
const ATTRIBUTION_ENDS = ['wrote:', 'writes:', 'のメッセージ:', '書きました:', 'さんは書きました:', 'が書きました:', 'schrieb:', 'a écrit:'];
/** Separator lines after which everything is an older message. */
const QUOTE_MARKERS = ['original message', '元のメッセージ', 'forwarded message', '転送されたメッセージ', '転送メッセージ', 'オリジナルメッセージ'];
/** Outlook header block: a "From:" line, then one of the others within a few lines. */
const HEADER_FROM = ['from:', '差出人:', '送信者:', 'from :'];
const HEADER_OTHER = ['sent:', 'date:', 'to:', 'subject:', 'cc:', '送信日時:', '日時:', '宛先:', '件名:', '送信日:', '日付:'];
/** Mobile / client footers: that line starts a signature. */
const FOOTER_STARTS = ['sent from my', 'sent from outlook', 'sent from mail for', 'sent from yahoo', 'sent from gmail', 'get outlook for', 'iphoneから送信', 'ipadから送信', 'androidから送信', 'outlook for ', 'my iphoneから送信'];
/** Disclaimer / confidentiality notices (checked as substrings of a line). */
const DISCLAIMER_CUES = ['intended recipient', 'intended solely', 'intended only for', 'confidentiality notice', 'privileged and confidential', 'this email and any attachments', 'this e-mail and any attachments', 'this message and any attachments', 'disclaimer:', '機密情報', '秘密情報', '誤って受信', '誤送信', '送信専用', '宛先以外の方', '本メールの内容は'];
/** DISCLAIMER_CUES as one alternation: one pass over a line instead of one per cue. */
const DISCLAIMER_RE = new RegExp(DISCLAIMER_CUES.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
/** A list of line openings with the set of their first chars: a line whose first char is not in it starts with none of them. */
interface Openings {
  list: readonly string[];
  first: ReadonlySet<number>;
}
const openings = (list: readonly string[]): Openings => ({ list, first: new Set(list.map((o) => o.charCodeAt(0))) });
const HEADER_FROM_O = openings(HEADER_FROM);
const HEADER_OTHER_O = openings(HEADER_OTHER);
const FOOTER_STARTS_O = openings(FOOTER_STARTS);

function startsWithAny(t: string, o: Openings): boolean {
  return o.first.has(t.charCodeAt(0)) && o.list.some((x) => t.startsWith(x));
}

/** Contact details that identify a decorated block as a signature. */
const CONTACT_CUES = ['tel', 'fax', 'mail', '@', '〒', 'http', '携帯', '電話', 'mobile', 'phone', '住所', 'address', 'linkedin', 'www.'];
/** Rule characters (each one UTF-16 unit), as a lookup table: no one-char string per test. */
const DECOR = charTable('━─-=_*~～■□◆◇●○◎・.+#―—–═▪◼☆★※');

export function splitBody(body: string, norm: string = normalizeForMatch(body)): Region[] {
  const lines = toLines(norm);
  const kinds: RegionKind[] = new Array<RegionKind>(lines.length);
  let mode: RegionKind = 'own';
  let rest = false; // everything from here on is quoted
  for (let i = 0; i < lines.length; i++) {
    work.steps++;
    if (rest) {
      kinds[i] = 'quote';
      continue;
    }
    const t = lines[i]!.t;
    if (t.startsWith('>')) {
      kinds[i] = 'quote';
      continue;
    }
    const attr = attributionLength(lines, i);
    if (attr > 0) {
      for (let k = 0; k < attr; k++) kinds[i + k] = 'quote';
      // Interleaved replies keep '>' on the quoted lines: then only those are quoted.
      // Otherwise (top posting, Outlook) everything below is the older message.
      const next = nextNonEmpty(lines, i + attr);
      if (next < 0 || !lines[next]!.t.startsWith('>')) rest = true;
      i += attr - 1;
      continue;
    }
    if (isQuoteStart(lines, i)) {
      rest = true;
      kinds[i] = 'quote';
      continue;
    }
    if (mode === 'own' && isSignatureStart(lines, i)) mode = 'signature';
    kinds[i] = mode;
  }
  return toRegions(lines, kinds, body.length);
}

/** Convenience: the own-text regions only. */
export function ownRegions(body: string, norm?: string): Region[] {
  return splitBody(body, norm).filter((r) => r.kind === 'own');
}

function toLines(norm: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  for (;;) {
    const nl = norm.indexOf('\n', s);
    const e = nl < 0 ? norm.length : nl;
    // The bounds of norm.slice(s, e).trim(); the substring is made only if a rule reads the line.
    let a = s;
    let b = e;
    while (a < b && isTrimSpace(norm.charCodeAt(a))) a++;
    while (b > a && isTrimSpace(norm.charCodeAt(b - 1))) b--;
    lines.push(new Line(norm, s, e, a, b));
    if (nl < 0) break;
    s = nl + 1;
  }
  return lines;
}

/** Exactly what String.prototype.trim() removes: WhiteSpace (incl. Zs) and LineTerminator. */
function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function nextNonEmpty(lines: Line[], from: number): number {
  // Bounded look-ahead: a blank gap longer than this is not one attribution block.
  for (let k = from; k < lines.length && k < from + 4; k++) if (!lines[k]!.blank) return k;
  return -1;
}

function endsWithAny(t: string, ends: readonly string[]): boolean {
  // Ignore spaces before the colon ("wrote :") by removing them from a short tail.
  const tail = t.slice(-40).replace(/\s+:/g, ':');
  return ends.some((e) => tail.endsWith(e));
}

/** Number of lines (1 or 2) forming a reply attribution at line i, or 0. */
function attributionLength(lines: Line[], i: number): number {
  const t = lines[i]!.t;
  if (t === '' || t.length > 400) return 0;
  const colon = t.endsWith(':');
  if (colon && endsWithAny(t, ATTRIBUTION_ENDS)) return 1;
  if (colon && isDateHeader(t)) return 1;
  const next = lines[i + 1];
  if (!next || next.blank || next.t.length > 200) return 0;
  // Wrapped over two lines: "On Fri, 20 Nov 2026 at 10:00, Taro Yamada <taro@…>\nwrote:"
  const opens = t.startsWith('on ') || (isDigit(t.charCodeAt(0)) && isDateHeader(t));
  if (opens && next.t.endsWith(':') && (endsWithAny(next.t, ATTRIBUTION_ENDS) || (next.t.endsWith(':') && next.t.includes('@')))) return 2;
  return 0;
}

/** "2026年11月20日(金) 10:00 山田太郎 <…>:" or "2026/11/20 10:00 …" style Japanese headers. */
function isDateHeader(t: string): boolean {
  if (t.length > 200) return false;
  const y = t.indexOf('年');
  if (y > 0 && y < 8 && t.indexOf('月', y) > 0 && t.indexOf('日', y) > 0 && (t.includes('@') || t.includes(':'))) return isDigit(t.charCodeAt(0));
  // 2026/11/20 or 2026-11-20 at the start, and an address on the line.
  return t.length > 10 && isDigit(t.charCodeAt(0)) && (t[4] === '/' || t[4] === '-') && t.includes('@');
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isQuoteStart(lines: Line[], i: number): boolean {
  const t = lines[i]!.t;
  if (t.length > 300) return false;
  if (t.startsWith('-----') || t.startsWith('_____') || t.startsWith('=====')) {
    if (QUOTE_MARKERS.some((m) => t.includes(m))) return true;
  }
  if (t.includes('---') && QUOTE_MARKERS.some((m) => t.includes(m))) return true;
  // Outlook: "________________________________" then a From:/差出人: header block.
  if (t.length >= 10 && t.charCodeAt(0) === 0x5f && /^_+$/.test(t)) {
    const n = nextNonEmpty(lines, i + 1);
    return n >= 0 && startsWithAny(lines[n]!.t, HEADER_FROM_O);
  }
  if (startsWithAny(t, HEADER_FROM_O)) {
    for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
      if (startsWithAny(lines[k]!.t, HEADER_OTHER_O)) return true;
    }
  }
  return false;
}

function isSignatureStart(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  const t = line.t;
  if (t === '--' || t === '—' || t === '-- ') return true;
  if (t.length > 300) return false;
  if (startsWithAny(t, FOOTER_STARTS_O)) return true;
  if ((t.length > 30 || t.startsWith('confidential')) && DISCLAIMER_RE.test(t)) return true;
  if (isDecoration(t)) {
    // A decorated rule only starts a signature when contact details follow it.
    for (let k = i + 1; k < lines.length && k <= i + 8; k++) {
      const u = lines[k]!.t;
      if (CONTACT_CUES.some((c) => u.includes(c))) return true;
    }
  }
  return false;
}

/** A line made (mostly) of rule characters: ━━━, ----, ======, ＝＝＝, ＊＊＊. */
function isDecoration(t: string): boolean {
  // Fast reject: rules start with a rule character (most lines do not).
  if (t.length < 5 || DECOR[t.charCodeAt(0)] !== 1) return false;
  let d = 0;
  for (let k = 0; k < t.length; k++) if (DECOR[t.charCodeAt(k)] === 1) d++;
  return d >= 5 && d >= t.length * 0.6;
}

function toRegions(lines: Line[], kinds: RegionKind[], bodyLen: number): Region[] {
  const out: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i]!;
    const start = lines[i]!.start;
    const end = i + 1 < lines.length ? lines[i + 1]!.start : bodyLen;
    const last = out[out.length - 1];
    // Blank lines join the region before them so regions stay few and contiguous.
    if (last && (last.kind === kind || lines[i]!.blank)) last.end = end;
    else out.push({ kind, start, end });
  }
  return out;
}
