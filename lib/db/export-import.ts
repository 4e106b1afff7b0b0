// The Dexie side of export and import (issue 8). Formats, redaction and the merge rule are pure
// (lib/export); this file only reads and writes, in pages, reporting progress for the UI's bar.
import type { Table } from 'dexie';
import type { Candidate, Item } from '../records';
import { SETTINGS_KEYS, settingsSchema, type Settings } from '../records';
import { getSettings } from './settings';
import { getCorrections, importCorrections } from './corrections';
import { createBackup, RECORD_TABLES, type Backup, type BackupTables, type RecordTable, type RowOf } from '../export/backup-format';
import { candidateCsvRow, CANDIDATE_CSV_HEADER, eventCsvRow, EVENT_CSV_HEADER, itemCsvRow, ITEM_CSV_HEADER } from '../export/csv-tables';
import { csvHead, csvRows } from '../export/csv';
import { dedupeById, mergeOutcome } from '../export/merge';
import { foreignCandidateRefs, parseBackup, type ParseBackupOptions } from '../export/parse-backup';
import { refusal, type BackupRefusal } from '../import-envelope';
import { redactTables } from '../export/redact';
import type { AfterfollowDb } from './database';
import { allBooks, allItems, bookOf, countAllItems, deleteBooks, itemTables, writeBooks } from './item-store';

export type OnProgress = (p: { done: number; total: number }) => void;
export type TableSummary = { added: number; updated: number; skipped: number };
export type ImportSummary = Record<RecordTable | 'settings' | 'corrections', TableSummary>;

/** Rows per write request and progress step: big enough to amortise a request, small enough for a smooth bar. */
const PAGE = 5000;
/** lib/db/settings.ts keeps all preferences in this one row. */
const SETTINGS_KEY = 'settings';

/** Tables stored one row per record; items live in per-candidate books (lib/db/item-store). */
type RowTable = Exclude<RecordTable, 'items'>;
const rowTable = <T extends RowTable>(db: AfterfollowDb, name: T) => db.table(name) as Table<RowOf<T>, string>;
const storesOf = (db: AfterfollowDb): Table[] => [...RECORD_TABLES.flatMap((n): Table[] => (n === 'items' ? itemTables(db) : [db.table(n)])), db.settings];

/** The whole database (diagnostics excepted) as one consistent snapshot. */
export async function exportBackup(
  db: AfterfollowDb,
  opts: { redact?: boolean; onProgress?: OnProgress; now?: Date } = {},
): Promise<Backup> {
  const tables = await db.transaction('r', storesOf(db), async () => {
    const counts = await Promise.all(RECORD_TABLES.map((n) => (n === 'items' ? countAllItems(db) : db.table(n).count())));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    const out: Partial<Record<RecordTable, unknown[]>> = {};
    for (const name of RECORD_TABLES) {
      // One getAll per store: IndexedDB's fastest read, and the snapshot is needed whole anyway.
      const rows: unknown[] = name === 'items' ? await allItems(db) : await rowTable(db, name).toArray();
      out[name] = rows;
      done += rows.length;
      opts.onProgress?.({ done, total });
    }
    const settings = settingsSchema.safeParse((await db.settings.get(SETTINGS_KEY))?.value);
    const corrections = await getCorrections(db);
    return {
      ...(out as Omit<BackupTables, 'settings' | 'corrections'>),
      ...(settings.success ? { settings: settings.data } : {}),
      ...(corrections.items.length > 0 ? { corrections } : {}),
    } as BackupTables;
  });
  const redacted = opts.redact ?? false;
  return createBackup(redacted ? redactTables(tables) : tables, { redacted, now: opts.now });
}

const emptySummary = (): ImportSummary =>
  Object.fromEntries([...RECORD_TABLES, 'settings', 'corrections'].map((n) => [n, { added: 0, updated: 0, skipped: 0 }])) as ImportSummary;

export interface ImportOptions {
  onProgress?: OnProgress;
  /**
   * The file's settings the user ticked. Settings are this browser's own (the survey link, name and
   * company go into mails to candidates): an import never changes one that is not named here.
   */
  applySettings?: readonly (keyof Settings)[];
}

/**
 * Merge a parsed backup, all or nothing: one read-write transaction over every table, so an error
 * half-way aborts it and the database is as it was. Per row the newer edit wins (lib/export/merge);
 * of the file's settings only those in `applySettings` are taken; the file's analyzer corrections
 * merge with this browser's (lib/db/corrections importCorrections).
 */
export async function importBackup(db: AfterfollowDb, backup: Backup, opts: ImportOptions = {}): Promise<ImportSummary> {
  const summary = emptySummary();
  const incoming = RECORD_TABLES.map((name) => [name, dedupeById(name, backup.tables[name])] as const);
  const total = incoming.reduce((n, [, rows]) => n + rows.length, 0);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.({ done, total });
  };
  await db.transaction('rw', storesOf(db), async () => {
    for (const [name, rows] of incoming) {
      if (name === 'items') {
        await mergeItems(db, rows as Item[], summary.items, progress);
        continue;
      }
      const table = rowTable(db, name);
      for (let start = 0; start < rows.length; start += PAGE) {
        const page = rows.slice(start, start + PAGE) as RowOf<RowTable>[];
        const existing = await table.bulkGet(page.map((r) => r.id));
        const writes = page.filter((row, k) => {
          const outcome = mergeOutcome(name, row, existing[k]);
          summary[name][outcome] += 1;
          return outcome !== 'skipped';
        });
        if (writes.length > 0) await table.bulkPut(writes);
        progress(page.length);
      }
    }
    const fileSettings = backup.tables.settings;
    if (fileSettings) {
      const picked = (opts.applySettings ?? []).filter((k) => fileSettings[k] !== undefined);
      if (picked.length === 0) summary.settings.skipped += 1;
      else {
        const current = await getSettings(db);
        const next = settingsSchema.parse({ ...current, ...Object.fromEntries(picked.map((k) => [k, fileSettings[k]])) });
        await db.settings.put({ key: SETTINGS_KEY, value: next });
        summary.settings.updated += 1;
      }
    }
    // The teammate's corrections to the analyzer join this browser's (by id, the later wins); they
    // write their own row only, never the preferences.
    const fileCorrections = backup.tables.corrections;
    if (fileCorrections && fileCorrections.items.length > 0) summary.corrections = await importCorrections(db, fileCorrections.items);
  });
  return summary;
}

/**
 * Items merge by id across the whole database: an item filed under another candidate in this
 * browser is found (every book is read once) and moved when the incoming version wins, so an id
 * is never stored twice. Only the books that change are written, a page of books per request.
 */
async function mergeItems(db: AfterfollowDb, rows: Item[], summary: TableSummary, progress: (n: number) => void): Promise<void> {
  const books = new Map<string, Map<string, Item>>();
  const where = new Map<string, string>();
  for (const book of await allBooks(db)) {
    books.set(book.candidateId, new Map(book.items.map((i) => [i.id, i])));
    for (const i of book.items) where.set(i.id, book.candidateId);
  }
  const touched = new Set<string>();
  for (const row of rows) {
    const home = where.get(row.id);
    const existing = home === undefined ? undefined : books.get(home)!.get(row.id);
    const outcome = mergeOutcome('items', row, existing);
    summary[outcome] += 1;
    if (outcome === 'skipped') continue;
    if (home !== undefined && home !== row.candidateId) {
      books.get(home)!.delete(row.id);
      touched.add(home);
    }
    let book = books.get(row.candidateId);
    if (!book) books.set(row.candidateId, (book = new Map()));
    book.set(row.id, row);
    where.set(row.id, row.candidateId);
    touched.add(row.candidateId);
  }
  // The bar: half for reading and merging, the other half as the changed books are written.
  const half = Math.floor(rows.length / 2);
  let reported = 0;
  const reach = (n: number) => {
    progress(n - reported);
    reported = n;
  };
  reach(half);
  const ids = [...touched];
  const bookRows = ids.map((id) => bookOf(id, [...books.get(id)!.values()]));
  const emptied = ids.filter((_, k) => bookRows[k] === null);
  await deleteBooks(db, emptied);
  const full = bookRows.filter((b) => b !== null);
  const perRequest = Math.max(1, Math.ceil(full.length / 10));
  for (let start = 0; start < full.length; start += perRequest) {
    await writeBooks(db, full.slice(start, start + perRequest));
    reach(half + Math.floor(((rows.length - half) * Math.min(full.length, start + perRequest)) / full.length));
  }
  reach(rows.length);
}

/** One of the file's settings that differs from this browser's. */
export type SettingDifference = { [K in keyof Settings]: { key: K; current: Settings[K]; incoming: Settings[K] } }[keyof Settings];

export interface ImportPlan {
  backup: Backup;
  /** Rows the file holds (settings aside). */
  records: number;
  /** The file's settings that differ from this browser's: shown side by side, applied only when ticked. */
  settings: SettingDifference[];
  /** Analyzer corrections the file holds: merged with this browser's. */
  corrections: number;
}

export type Refusal = BackupRefusal;

/**
 * Every check that can refuse a file, before anything is written: size, syntax, schema, redaction,
 * built-in templates, candidate references. Then what importing it would change in settings.
 * Redacted files are refused unless asked for: merged into a working database their newer rows
 * would blank the recruiter's item texts and file them under pseudonymous candidates.
 */
export async function planImport(
  db: AfterfollowDb,
  text: string,
  opts: { allowRedacted?: boolean } & ParseBackupOptions = {},
): Promise<{ ok: true; plan: ImportPlan } | Refusal> {
  const started = performance.now();
  const parsed = parseBackup(text, opts);
  // Exposed for the benchmark: how the import splits between reading the file and writing it.
  performance.measure('afterfollow:import-parse', { start: started });
  if (!parsed.ok) return parsed;
  if (parsed.backup.redacted && !opts.allowRedacted) {
    return refusal({ code: 'redacted', args: [] }, 'redacted: this file was redacted for sharing and cannot be merged into a working database');
  }
  const dangling = await missingCandidate(db, parsed.backup);
  if (dangling) return dangling;
  const current = await getSettings(db);
  const incoming = parsed.backup.tables.settings ?? {};
  const settings = SETTINGS_KEYS.filter((k) => incoming[k] !== undefined && incoming[k] !== current[k]).map(
    (k) => ({ key: k, current: current[k], incoming: incoming[k] }) as SettingDifference,
  );
  const records = RECORD_TABLES.reduce((n, name) => n + parsed.backup.tables[name].length, 0);
  return { ok: true, plan: { backup: parsed.backup, records, settings, corrections: parsed.backup.tables.corrections?.items.length ?? 0 } };
}

/** Plan then merge, with no settings changed unless named: for scripts and tests. A refused file writes nothing. */
export async function importBackupText(
  db: AfterfollowDb,
  text: string,
  opts: ImportOptions & { allowRedacted?: boolean } & ParseBackupOptions = {},
): Promise<{ ok: true; summary: ImportSummary } | Refusal> {
  const planned = await planImport(db, text, opts);
  if (!planned.ok) return planned;
  const merging = performance.now();
  const summary = await importBackup(db, planned.plan.backup, opts);
  performance.measure('afterfollow:import-merge', { start: merging });
  return { ok: true, summary };
}

/** The first row that points to a candidate neither in the file nor in this browser, as a refusal. */
async function missingCandidate(db: AfterfollowDb, backup: Backup): Promise<BackupRefusal | null> {
  const foreign = foreignCandidateRefs(backup);
  if (foreign.size === 0) return null;
  const ids = [...foreign.keys()];
  const found = await db.candidates.bulkGet(ids);
  const k = found.findIndex((c) => c === undefined);
  if (k < 0) return null;
  const where = foreign.get(ids[k]!)!;
  return refusal({ code: 'missingCandidate', args: [where, ids[k]!] }, `${where}: candidate "${ids[k]}" is neither in the file nor in this browser`);
}

export type CsvTable = 'items' | 'candidates' | 'events';

/** One CSV file of a whole table (BOM, CRLF, neutralised cells), built page by page. */
export async function exportCsv(db: AfterfollowDb, which: CsvTable, opts: { onProgress?: OnProgress } = {}): Promise<string> {
  return db.transaction('r', db.candidates, db.itemBooks, db.events, async () => {
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
      const items = await allItems(db);
      parts.push(csvHead(ITEM_CSV_HEADER));
      for (let start = 0; start < items.length; start += PAGE) {
        const page = items.slice(start, start + PAGE);
        parts.push(csvRows(page.map((i) => itemCsvRow(i, byId.get(i.candidateId)))));
        report(page.length, items.length);
      }
    } else {
      const events = await db.events.toArray();
      parts.push(csvHead(EVENT_CSV_HEADER));
      for (let start = 0; start < events.length; start += PAGE) {
        const page = events.slice(start, start + PAGE);
        parts.push(csvRows(page.map((e) => eventCsvRow(e, byId.get(e.candidateId)))));
        report(page.length, events.length);
      }
    }
    return parts.join('');
  });
}
