import fc from 'fast-check';
import { exportBackup, importBackup } from '../../lib/db/export-import';
import { createBackup, RECORD_TABLES, serializeBackup, type Backup, type BackupTables } from '../../lib/export/backup-format';
import { dedupeById } from '../../lib/export/merge';
import { parseBackup } from '../../lib/export/parse-backup';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, type Item } from '../../lib/records';
import { freshDb } from '../helpers/db';
import { tablesArb } from './arbitraries';
import { byId, dump, seed, wipe } from './helpers';
import { getItem } from '../../lib/db/item-store';

const reparse = (b: Backup): Backup => {
  const parsed = parseBackup(serializeBackup(b));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
};

describe('JSON backup', () => {
  it('round trip: export → wipe → import gives an identical database', async () => {
    await fc.assert(
      fc.asyncProperty(tablesArb, async (tables) => {
        const db = freshDb();
        await seed(db, tables);
        const before = await dump(db);
        const text = serializeBackup(await exportBackup(db));
        await wipe(db);
        const parsed = parseBackup(text);
        if (!parsed.ok) throw new Error(parsed.error);
        // A full restore: every setting chosen (an import never applies one that is not).
        const summary = await importBackup(db, parsed.backup, { applySettings: SETTINGS_KEYS });
        expect(await dump(db)).toEqual(before);
        for (const name of RECORD_TABLES) expect(summary[name]).toEqual({ added: tables[name].length, updated: 0, skipped: 0 });
        // A second import of the same file changes nothing.
        const again = await importBackup(db, parsed.backup);
        for (const name of RECORD_TABLES) expect(again[name].added + again[name].updated).toBe(0);
        expect(await dump(db)).toEqual(before);
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('merging two overlapping exports is order-independent and keeps the newest edit per id', async () => {
    const records = tablesArb.map(({ settings: _s, ...t }): BackupTables => t);
    await fc.assert(
      fc.asyncProperty(records, records, async (a, b) => {
        const A = reparse(createBackup(a, { redacted: false }));
        const B = reparse(createBackup(b, { redacted: false }));
        const ab = freshDb();
        const ba = freshDb();
        await importBackup(ab, A);
        await importBackup(ab, B);
        await importBackup(ba, B);
        await importBackup(ba, A);
        const left = await dump(ab);
        expect(await dump(ba)).toEqual(left);
        // And it is exactly the per-id maximum of the union.
        for (const name of RECORD_TABLES) {
          expect(left[name]).toEqual(byId(dedupeById(name, [...A.tables[name], ...B.tables[name]] as never[])));
        }
        ab.close();
        ba.close();
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('newest edit wins, ties fall to the content, and the summary counts each outcome', async () => {
    const db = freshDb();
    const item: Item = {
      id: 'gmail:m1:question:0-5',
      candidateId: 'cand:a@leak.example',
      threadId: null,
      messageId: null,
      kind: 'question',
      category: 'role',
      text: '質問',
      start: 0,
      end: 5,
      status: 'open',
      source: 'detected',
      at: 1,
      createdAt: 1,
      updatedAt: 10,
    };
    const tables = (items: Item[]): BackupTables => ({ candidates: [], threads: [], messages: [], items, events: [], interviews: [], templates: [] });
    await importBackup(db, createBackup(tables([item]), { redacted: false }));
    const older = await importBackup(db, createBackup(tables([{ ...item, status: 'deferred', updatedAt: 5 }]), { redacted: false }));
    expect(older.items).toEqual({ added: 0, updated: 0, skipped: 1 });
    const newer = await importBackup(db, createBackup(tables([{ ...item, status: 'answered_now', updatedAt: 20 }]), { redacted: false }));
    expect(newer.items).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await getItem(db, item.candidateId, item.id))?.status).toBe('answered_now');
    // Same clock, different content: the larger canonical JSON wins from either side.
    await importBackup(db, createBackup(tables([{ ...item, status: 'answered_at_interview', updatedAt: 20 }]), { redacted: false }));
    expect((await getItem(db, item.candidateId, item.id))?.status).toBe('answered_now');
  });

  it('applies only the settings named, even into an empty database, and merges them into the current ones', async () => {
    const db = freshDb();
    const settings = { keepItemText: false, retentionDays: 30, recruiterName: '田中', company: '株式会社例', surveyUrl: '', signature: '' };
    const empty: BackupTables = { candidates: [], threads: [], messages: [], items: [], events: [], interviews: [], templates: [] };
    expect((await importBackup(db, createBackup({ ...empty, settings }, { redacted: false }))).settings.skipped).toBe(1);
    expect(await db.settings.get('settings')).toBeUndefined();
    const other = { ...settings, recruiterName: 'Someone else' };
    expect((await importBackup(db, createBackup({ ...empty, settings: other }, { redacted: false }), { applySettings: ['company'] })).settings.updated).toBe(1);
    expect((await db.settings.get('settings'))?.value).toEqual({ ...DEFAULT_SETTINGS, company: '株式会社例' });
  });

  it('reports progress up to the total, for export and import', async () => {
    const [tables] = fc.sample(tablesArb.filter((t) => t.items.length > 3), { numRuns: 1, seed: 7 });
    const db = freshDb();
    await seed(db, tables!);
    const seen: { done: number; total: number }[] = [];
    const backup = await exportBackup(db, { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ done: seen.at(-1)!.total, total: RECORD_TABLES.reduce((n, t) => n + backup.tables[t].length, 0) });
    const imported: { done: number; total: number }[] = [];
    await importBackup(freshDb(), backup, { onProgress: (p) => imported.push(p) });
    expect(imported.at(-1)!.done).toBe(imported.at(-1)!.total);
  });
});
