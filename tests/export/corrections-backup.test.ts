// The recruiter's corrections to the analyzer travel in the JSON backup (issue 12, point 4): exported,
// validated on import as hostile data (strict records, bounded, refused whole with a named reason,
// nothing written), merged with the importing browser's by id (never replacing them wholesale, never
// touching the preferences), effective on the next analysis, and still reset from Options.
import { analyzeMessage, compileCorrections, type Correction, type MessageInput } from '../../lib/analysis';
import { addCorrections, getCorrections, resetCorrections } from '../../lib/db/corrections';
import { exportBackup, importBackupText, planImport } from '../../lib/db/export-import';
import { getSettings, updateSettings } from '../../lib/db/settings';
import { serializeBackup } from '../../lib/export/backup-format';
import { CorrectionsCache } from '../../lib/background/corrections-cache';
import { freshDb } from '../helpers/db';
import { dump } from './helpers';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const sentence = 'I will need to talk it over with my family before I can say yes.';
const c = (x: Partial<Correction>): Correction => ({ id: 'c1', at: NOW, text: sentence, action: 'dismiss', field: 'decline', ...x });
const mail = (body: string): MessageInput => ({ subject: 'Re: Offer', body, from: { name: 'Cand', email: 'cand@example.com' }, knownCandidate: true });

/** A backup text of a browser holding `items` as its corrections (and nothing else). */
async function backupWith(items: Correction[]): Promise<string> {
  const db = freshDb();
  await addCorrections(db, items);
  return serializeBackup(await exportBackup(db));
}

describe('corrections in the JSON backup', () => {
  it('export → import round trip: the corrections arrive as they were', async () => {
    const items = [c({ id: 'a' }), c({ id: 'b', at: NOW + 1, text: '例の件、持ち帰らせてください。', action: 'mark', field: 'worry', category: 'process' })];
    const text = await backupWith(items);
    const file = JSON.parse(text) as { version: number; tables: { corrections: { items: Correction[] } } };
    expect(file.version).toBe(2);
    expect(file.tables.corrections.items).toEqual(items);
    const db = freshDb();
    const result = await importBackupText(db, text);
    expect(result.ok && result.summary.corrections).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect((await getCorrections(db)).items).toEqual(items);
  });

  it("a teammate's corrections merge with mine: union by id, the later one wins, mine are kept", async () => {
    const mine = [c({ id: 'shared', at: NOW, action: 'dismiss' }), c({ id: 'only-mine', at: NOW + 5, text: 'Is remote work possible?', field: 'question', action: 'mark' })];
    const theirs = [
      c({ id: 'shared', at: NOW + 10, action: 'mark', level: 'soft' }),
      c({ id: 'only-theirs', at: NOW + 2, text: "I'm a bit worried about the commute.", action: 'category', field: 'worry', category: 'location' }),
      c({ id: 'only-mine', at: NOW + 1, text: 'older copy', field: 'question', action: 'dismiss' }),
    ];
    const db = freshDb();
    await addCorrections(db, mine);
    const settingsBefore = await getSettings(db);
    const result = await importBackupText(db, await backupWith(theirs));
    expect(result.ok && result.summary.corrections).toEqual({ added: 1, updated: 1, skipped: 1 });
    const merged = (await getCorrections(db)).items;
    expect(merged.map((i) => [i.id, i.at, i.action])).toEqual([
      ['only-theirs', NOW + 2, 'category'],
      ['only-mine', NOW + 5, 'mark'],
      ['shared', NOW + 10, 'mark'],
    ]);
    // The preferences row is untouched: corrections never change another setting.
    expect(await getSettings(db)).toEqual(settingsBefore);
    // Importing the other way round gives the same set (the merge is symmetric).
    const other = freshDb();
    await addCorrections(other, theirs);
    await importBackupText(other, await backupWith(mine));
    expect((await getCorrections(other)).items).toEqual(merged);
  });

  it('a merged correction changes the analysis of a similar sentence, and Options reset undoes it', async () => {
    const similar = mail('I will need to talk it over with my family before I can say yes!');
    expect(analyzeMessage(similar).decline.level).not.toBe('none');
    const db = freshDb();
    const cache = new CorrectionsCache(db);
    const before = await cache.current();
    expect(before.index).toBeNull();
    const result = await importBackupText(db, await backupWith([c({ id: 'teammate' })]));
    expect(result.ok).toBe(true);
    const after = await cache.current();
    expect(after.version).toBeGreaterThan(before.version);
    const a = analyzeMessage(similar, { corrections: after.index });
    expect(a.decline.level).toBe('none');
    expect(a.diagnostics?.correctionsApplied).toBeGreaterThan(0);
    // Options → "Reset my corrections": the imported ones go too.
    await resetCorrections(db);
    expect((await getCorrections(db)).items).toEqual([]);
    const reset = await cache.current();
    expect(reset.index).toBeNull();
    expect(analyzeMessage(similar, { corrections: reset.index }).decline.level).not.toBe('none');
  });

  it("an imported teammate's update is seen by the background even when it is not the newest", async () => {
    const db = freshDb();
    await addCorrections(db, [c({ id: 'x', at: NOW }), c({ id: 'newest', at: NOW + 100, text: 'Is the salary negotiable?', field: 'question', action: 'mark' })]);
    const cache = new CorrectionsCache(db);
    const first = await cache.current();
    await importBackupText(db, await backupWith([c({ id: 'x', at: NOW + 50, action: 'mark', level: 'hard' })]));
    const second = await cache.current();
    expect(second.version).toBeGreaterThan(first.version);
    expect(analyzeMessage(mail(sentence), { corrections: second.index }).decline.level).toBe('hard');
  });

  it('a redacted backup carries no corrections (they quote candidates)', async () => {
    const db = freshDb();
    await addCorrections(db, [c({})]);
    const redacted = await exportBackup(db, { redact: true });
    expect(redacted.tables.corrections).toBeUndefined();
    expect(compileCorrections((await getCorrections(db)).items).size).toBe(1);
  });

  it('a version 1 file (before corrections travelled) still imports', async () => {
    const v2 = JSON.parse(await backupWith([c({})])) as Record<string, any>;
    const { corrections: _dropped, ...tables } = v2.tables as Record<string, unknown>;
    const db = freshDb();
    const result = await importBackupText(db, JSON.stringify({ ...v2, version: 1, tables }));
    expect(result.ok).toBe(true);
    expect((await getCorrections(db)).items).toEqual([]);
  });
});

describe('hostile corrections are refused whole, with a named reason, and nothing is written', () => {
  const cases: Array<[string, (file: Record<string, any>) => string, RegExp]> = [
    ['more than 20,000 corrections', (f) => withItems(f, Array.from({ length: 20_001 }, (_, i) => c({ id: `i${i}` }))), /^tables\.corrections\.items: Too big/],
    ['a text longer than 2,000 chars', (f) => withItems(f, [c({ text: 'x'.repeat(2001) })]), /^tables\.corrections\.items\[0\]\.text: Too big/],
    ['an empty id', (f) => withItems(f, [c({ id: '' })]), /^tables\.corrections\.items\[0\]\.id: Too small/],
    ['a number for the text', (f) => withItems(f, [{ ...c({}), text: 42 }]), /^tables\.corrections\.items\[0\]\.text: Invalid input: expected string, received number/],
    ['an unknown action', (f) => withItems(f, [{ ...c({}), action: 'delete-everything' }]), /^tables\.corrections\.items\[0\]\.action: Invalid option/],
    ['an unknown key on a record', (f) => withItems(f, [{ ...c({}), settings: { surveyUrl: 'https://evil.example' } }]), /^tables\.corrections\.items\[0\]: Unrecognized key: "settings"/],
    ['a clock far in the future', (f) => withItems(f, [c({ at: 8.64e15 })]), /^tables\.corrections\.items\[0\]\.at: .*ahead/],
    ['items not an array', (f) => JSON.stringify({ ...f, tables: { ...f.tables, corrections: { version: 1, items: { 0: c({}) } } } }), /^tables\.corrections\.items: Invalid input: expected array/],
    ['a __proto__ key in a correction', (f) => withItems(f, [c({})]).replace('"items":[{', '"items":[{"__proto__":{"polluted":true},'), /^tables\.corrections\.items\[0\]\.__proto__: forbidden key$/],
    ['a constructor key in the corrections', (f) => JSON.stringify({ ...f, tables: { ...f.tables, corrections: { version: 1, items: [], constructor: {} } } }), /^tables\.corrections\.constructor: forbidden key$/],
    ['corrections in a version 1 file', (f) => JSON.stringify({ ...f, version: 1 }), /^tables\.corrections: not in a version 1 file$/],
  ];
  const withItems = (f: Record<string, any>, items: unknown[]) => JSON.stringify({ ...f, tables: { ...f.tables, corrections: { version: 1, items } } });

  for (const [name, tamper, reason] of cases) {
    it(name, async () => {
      const db = freshDb();
      await addCorrections(db, [c({ id: 'mine', text: 'Is remote work possible?', field: 'question', action: 'mark' })]);
      await updateSettings(db, { recruiterName: 'Sato' });
      const before = await dump(db);
      const file = JSON.parse(await backupWith([c({ id: 'theirs' })])) as Record<string, any>;
      const text = tamper(file);
      const planned = await planImport(db, text);
      expect(planned.ok).toBe(false);
      if (!planned.ok) expect(planned.error).toMatch(reason);
      const result = await importBackupText(db, text);
      expect(result.ok).toBe(false);
      expect(await dump(db)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
