// CSV that Excel opens cleanly: UTF-8 with a BOM (Japanese stays readable), CRLF line ends,
// and cells that a spreadsheet would run as a formula are neutralised. papaparse does the quoting.
import Papa from 'papaparse';

export const BOM = '\uFEFF';

/**
 * A cell Excel, Sheets or LibreOffice may run as a formula: it starts with = + - @ (or their
 * full-width and small forms, which IMEs type and some spreadsheets normalise), possibly after
 * characters a spreadsheet skips or trims (spaces, NBSP, U+3000, a BOM, zero-width characters); or
 * it starts with a tab, CR or LF at all.
 */
export const FORMULA_START = /^(?:[\t\r\n]|[\s\u00A0\u3000\uFEFF\u180E\u200B-\u200F\u2060-\u2064]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212])/;

/** Formula-like cells get a leading quote so they stay text (and the quote shows what happened). */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const UNPARSE = { newline: '\r\n', quotes: true } as const;

/** The BOM and the header line: the start of a file built in chunks. */
export function csvHead(header: string[]): string {
  return BOM + Papa.unparse([header.map(neutraliseCell)], UNPARSE) + '\r\n';
}

/** Data lines only, each ending in CRLF, so chunks concatenate after csvHead into one file. */
export function csvRows(rows: unknown[][]): string {
  return rows.length === 0 ? '' : Papa.unparse(rows.map((r) => r.map(neutraliseCell)), UNPARSE) + '\r\n';
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return csvHead(header) + csvRows(rows);
}
