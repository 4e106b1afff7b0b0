import fc from 'fast-check';
import Papa from 'papaparse';
import { exportCsv } from '../../lib/db/export-import';
import { BOM, FORMULA_START, neutraliseCell, toCsv } from '../../lib/export/csv';
import { candidateCsvRow, candidatesToCsv, eventsToCsv, ITEM_CSV_HEADER, itemCsvRow, itemsToCsv } from '../../lib/export/csv-tables';
import type { Candidate, Item } from '../../lib/records';
import { freshDb } from '../helpers/db';
import { candidateArb, eventArb, itemArb, tablesArb } from './arbitraries';
import { seed } from './helpers';
import { allItems } from '../../lib/db/item-store';

/** Papa back to cells, after checking and dropping the BOM. */
function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const out = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n', delimiter: ',', skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  return out.data;
}
/** Undo the neutralising quote (only ever added before a formula start, lib/export/csv FORMULA_START). */
const unneutralise = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);
const asCells = (row: unknown[]) => row.map((v) => (v === null || v === undefined ? '' : String(v)));
/** A source cell that itself starts with ' + a formula character cannot be told from a neutralised one. */
const unambiguous = (row: unknown[]) => asCells(row).every((c) => !(c.startsWith("'") && FORMULA_START.test(c.slice(1))));

/** Every line break outside quoted cells is CRLF. */
function lineEndsAreCrlf(csv: string): boolean {
  const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
  return !/[^\r]\n|^\n/.test(outside) && !/\r(?!\n)/.test(outside);
}

describe('CSV export', () => {
  it('items: BOM, CRLF, every cell back as written (quotes, newlines, Japanese, emoji, formulas)', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 15 }), fc.array(candidateArb, { maxLength: 5 }), (items, cands) => {
        const byId = new Map(cands.map((c) => [c.id, c]));
        const csv = itemsToCsv(items, byId);
        expect(lineEndsAreCrlf(csv)).toBe(true);
        const [header, ...rows] = parse(csv);
        expect(header).toEqual(ITEM_CSV_HEADER);
        const source = items.map((i) => itemCsvRow(i, byId.get(i.candidateId)));
        // Lossless with respect to what was written, neutralisation included …
        expect(rows).toEqual(source.map((r) => r.map(neutraliseCell)));
        // … and equal to the source once the neutralising quote is removed.
        source.forEach((r, k) => {
          if (unambiguous(r)) expect(rows[k]!.map(unneutralise)).toEqual(asCells(r));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('candidates and events parse back to their rows', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 5 }), fc.array(eventArb, { maxLength: 8 }), (cands, events) => {
        const [, ...c] = parse(candidatesToCsv(cands));
        const source = cands.map(candidateCsvRow);
        expect(c).toEqual(source.map((r) => r.map(neutraliseCell)));
        source.forEach((r, k) => {
          if (unambiguous(r)) expect(c[k]!.map(unneutralise)).toEqual(asCells(r));
        });
        const [eh, ...e] = parse(eventsToCsv(events, new Map(cands.map((x) => [x.id, x]))));
        expect(eh).toEqual(['event_id', 'candidate_id', 'candidate_name', 'thread_id', 'kind', 'at', 'detail']);
        expect(e.map((r) => JSON.parse(r[6]!))).toEqual(events.map((x) => x.detail));
      }),
      { numRuns: 100 },
    );
  });

  it('neutralises = + - @ tab and CR at the start of a cell, and only there', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+81 3 1234', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b', '1-2', 'メール@例'];
    const csv = toCsv(['c'], cells.map((c) => [c]));
    const [, ...rows] = parse(csv);
    expect(rows.map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+81 3 1234", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'a=b', '1-2', 'メール@例']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes dates in ISO 8601 and Japanese text verbatim', () => {
    const c: Candidate = {
      id: 'cand:taro@leak.example',
      name: '山田 太郎',
      email: 'taro@leak.example',
      position: 'バックエンドエンジニア',
      stage: 'interview_1',
      owner: '鈴木',
      nextInterviewAt: Date.UTC(2026, 11, 1, 5),
      lastCandidateContactAt: null,
      lastRecruiterContactAt: null,
      createdAt: 0,
      updatedAt: Date.UTC(2026, 10, 20),
    };
    const [, row] = parse(candidatesToCsv([c]));
    expect(row).toEqual(['cand:taro@leak.example', '山田 太郎', 'taro@leak.example', 'バックエンドエンジニア', 'interview_1', '鈴木', '2026-12-01T05:00:00.000Z', '', '', '1970-01-01T00:00:00.000Z', '2026-11-20T00:00:00.000Z']);
  });

  it('exportCsv reads a whole table from the database, page by page', async () => {
    const [tables] = fc.sample(tablesArb.filter((t) => t.items.length > 2), { numRuns: 1, seed: 3 });
    const db = freshDb();
    await seed(db, tables!);
    const progress: number[] = [];
    const csv = await exportCsv(db, 'items', { onProgress: (p) => progress.push(p.done) });
    const [, ...rows] = parse(csv);
    const stored: Item[] = await allItems(db);
    expect(rows.map((r) => r[0])).toEqual(stored.map((i) => neutraliseCell(i.id)));
    expect(progress.at(-1)).toBe(stored.length);
    expect(parse(await exportCsv(db, 'candidates'))).toHaveLength(1 + (await db.candidates.count()));
    expect(parse(await exportCsv(db, 'events'))).toHaveLength(1 + (await db.events.count()));
  });
});
