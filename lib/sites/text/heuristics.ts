// Text-level quote and signature detection, for what the DOM does not mark: plain-text mail
// ("> " lines, "On … wrote:"), Outlook reply headers that lost their ids, "-- " signatures.
// Only `own` segments are refined; DOM-marked quotes and signatures are kept as they are.
import type { BodySegment } from '../types';

// A line that introduces quoted mail; everything after it in the segment is the quote.
const QUOTE_HEADER_LINE: readonly RegExp[] = [
  /^On\s.{4,200}\bwrote\s*:\s*$/i, // Gmail/Apple en: "On Thu, Nov 20, 2025 at 10:15 AM Taro <t@x.jp> wrote:"
  /^\d{4}年\s*\d{1,2}月\s*\d{1,2}日.{0,120}[:：]\s*$/, // Gmail ja: "2025年11月18日(火) 14:02 山田 太郎 <t@x.jp>:"
  /^\d{4}\/\d{1,2}\/\d{1,2}.{0,120}(?:wrote|書きました|のメッセージ|のメール)\s*[:：]?\s*$/i, // Apple/iOS ja: "2026/11/19 18:02、佐藤 健 <k@x.jp>のメール:"
  /^-{2,}\s*(?:Original Message|Forwarded message|元のメッセージ|転送されたメッセージ|オリジナルメッセージ)\s*-{2,}/i,
  /^_{10,}\s*$/, // Outlook plain-text reply rule before "From:"
];
// Outlook/Exchange header block: "From:" / "差出人:" followed within 3 lines by "Sent:"/"送信日時:".
const HEADER_FROM = /^(?:From|差出人|送信者)\s*[:：]/i;
const HEADER_SENT = /^(?:Sent|Date|送信日時|日付|日時)\s*[:：]/i;
const QUOTED_LINE = /^\s*[>＞]/;
const SIG_DASHES = /^--\s?$/;
const SIG_RULE = /^[\s]*[-=_━─＝*~・]{8,}\s*$/;
const CONTACTISH = /@|https?:\/\/|\b(?:tel|phone|mobile|携帯|電話)\b|tel[:：]|\d{2,4}-\d{2,4}-\d{3,4}/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      out.push({ start: s, end: i, text: text.slice(s, i) });
      s = i + 1;
    }
  }
  return out;
}

/** Index of the first line that starts quoted mail, or -1. */
function quoteStart(ls: Line[]): number {
  for (let i = 0; i < ls.length; i++) {
    const t = ls[i]!.text.trim();
    if (!t) continue;
    if (QUOTE_HEADER_LINE.some((re) => re.test(t))) return i;
    // Gmail wraps long "On … wrote:" headers onto two lines.
    const next = ls[i + 1]?.text.trim() ?? '';
    if (/^On\s/i.test(t) && next && /\bwrote\s*:\s*$/i.test(`${t} ${next}`) && t.length < 200) return i;
    if (HEADER_FROM.test(t) && ls.slice(i + 1, i + 4).some((l) => HEADER_SENT.test(l.text.trim()))) return i;
    // A run of "> " lines (at least two, or one that ends the text) is a plain-text quote.
    if (QUOTED_LINE.test(t)) {
      const rest = ls.slice(i + 1).filter((l) => l.text.trim());
      if (rest.length === 0 || rest.every((l) => QUOTED_LINE.test(l.text))) return i;
    }
  }
  return -1;
}

/** Index of the first signature line, or -1: "-- " anywhere, or a rule followed by a short contact block. */
function signatureStart(ls: Line[]): number {
  for (let i = 0; i < ls.length; i++) {
    if (SIG_DASHES.test(ls[i]!.text)) return i;
  }
  for (let i = Math.max(0, ls.length - 14); i < ls.length; i++) {
    if (!SIG_RULE.test(ls[i]!.text)) continue;
    const after = ls.slice(i + 1).filter((l) => l.text.trim());
    if (after.length >= 1 && after.length <= 10 && after.some((l) => CONTACTISH.test(l.text))) return i;
  }
  return -1;
}

function quotedLines(ls: Line[]): Line[] {
  return ls.filter((l) => QUOTED_LINE.test(l.text));
}

export function refineSegments(text: string, segments: BodySegment[]): BodySegment[] {
  const out: BodySegment[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'own') {
      out.push(seg);
      continue;
    }
    let ls = lines(text, seg.start, seg.end);
    let ownEnd = seg.end;
    let tail: BodySegment | null = null;
    const q = quoteStart(ls);
    if (q >= 0) {
      ownEnd = ls[q]!.start;
      tail = { kind: 'quote', start: ownEnd, end: seg.end };
      ls = ls.slice(0, q);
    }
    const sig = signatureStart(ls);
    const pieces: BodySegment[] = [];
    if (sig >= 0) {
      const sigStart = ls[sig]!.start;
      pieces.push({ kind: 'own', start: seg.start, end: sigStart }, { kind: 'signature', start: sigStart, end: ownEnd });
      ls = ls.slice(0, sig);
    } else {
      pieces.push({ kind: 'own', start: seg.start, end: ownEnd });
    }
    // Interleaved "> " lines inside the own part (inline replies) are quotes too.
    const own = pieces[0]!;
    const inline = quotedLines(ls);
    if (inline.length > 0) {
      let cursor = own.start;
      const split: BodySegment[] = [];
      for (const l of inline) {
        const lineEnd = Math.min(l.end + 1, own.end);
        if (l.start > cursor) split.push({ kind: 'own', start: cursor, end: l.start });
        split.push({ kind: 'quote', start: l.start, end: lineEnd });
        cursor = lineEnd;
      }
      if (cursor < own.end) split.push({ kind: 'own', start: cursor, end: own.end });
      pieces.splice(0, 1, ...split);
    }
    out.push(...pieces);
    if (tail) out.push(tail);
  }
  // Merge neighbours of one kind and drop empty pieces so segments tile the text exactly.
  const merged: BodySegment[] = [];
  for (const s of out) {
    if (s.end <= s.start) continue;
    const last = merged[merged.length - 1];
    if (last && last.kind === s.kind && last.end === s.start) last.end = s.end;
    else merged.push({ ...s });
  }
  return merged;
}
