// The Dexie side of export and import (issue 8). Formats, redaction and the merge rule are pure
// (lib/export); this file only reads and writes, in pages, reporting progress for the UI's bar.
import type { Table } from 'dexie';
import type { Candidate } from '../records';
import { settingsSchema } from '../records';
import { createBackup, RECORD_TABLES, type Backup, type BackupTables, type RecordTable, type RowOf } from '../export/backup-format';
import { candidateCsvRow, CANDIDATE_CSV_HEADER, eventCsvRow, EVENT_CSV_HEADER, itemCsvRow, ITEM_CSV_HEADER } from '../export/csv-tables';
import { csvHead, csvRows } from '../export/csv';
import { dedupeById, mergeOutcome } from '../export/merge';
import { parseBackup, type ParseBackupOptions } from '../export/parse-backup';
import { redactTables } from '../export/redact';
import type { AfterfollowDb } from './database';

export type OnProgress = (p: { done: number; total: number }) => void;
export type TableSummary = { added: number; updated: number; skipped: number };
export type ImportSummary = Record<RecordTable | 'settings', TableSummary>;

/** Rows per IndexedDB request: big enough to amortise a request, small enough for a smooth bar. */
const PAGE = 5000;
/** lib/db/settings.ts keeps all preferences in this one row. */
const SETTINGS_KEY = 'settings';

const rowTable = <T extends RecordTable>(db: AfterfollowDb, name: T) => db.table(name) as Table<RowOf<T>, string>;
const allTables = (db: AfterfollowDb) => [...RECORD_TABLES.map((n) => db.table(n)), db.settings];

/** Every row in primary-key order, one page per request (keyset paging: no offset re-walks). */
async function readPaged<R extends { id: string }>(table: Table<R, string>, onPage: (rows: R[]) => void): Promise<void> {
  let last: string | undefined;
  for (;;) {
    const coll = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await coll.limit(PAGE).toArray();
    onPage(rows);
    if (rows.length < PAGE) return;
    last = rows[rows.length - 1]!.id;
  }
}

/** The whole database (diagnostics excepted) as one consistent snapshot. */
export async function exportBackup(
  db: AfterfollowDb,
  opts: { redact?: boolean; onProgress?: OnProgress; now?: Date } = {},
): Promise<Backup> {
  const tables = await db.transaction('r', allTables(db), async () => {
    const counts = await Promise.all(RECORD_TABLES.map((n) => db.table(n).count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    const out: Partial<Record<RecordTable, unknown[]>> = {};
    for (const name of RECORD_TABLES) {
      const rows: unknown[] = [];
      await readPaged<RowOf<RecordTable>>(rowTable(db, name), (page) => {
        for (const r of page) rows.push(r);
        done += page.length;
        opts.onProgress?.({ done, total });
      });
      out[name] = rows;
    }
    const settings = settingsSchema.safeParse((await db.settings.get(SETTINGS_KEY))?.value);
    return { ...(out as Omit<BackupTables, 'settings'>), ...(settings.success ? { settings: settings.data } : {}) } as BackupTables;
  });
  const redacted = opts.redact ?? false;
  return createBackup(redacted ? redactTables(tables) : tables, { redacted, now: opts.now });
}

const emptySummary = (): ImportSummary =>
  Object.fromEntries([...RECORD_TABLES, 'settings'].map((n) => [n, { added: 0, updated: 0, skipped: 0 }])) as ImportSummary;

/**
 * Merge a parsed backup, all or nothing: one read-write transaction over every table, so an error
 * half-way aborts it and the database is as it was. Per row the newer edit wins (lib/export/merge);
 * settings are this browser's own and are only restored into a database that has none.
 */
export async function importBackup(db: AfterfollowDb, backup: Backup, opts: { onProgress?: OnProgress } = {}): Promise<ImportSummary> {
  const summary = emptySummary();
  const incoming = RECORD_TABLES.map((name) => [name, dedupeById(name, backup.tables[name])] as const);
  const total = incoming.reduce((n, [, rows]) => n + rows.length, 0);
  let done = 0;
  await db.transaction('rw', allTables(db), async () => {
    for (const [name, rows] of incoming) {
      const table = rowTable(db, name);
      for (let start = 0; start < rows.length; start += PAGE) {
        const page = rows.slice(start, start + PAGE);
        const existing = await table.bulkGet(page.map((r) => r.id));
        const writes = page.filter((row, k) => {
          const outcome = mergeOutcome(name, row, existing[k]);
          summary[name][outcome] += 1;
          return outcome !== 'skipped';
        });
        if (writes.length > 0) await table.bulkPut(writes);
        done += page.length;
        opts.onProgress?.({ done, total });
      }
    }
    if (backup.tables.settings) {
      const had = await db.settings.get(SETTINGS_KEY);
      if (had) summary.settings.skipped += 1;
      else {
        await db.settings.put({ key: SETTINGS_KEY, value: backup.tables.settings });
        summary.settings.added += 1;
      }
    }
  });
  return summary;
}

/**
 * Parse then merge: what the import button calls. A refused file writes nothing. Redacted files
 * are refused unless asked for: merged into a working database their newer rows would blank the
 * recruiter's item texts and file them under pseudonymous candidates.
 */
export async function importBackupText(
  db: AfterfollowDb,
  text: string,
  opts: { onProgress?: OnProgress; allowRedacted?: boolean } & ParseBackupOptions = {},
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: string; issues: string[] }> {
  const started = performance.now();
  const parsed = parseBackup(text, opts);
  // Exposed for the benchmark: how the import splits between reading the file and writing it.
  performance.measure('afterfollow:import-parse', { start: started });
  if (!parsed.ok) return parsed;
  if (parsed.backup.redacted && !opts.allowRedacted) {
    const error = 'redacted: this file was redacted for sharing and cannot be merged into a working database';
    return { ok: false, error, issues: [error] };
  }
  const merging = performance.now();
  const summary = await importBackup(db, parsed.backup, opts);
  performance.measure('afterfollow:import-merge', { start: merging });
  return { ok: true, summary };
}

export type CsvTable = 'items' | 'candidates' | 'events';

/** One CSV file of a whole table (BOM, CRLF, neutralised cells), built page by page. */
export async function exportCsv(db: AfterfollowDb, which: CsvTable, opts: { onProgress?: OnProgress } = {}): Promise<string> {
  return db.transaction('r', db.candidates, db.items, db.events, async () => {
    const candidates: Candidate[] = await db.candidates.toArray();
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const parts: string[] = [];
    let done = 0;
    const report = (n: number, total: number) => {
      done += n;
      opts.onProgress?.({ done, total });
    };
    if (which === 'candidates') {
      parts.push(csvHead(CANDIDATE_CSV_HEADER), csvRows(candidates.map(candidateCsvRow)));
      report(candidates.length, candidates.length);
    } else if (which === 'items') {
      const total = await db.items.count();
      parts.push(csvHead(ITEM_CSV_HEADER));
      await readPaged(rowTable(db, 'items'), (page) => {
        parts.push(csvRows(page.map((i) => itemCsvRow(i, byId.get(i.candidateId)))));
        report(page.length, total);
      });
    } else {
      const total = await db.events.count();
      parts.push(csvHead(EVENT_CSV_HEADER));
      await readPaged(rowTable(db, 'events'), (page) => {
        parts.push(csvRows(page.map((e) => eventCsvRow(e, byId.get(e.candidateId)))));
        report(page.length, total);
      });
    }
    return parts.join('');
  });
}
