// CSV that Excel opens cleanly: UTF-8 with a BOM (Japanese stays readable), CRLF line ends,
// and cells that a spreadsheet would run as a formula are neutralised. papaparse does the quoting.
import Papa from 'papaparse';

export const BOM = '\uFEFF';

/** Cells starting with = + - @ tab or CR are formulas to Excel/Sheets: prefix a quote so they stay text. */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
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
