// Reading a teammate's backup file. The file is untrusted: every check that can refuse it runs
// before anything is written, cheapest first, and each refusal says what is wrong in one line.
import { findForbiddenKey, formatPath } from '../safe-json';
import { builtinOverrideProblem } from '../templates/builtin';
import { BACKUP_FORMAT, backupSchema, READABLE_BACKUP_VERSIONS, type Backup } from './backup-format';

export const BACKUP_LIMITS = {
  /**
   * UTF-8 bytes. Checked on the string before JSON.parse builds a huge object graph. A backup costs
   * about 360 bytes per item, so 20 MB holds some 55,000 items: pass `maxBytes` for bigger teams.
   */
  maxBytes: 20 * 1024 * 1024,
  /** A real backup nests 5 deep (root, tables, items, item, detail); anything far deeper is hostile. */
  maxDepth: 32,
  /** Issues listed in `issues` (the first is `error`). */
  maxIssues: 20,
} as const;

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string; issues: string[] };

export interface ParseBackupOptions {
  maxBytes?: number;
  maxDepth?: number;
}

const fail = (error: string, issues: string[] = [error]): ParseBackupResult => ({ ok: false, error, issues });

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

/** Size, nesting, JSON syntax, forbidden keys, format and version, then every record's schema. */
export function parseBackup(text: string, opts: ParseBackupOptions = {}): ParseBackupResult {
  const maxBytes = opts.maxBytes ?? BACKUP_LIMITS.maxBytes;
  const maxDepth = opts.maxDepth ?? BACKUP_LIMITS.maxDepth;
  // Each UTF-16 unit is 1–3 UTF-8 bytes: count (once) only when the upper bound passes the limit.
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text);
    if (bytes > maxBytes) return fail(`file too large: ${mb(bytes)}, the limit is ${mb(maxBytes)}`);
  }
  if (exceedsDepth(text, maxDepth)) return fail(`nested more than ${maxDepth} levels deep: not an Afterfollow backup`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden) return fail(`${forbidden}: forbidden key`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('not an Afterfollow backup');
  const head = data as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) return fail(`format: expected "${BACKUP_FORMAT}", found ${JSON.stringify(head.format) ?? 'nothing'}`);
  if (typeof head.version !== 'number' || !READABLE_BACKUP_VERSIONS.includes(head.version)) {
    return fail(`version: unsupported version ${JSON.stringify(head.version) ?? '(none)'} (this Afterfollow reads versions ${READABLE_BACKUP_VERSIONS.join(' and ')})`);
  }
  const parsed = backupSchema.safeParse(data, {
    error: (iss) => (iss.code === 'invalid_type' && iss.input === undefined ? 'Required' : undefined),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, BACKUP_LIMITS.maxIssues).map((iss) => `${formatPath(iss.path) || '(root)'}: ${iss.message}`);
    return fail(issues[0] ?? 'invalid backup', issues);
  }
  // As the template import: a built-in stays at its moment and language.
  for (const [k, t] of parsed.data.tables.templates.entries()) {
    const problem = builtinOverrideProblem(t, `tables.templates[${k}].`);
    if (problem) return fail(problem);
  }
  return { ok: true, backup: parsed.data };
}

/** Rows that name a candidate: where a reference check looks. */
const CANDIDATE_REFS = ['threads', 'messages', 'items', 'events', 'interviews'] as const;

/**
 * Candidate ids the file's rows point to that the file itself does not hold, each with the first
 * row that names it ("tables.items[3].candidateId"). The caller checks them against the database.
 */
export function foreignCandidateRefs(backup: Backup): Map<string, string> {
  const own = new Set(backup.tables.candidates.map((c) => c.id));
  const out = new Map<string, string>();
  for (const table of CANDIDATE_REFS) {
    backup.tables[table].forEach((row: { candidateId: string | null }, k: number) => {
      if (row.candidateId !== null && !own.has(row.candidateId) && !out.has(row.candidateId)) out.set(row.candidateId, `tables.${table}[${k}].candidateId`);
    });
  }
  return out;
}
