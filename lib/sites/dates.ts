// Dates as Gmail and Outlook print them (tooltips and headers), to ISO 8601. The sites show local
// wall-clock time, so the result is that time in the browser's zone. Unknown formats give null
// rather than a guess: a wrong date would misorder follow-ups.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function toIso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(y, mo - 1, d, h, mi, s);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.toISOString();
}

function hour(h: string, ampm: string | undefined, jaAmPm?: string): number {
  let n = Number(h);
  const pm = /p/i.test(ampm ?? '') || jaAmPm === '午後';
  const am = /a/i.test(ampm ?? '') || jaAmPm === '午前';
  if (pm && n < 12) n += 12;
  if (am && n === 12) n = 0;
  return n;
}

const CLOCK = /[0-9０-９][:：][0-9０-９]/;

/** Parses one date string; null when the format is not one the sites use. */
export function parseSiteDate(raw: string | null | undefined): string | null {
  // Every format below has a clock time "h:mm": text without a digit, colon, digit (half- or full-width)
  // is no date, and is turned away before the normalising replaces (most tooltips are names and addresses).
  if (!raw || !CLOCK.test(raw)) return null;
  // Chromium's ICU puts U+202F before AM/PM; full-width digits and colons appear in ja locales.
  const s = raw
    .replace(/[\u202f\u00a0\u2009]/g, ' ')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ':')
    .trim();
  if (!s || s.length > 120) return null;
  let m: RegExpExecArray | null;

  // ISO 8601 (datetime attributes).
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s))) {
    const ms = Date.parse(s);
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  }
  // ja: "2025年11月20日(木) 10:15", "2025年11月20日 午後3:05"
  if ((m = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日[^\d午]*?(?:(午前|午後)\s*)?(\d{1,2}):(\d{2})/.exec(s))) {
    return toIso(+m[1]!, +m[2]!, +m[3]!, hour(m[5]!, undefined, m[4]), +m[6]!);
  }
  // ja/ISO-ish: "2025/11/20 (木) 10:15", "2025/11/20 10:15:00"
  if ((m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\s*(?:\([^)]*\))?\s*(?:(午前|午後)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/.exec(s))) {
    return toIso(+m[1]!, +m[2]!, +m[3]!, hour(m[5]!, m[8], m[4]), +m[6]!, m[7] ? +m[7] : 0);
  }
  // en Gmail: "Thu, Nov 20, 2025, 10:15 AM", "Nov 20, 2025, 10:15 AM", "Thu, Nov 20, 2025 at 10:15 AM"
  if ((m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/.exec(s))) {
    const mo = MONTHS[m[1]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return mo ? toIso(+m[3]!, mo, +m[2]!, hour(m[4]!, m[7]), +m[5]!, m[6] ? +m[6] : 0) : null;
  }
  // en-GB Gmail: "Thu, 20 Nov 2025, 10:15", RFC 2822 "Thu, 20 Nov 2025 10:15:00 +0900"
  if ((m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}),?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s*([+-]\d{4}|GMT|UTC)?/.exec(s))) {
    const mo = MONTHS[m[2]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (!mo) return null;
    if (m[8]) {
      const ms = Date.parse(s);
      if (Number.isFinite(ms)) return new Date(ms).toISOString();
    }
    return toIso(+m[3]!, mo, +m[1]!, hour(m[4]!, m[7]), +m[5]!, m[6] ? +m[6] : 0);
  }
  // en-US Outlook: "Thu 11/20/2025 10:15 AM", "11/20/2025 10:15 AM"
  if ((m = /^(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/.exec(s))) {
    return toIso(+m[3]!, +m[1]!, +m[2]!, hour(m[4]!, m[7]), +m[5]!, m[6] ? +m[6] : 0);
  }
  return null;
}
