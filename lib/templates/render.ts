// Fills a template with values. A variable without a value is never rendered as "": it stays
// visibly as "{{name}}" and is listed in `missing`, and canInsert() refuses the result, so a mail
// with a hole in it cannot be inserted into the compose by accident.
import type { Language } from '../analysis/types';
import type { Template } from './schema';
import {
  formatCandidateName,
  formatInterviewDate,
  isVariableName,
  toDate,
  tokenize,
  type TemplateValues,
  type VariableName,
} from './variables';

export interface RenderOptions {
  /** Language of the formatting (honorific, date). Defaults to the template's language. */
  locale?: Language;
  /** IANA zone for dates, e.g. 'Asia/Tokyo'. Defaults to the runtime's zone. */
  timeZone?: string;
}

/** One piece of the rendered text, so a preview can highlight filled and missing variables. */
export type RenderedSegment =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string; text: string; status: 'filled' | 'missing' | 'unknown' };

export interface RenderedPart {
  text: string;
  segments: RenderedSegment[];
}

export interface RenderResult {
  text: string;
  subject?: string;
  bodySegments: RenderedSegment[];
  subjectSegments?: RenderedSegment[];
  /** Known variables with no usable value, in order of first use (body, then subject). */
  missing: VariableName[];
  /** Names not in VARIABLES (only possible for templates that bypassed the schema). */
  unknown: string[];
}

/** The formatted value of a variable, or null when it has none (absent, blank, invalid date). */
export function formatValue(
  name: VariableName,
  values: TemplateValues,
  locale: Language,
  timeZone?: string,
): string | null {
  if (name === 'nextInterviewDate') {
    const raw = values.nextInterviewDate;
    if (raw === null || raw === undefined || raw === '') return null;
    const date = toDate(raw);
    return date ? formatInterviewDate(date, locale, timeZone) : null;
  }
  const raw = values[name];
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return name === 'candidateName' ? formatCandidateName(raw, locale) : raw;
}

/**
 * Renders one string. Single pass: a value that itself contains "{{x}}" is inserted verbatim and
 * never expanded, so a candidate's question cannot pull other data into the mail.
 */
export function renderString(
  source: string,
  values: TemplateValues,
  options: Required<Pick<RenderOptions, 'locale'>> & RenderOptions,
  missing: Set<VariableName>,
  unknown: Set<string>,
): RenderedPart {
  const segments: RenderedSegment[] = [];
  for (const token of tokenize(source)) {
    if (token.kind !== 'var') {
      segments.push({ kind: 'text', text: token.kind === 'text' ? token.text : token.raw });
      continue;
    }
    if (!isVariableName(token.name)) {
      unknown.add(token.name);
      segments.push({ kind: 'var', name: token.name, text: token.raw, status: 'unknown' });
      continue;
    }
    const value = formatValue(token.name, values, options.locale, options.timeZone);
    if (value === null) {
      missing.add(token.name);
      // Normalised marker (no inner spaces) so the UI and the recruiter can search for it.
      segments.push({ kind: 'var', name: token.name, text: `{{${token.name}}}`, status: 'missing' });
    } else {
      segments.push({ kind: 'var', name: token.name, text: value, status: 'filled' });
    }
  }
  return { text: segments.map((s) => s.text).join(''), segments };
}

export function renderTemplate(
  template: Pick<Template, 'body' | 'subject' | 'language'>,
  values: TemplateValues,
  options: RenderOptions = {},
): RenderResult {
  const opts = { ...options, locale: options.locale ?? template.language };
  const missing = new Set<VariableName>();
  const unknown = new Set<string>();
  const body = renderString(template.body, values, opts, missing, unknown);
  const result: RenderResult = { text: body.text, bodySegments: body.segments, missing: [], unknown: [] };
  if (template.subject !== undefined) {
    const subject = renderString(template.subject, values, opts, missing, unknown);
    result.subject = subject.text;
    result.subjectSegments = subject.segments;
  }
  result.missing = [...missing];
  result.unknown = [...unknown];
  return result;
}

/** Only a fully filled result may go into the compose. */
export function canInsert(result: Pick<RenderResult, 'missing' | 'unknown'>): boolean {
  return result.missing.length === 0 && result.unknown.length === 0;
}
