// The JSON backup: the whole database (except diagnostics, which are only about host pages) in a
// versioned format described with zod. A new shape is a new version, never a silent change: files
// travel between teammates running different releases.
import { z } from 'zod';
import { isoEditClockSchema } from '../date-bounds';
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
export const BACKUP_VERSION = 1;

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
});

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoEditClockSchema,
  redacted: z.boolean(),
  tables: backupTablesSchema,
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupTables = Backup['tables'];
/** The tables merged row by row (settings are handled apart: one row, no ids). */
export type RecordTable = Exclude<keyof BackupTables, 'settings'>;
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
