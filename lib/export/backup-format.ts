// The JSON backup: the whole database (except diagnostics, which are only about host pages) in a
// versioned format described with zod. A new shape is a new version, never a silent change: files
// travel between teammates running different releases.
import { z } from 'zod';
import { correctionSchema, MAX_CORRECTIONS } from '../analysis/corrections';
import { editClockSchema, isoEditClockSchema } from '../date-bounds';
import {
  candidateSchema,
  eventSchema,
  itemSchema,
  messageRecordSchema,
  settingsPatchSchema,
  threadRecordSchema,
} from '../records';
import { interviewSchema } from '../schedule/due';
import { templateSchema } from '../templates/schema';

export const BACKUP_FORMAT = 'afterfollow-backup';
/** 2: the analyzer corrections travel (tables.corrections). */
export const BACKUP_VERSION = 2;
/** Versions this release reads: 1 (before the corrections travelled) and 2. */
export const READABLE_BACKUP_VERSIONS: readonly number[] = [1, 2];

/**
 * The recruiter's corrections to the analyzer as they travel in a file: each record strict (no
 * unknown keys), its text bounded (2,000 chars), its clock a real edit time (2000-01-01 to a day
 * ahead: a clock far in the future would win every later merge), at most MAX_CORRECTIONS of them.
 */
export const backupCorrectionsSchema = z.strictObject({
  version: z.literal(1),
  items: z.array(z.strictObject({ ...correctionSchema.shape, at: editClockSchema })).max(MAX_CORRECTIONS),
});

export const backupTablesSchema = z.strictObject({
  candidates: z.array(candidateSchema),
  threads: z.array(threadRecordSchema),
  messages: z.array(messageRecordSchema),
  items: z.array(itemSchema),
  events: z.array(eventSchema),
  interviews: z.array(interviewSchema),
  templates: z.array(templateSchema),
  /** This browser's preferences; absent in redacted files (they hold the recruiter's name). */
  settings: settingsPatchSchema.optional(),
  /**
   * The recruiter's corrections to the analyzer (version 2 on): merged with the importing browser's,
   * never replacing them. Absent in redacted files (they quote candidates' sentences).
   */
  corrections: backupCorrectionsSchema.optional(),
});

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
    exportedAt: isoEditClockSchema,
    redacted: z.boolean(),
    tables: backupTablesSchema,
  })
  .refine((b) => b.version !== 1 || b.tables.corrections === undefined, { message: 'not in a version 1 file', path: ['tables', 'corrections'] });

export type Backup = z.infer<typeof backupSchema>;
export type BackupTables = Backup['tables'];
/** The tables merged row by row (settings and corrections are handled apart: one row each). */
export type RecordTable = Exclude<keyof BackupTables, 'settings' | 'corrections'>;
export type RowOf<T extends RecordTable> = BackupTables[T][number];

/** In dependency order: a reader walking the file meets a candidate before its items. */
export const RECORD_TABLES = ['candidates', 'threads', 'messages', 'items', 'events', 'interviews', 'templates'] as const satisfies
  readonly RecordTable[];

export function createBackup(tables: BackupTables, opts: { redacted: boolean; now?: Date }): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    redacted: opts.redacted,
    tables,
  };
}

/** Compact: a 100,000-item file is tens of MB already; indentation would add a third. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}
