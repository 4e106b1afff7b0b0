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

export function toCsv(header: string[], rows: unknown[][]): string {
  const body = Papa.unparse(
    { fields: header.map(neutraliseCell), data: rows.map((r) => r.map(neutraliseCell)) },
    { newline: '\r\n', quotes: true },
  );
  return BOM + body + '\r\n';
}
