// Template variables: the closed list of names a body may use, the placeholder scanner, and the
// per-locale formatting of values (honorifics, interview dates). Pure: no DOM, no browser APIs.
import type { Language } from '../analysis/types';

/**
 * Every variable a template may reference. The list is closed on purpose: an unknown name in an
 * imported template is a typo that would otherwise reach the candidate as "{{candidateNmae}}".
 */
export const VARIABLES = [
  /** Candidate's name as stored. ja: "様" is appended (see formatCandidateName); en: used as given. */
  'candidateName',
  'position',
  'company',
  /** The sender. Own-company staff take no honorific in Japanese business mail (弊社の田中). */
  'recruiterName',
  'interviewerName',
  /** Date | ISO string | epoch ms, formatted per locale with weekday ("11月27日(金) 14:00"). */
  'nextInterviewDate',
  'surveyUrl',
  /** The candidate's question, quoted back in an answer. */
  'question',
  /** The recruiter's answer. Always typed by a human: templates never guess one. */
  'answer',
  /** A colleague who can speak to the candidate's concern (own staff: no honorific). */
  'colleagueName',
  /** What the candidate is worried about, in a few words ("リモートワークの運用", "the on-call rotation"). */
  'concern',
  /** The sender's signature from the settings (a team template may end with it). */
  'signature',
] as const;
export type VariableName = (typeof VARIABLES)[number];

const VARIABLE_SET: ReadonlySet<string> = new Set(VARIABLES);
export function isVariableName(name: string): name is VariableName {
  return VARIABLE_SET.has(name);
}

/** Values the caller supplies. Missing, null or blank values are reported, never rendered as "". */
export type TemplateValues = Partial<Record<Exclude<VariableName, 'nextInterviewDate'>, string | null>> & {
  nextInterviewDate?: Date | string | number | null;
};

// ---------------------------------------------------------------------------------------------
// Placeholder scanner

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string; raw: string }
  /** "{{" that does not form a valid placeholder, e.g. "{{ first name }}" or an unclosed "{{". */
  | { kind: 'malformed'; raw: string };

const MAX_NAME = 64;

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); // A-Z a-z
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 95; // 0-9 _
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Splits a template into text and placeholders "{{name}}" (spaces inside the braces allowed).
 * A hand-written single pass instead of a regex so that hostile imported bodies cannot trigger
 * catastrophic backtracking: every character is looked at a bounded number of times.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let textStart = 0;
  let i = 0;
  const n = source.length;
  const pushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', text: source.slice(textStart, end) });
  };
  while (i < n) {
    const open = source.indexOf('{{', i);
    if (open < 0) break;
    let j = open + 2;
    while (j < n && isSpace(source.charCodeAt(j))) j++;
    const nameStart = j;
    if (j < n && isNameStart(source.charCodeAt(j))) {
      j++;
      while (j < n && j - nameStart < MAX_NAME && isNameChar(source.charCodeAt(j))) j++;
    }
    const nameEnd = j;
    while (j < n && isSpace(source.charCodeAt(j))) j++;
    if (nameEnd > nameStart && source.startsWith('}}', j)) {
      pushText(open);
      tokens.push({ kind: 'var', name: source.slice(nameStart, nameEnd), raw: source.slice(open, j + 2) });
      i = textStart = j + 2;
    } else {
      // Not a placeholder: keep its first "{" as text, flagged so validation can reject it, and
      // retry one character on ("{{{x}}}" still finds {{x}}). Still linear: the spaces and name
      // scanned above contain no "{", so no later attempt rescans them.
      pushText(open);
      tokens.push({ kind: 'malformed', raw: '{' });
      i = textStart = open + 1;
    }
  }
  pushText(n);
  return tokens;
}

/** Distinct variable names referenced by the text, in order of first use. */
export function findVariables(source: string): string[] {
  const seen = new Set<string>();
  for (const t of tokenize(source)) if (t.kind === 'var') seen.add(t.name);
  return [...seen];
}

/** Names used by the text that are not in VARIABLES, and whether a stray "{{" is present. */
export function checkPlaceholders(source: string): { unknown: string[]; malformed: boolean } {
  const unknown = new Set<string>();
  let malformed = false;
  for (const t of tokenize(source)) {
    if (t.kind === 'var' && !isVariableName(t.name)) unknown.add(t.name);
    if (t.kind === 'malformed') malformed = true;
  }
  return { unknown: [...unknown], malformed };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const JA_HONORIFICS = ['様', 'さま', 'さん', '殿'];

/**
 * ja: "山田 太郎" → "山田 太郎 様"; a name that already carries an honorific is left alone so the
 * recruiter who typed "山田様" does not get "山田様 様".
 * en: the name exactly as given ("Dear Alex Smith,"). We do not guess a first name or a title
 * (Mr/Ms): both are wrong often enough to hurt, and the recruiter can store the form they prefer.
 */
export function formatCandidateName(name: string, language: Language): string {
  const trimmed = name.trim();
  if (language === 'en') return trimmed;
  if (JA_HONORIFICS.some((h) => trimmed.endsWith(h))) return trimmed;
  return `${trimmed} 様`;
}

const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Calendar fields of an instant in a time zone. Throws RangeError for an unknown zone. */
export function zonedParts(
  at: Date,
  timeZone?: string,
): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  // Only numeric parts are taken from Intl, and names come from our own tables: the wording then
  // does not depend on the ICU build of the browser (Chrome, Firefox and Node differ slightly).
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, hour: get('hour') % 24, minute: get('minute'), weekday };
}

/** Accepts what callers hold: a Date, an ISO string, or epoch ms (the Dexie records). */
export function toDate(value: Date | string | number): Date | null {
  const d = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * ja: "11月27日(金) 14:00"; en: "Friday, November 27 at 2:00 PM". No year: interviews are weeks
 * away, and a year in a scheduling mail reads as oddly formal. timeZone defaults to the runtime's.
 */
export function formatInterviewDate(at: Date, language: Language, timeZone?: string): string {
  const p = zonedParts(at, timeZone);
  const mm = String(p.minute).padStart(2, '0');
  if (language === 'ja') return `${p.month}月${p.day}日(${JA_WEEKDAYS[p.weekday]}) ${p.hour}:${mm}`;
  const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  const ampm = p.hour < 12 ? 'AM' : 'PM';
  return `${EN_WEEKDAYS[p.weekday]}, ${EN_MONTHS[p.month - 1]} ${p.day} at ${h12}:${mm} ${ampm}`;
}

/** Sample values for previews in the options page and for tests. */
export const SAMPLE_VALUES: Record<Language, TemplateValues> = {
  ja: {
    candidateName: '山田 太郎',
    position: 'バックエンドエンジニア',
    company: '株式会社アフターフォロー',
    recruiterName: '佐藤 花子',
    interviewerName: '鈴木',
    nextInterviewDate: '2026-11-27T05:00:00.000Z',
    surveyUrl: 'https://example.com/survey',
    question: 'リモートワークはどの程度可能でしょうか。',
    answer: '現在、週3日までのリモートワークが可能です。',
    colleagueName: '高橋',
    concern: 'リモートワークの運用',
    signature: '株式会社アフターフォロー 人事部 佐藤 花子',
  },
  en: {
    candidateName: 'Alex Smith',
    position: 'Backend Engineer',
    company: 'Afterfollow Inc.',
    recruiterName: 'Hanako Sato',
    interviewerName: 'Ken Suzuki',
    nextInterviewDate: '2026-11-27T19:00:00.000Z',
    surveyUrl: 'https://example.com/survey',
    question: 'How much remote work is possible?',
    answer: 'Right now the team works remotely up to three days a week.',
    colleagueName: 'Maria Lopez',
    concern: 'how remote work is organised',
    signature: 'Hanako Sato, People Team, Afterfollow Inc.',
  },
};
