// The outer checks every imported JSON file passes (a teammate's backup, a template set): size,
// nesting, syntax, forbidden keys, then its format name and version. Cheapest first, before any
// object graph is built. A refusal carries a code the page shows in the user's language and an
// English line for scripts, tests and logs.
import { findForbiddenKey } from './safe-json';

/** A message key suffix (hrImportErr_<code>) with its $1… arguments. */
export type RefusalCode =
  | 'tooLarge'
  | 'tooDeep'
  | 'notJson'
  | 'forbiddenKey'
  | 'notBackup'
  | 'notTemplateSet'
  | 'format'
  | 'version'
  | 'invalid'
  | 'redacted'
  | 'missingCandidate';

export interface RefusalReason {
  code: RefusalCode;
  args: string[];
}

/** error: the first problem in English, one line; issues: all of them; reason: for the UI. */
export type BackupRefusal = { ok: false; error: string; issues: string[]; reason: RefusalReason };

export const refusal = (reason: RefusalReason, error: string, issues: string[] = [error]): BackupRefusal => ({
  ok: false,
  error,
  issues,
  reason,
});

const fail = (code: RefusalCode, args: string[], error: string) => refusal({ code, args }, error);

/** UTF-8 length without encoding a copy (a 20 MB file would otherwise allocate 20 MB more). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Deepest nesting of [ and { outside strings, stopping as soon as it passes `limit`. One linear
 * pass: JSON.parse itself would recurse 10,000 levels deep and the later walks would too.
 */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export interface EnvelopeRules {
  maxBytes: number;
  maxDepth: number;
  format: string;
  /** The versions this Afterfollow reads. */
  versions: readonly number[];
  /** The code for "this JSON is not that kind of file at all". */
  notOurs: 'notBackup' | 'notTemplateSet';
}

/** The parsed object once size, nesting, syntax, keys, format and version pass; its schema is the caller's. */
export function readEnvelope(text: string, rules: EnvelopeRules): { ok: true; data: Record<string, unknown> } | BackupRefusal {
  const { maxBytes, maxDepth, format, versions } = rules;
  // Each UTF-16 unit is 1–3 UTF-8 bytes: count (once) only when the upper bound passes the limit.
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text);
    if (bytes > maxBytes) return fail('tooLarge', [mb(bytes), mb(maxBytes)], `file too large: ${mb(bytes)}, the limit is ${mb(maxBytes)}`);
  }
  const what = rules.notOurs === 'notBackup' ? 'an Afterfollow backup' : 'an Afterfollow template set';
  if (exceedsDepth(text, maxDepth)) return fail('tooDeep', [String(maxDepth)], `nested more than ${maxDepth} levels deep: not ${what}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail('notJson', [why], `not valid JSON: ${why}`);
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden) return fail('forbiddenKey', [forbidden], `${forbidden}: forbidden key`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(rules.notOurs, [], `not ${what}`);
  const head = data as Record<string, unknown>;
  if (head.format !== format) {
    const found = JSON.stringify(head.format) ?? 'nothing';
    return fail('format', [format, found], `format: expected "${format}", found ${found}`);
  }
  if (typeof head.version !== 'number' || !versions.includes(head.version)) {
    const found = JSON.stringify(head.version) ?? '(none)';
    const readable = versions.join(', ');
    return fail('version', [found, readable], `version: unsupported version ${found} (this Afterfollow reads version ${readable})`);
  }
  return { ok: true, data: head };
}
