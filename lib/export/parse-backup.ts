// Reading a teammate's backup file. The file is untrusted: every check that can refuse it runs
// before anything is written, cheapest first, and each refusal says what is wrong in one line.
import { formatPath } from '../safe-json';
import { readEnvelope, refusal, type BackupRefusal } from '../import-envelope';

export { exceedsDepth, utf8Length, type BackupRefusal, type RefusalCode, type RefusalReason } from '../import-envelope';
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

export type ParseBackupResult = { ok: true; backup: Backup } | BackupRefusal;

export interface ParseBackupOptions {
  maxBytes?: number;
  maxDepth?: number;
}

/** Size, nesting, JSON syntax, forbidden keys, format and version, then every record's schema. */
export function parseBackup(text: string, opts: ParseBackupOptions = {}): ParseBackupResult {
  const envelope = readEnvelope(text, {
    maxBytes: opts.maxBytes ?? BACKUP_LIMITS.maxBytes,
    maxDepth: opts.maxDepth ?? BACKUP_LIMITS.maxDepth,
    format: BACKUP_FORMAT,
    versions: READABLE_BACKUP_VERSIONS,
    notOurs: 'notBackup',
  });
  if (!envelope.ok) return envelope;
  const data = envelope.data;
  const parsed = backupSchema.safeParse(data, {
    error: (iss) => (iss.code === 'invalid_type' && iss.input === undefined ? 'Required' : undefined),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, BACKUP_LIMITS.maxIssues).map((iss) => `${formatPath(iss.path) || '(root)'}: ${iss.message}`);
    const first = issues[0] ?? 'invalid backup';
    return refusal({ code: 'invalid', args: [first] }, first, issues);
  }
  // As the template import: a built-in stays at its moment and language.
  for (const [k, t] of parsed.data.tables.templates.entries()) {
    const problem = builtinOverrideProblem(t, `tables.templates[${k}].`);
    if (problem) return refusal({ code: 'invalid', args: [problem] }, problem);
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
