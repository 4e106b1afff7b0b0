import fc from 'fast-check';
import { exportBackup, importBackup, importBackupText } from '../../lib/db/export-import';
import { serializeBackup } from '../../lib/export/backup-format';
import { exceedsDepth, parseBackup, utf8Length } from '../../lib/export/parse-backup';
import { freshDb } from '../helpers/db';
import { tablesArb } from './arbitraries';
import { dump, seed } from './helpers';

const [sample] = fc.sample(tablesArb.filter((t) => t.items.length >= 2 && t.candidates.length >= 1), { numRuns: 1, seed: 11 });

/** A database with rows in it, and a valid backup text of a different one to tamper with. */
async function setup() {
  const db = freshDb();
  await seed(db, sample!);
  const other = freshDb();
  await seed(other, { ...sample!, items: sample!.items.map((i) => ({ ...i, updatedAt: i.updatedAt + 1 })) });
  const valid = JSON.parse(serializeBackup(await exportBackup(other))) as Record<string, any>;
  return { db, valid, before: await dump(db) };
}

describe('hostile or malformed imports are refused and nothing is written', () => {
  const cases: [string, (valid: Record<string, any>) => string, RegExp][] = [
    ['wrong version', (v) => JSON.stringify({ ...v, version: 3 }), /^version: unsupported version 3/],
    ['wrong format', (v) => JSON.stringify({ ...v, format: 'something-else' }), /^format: expected "afterfollow-backup"/],
    ['not JSON', () => '{"format": "afterfollow-backup",', /^not valid JSON/],
    ['a JSON array', () => '[]', /^not an Afterfollow backup/],
    ['25 MB', () => `{"format":"afterfollow-backup","pad":"${'x'.repeat(25 * 1024 * 1024)}"}`, /^file too large: 25 MB, the limit is 20 MB/],
    ['10,000-deep nesting', () => '['.repeat(10_000) + ']'.repeat(10_000), /^nested more than 32 levels deep/],
    [
      'deep nesting inside a record',
      (v) => JSON.stringify(v).replace('"detail":{', `"detail":{"x":${'{"a":'.repeat(100)}1${'}'.repeat(100)},`),
      /^nested more than/,
    ],
    [
      '__proto__ key in an item',
      (v) => JSON.stringify(v).replace('"items":[{', '"items":[{"__proto__":{"polluted":true},'),
      /^tables\.items\[0\]\.__proto__: forbidden key$/,
    ],
    ['constructor key at the top', (v) => JSON.stringify({ constructor: { prototype: {} }, ...v }), /^constructor: forbidden key$/],
    [
      'escaped __proto__ key',
      (v) => JSON.stringify(v).replace('"tables":{', '"tables":{"\\u005f_proto__":{},'),
      /^tables\.__proto__: forbidden key$/,
    ],
    [
      'bad field',
      (v) => {
        v.tables.items[1].status = 'archived';
        return JSON.stringify(v);
      },
      /^tables\.items\[1\]\.status: Invalid option/,
    ],
    [
      'missing field',
      (v) => {
        delete v.tables.candidates[0].email;
        return JSON.stringify(v);
      },
      /^tables\.candidates\[0\]\.email: Required$/,
    ],
    ['a redacted file', (v) => JSON.stringify({ ...v, redacted: true }), /^redacted: /],
    ['unknown table', (v) => JSON.stringify({ ...v, tables: { ...v.tables, diagnostics: [] } }), /^tables: Unrecognized key: "diagnostics"/],
  ];

  it.each(cases)('%s', async (_name, make, message) => {
    const { db, valid, before } = await setup();
    const result = await importBackupText(db, make(valid));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await dump(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an error during the merge rolls the whole import back', async () => {
    const { db, valid, before } = await setup();
    const parsed = parseBackup(JSON.stringify(valid));
    if (!parsed.ok) throw new Error(parsed.error);
    // Thrown after the last page was written (the items differ, so rows were put) but before commit.
    const failing = (p: { done: number; total: number }) => {
      if (p.done === p.total) throw new Error('disk full');
    };
    await expect(importBackup(db, parsed.backup, { onProgress: failing })).rejects.toThrow('disk full');
    expect(await dump(db)).toEqual(before);
  });

  it('a valid file of the same database is accepted (the cases above fail for their own reason)', async () => {
    const { db, valid } = await setup();
    const result = await importBackupText(db, JSON.stringify(valid));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.summary.items.updated).toBe(sample!.items.length);
  });

  it('sizes and depth are measured without building objects', () => {
    expect(utf8Length('aé山😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('aé山😀')).toBe(new TextEncoder().encode('aé山😀').length);
    expect(exceedsDepth('{"a":"[[[[[[[[[["}', 3)).toBe(false);
    expect(exceedsDepth('{"a":"\\"[[[[","b":[[[]]]}', 3)).toBe(true);
    expect(exceedsDepth('{"a":"\\"[[[[","b":[[]]}', 3)).toBe(false);
    // The limit can be raised for a large team's file.
    expect(parseBackup('x'.repeat(100), { maxBytes: 10 }).ok).toBe(false);
  });
});
