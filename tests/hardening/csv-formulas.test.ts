// @vitest-environment node
// Issue 15 point 7: every variant of a formula start is neutralised, not only = + - @ in first place.
import Papa from 'papaparse';
import { BOM, neutraliseCell, toCsv } from '../../lib/export/csv';

const VARIANTS: [string, string][] = [
  ['leading space', ' =1+1'],
  ['two leading spaces', '  +cmd'],
  ['leading tab', '\t=1+1'],
  ['leading CR', '\r=1+1'],
  ['leading LF', '\n=1+1'],
  ['leading CRLF', '\r\n@SUM(A1)'],
  ['BOM first', '\uFEFF=1+1'],
  ['NBSP first', '\u00A0=1+1'],
  ['ideographic space first', '\u3000=1+1'],
  ['zero-width space first', '\u200B=1+1'],
  ['zero-width joiner first', '\u200D-1+1'],
  ['word joiner first', '\u2060@A1'],
  ['full-width equals', '＝HYPERLINK("http://x")'],
  ['full-width plus', '＋81'],
  ['full-width minus', '－1+1'],
  ['full-width at', '＠SUM(A1)'],
  ['small equals', '\uFE66cmd'],
  ['LF alone', '\nplain'],
];

describe('CSV formula neutralisation', () => {
  it.each(VARIANTS)('%s is neutralised with a leading quote', (_name, cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
    const csv = toCsv(['c'], [[cell]]);
    const [, row] = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n' }).data;
    expect(row![0]).toBe(`'${cell}`);
  });

  it.each(['a=b', '1-2', 'メール@例', ' plain', '\u3000こんにちは', '\u200Bword', 'ＡＢＣ'])('leaves %j as it is', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});
