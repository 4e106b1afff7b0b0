import type { ReactNode } from 'react';

export interface TableData {
  caption: string;
  head: string[];
  /** First cell of each row is its header (a month, a bucket, a person). */
  rows: ReactNode[][];
}

/** The table every chart comes with: screen readers cannot read a canvas, and HR copies numbers from it. */
export function DataTable({ caption, head, rows }: TableData) {
  return (
    <table className="mt-2 w-full border-collapse text-left text-sm">
      <caption className="mb-1 text-left text-xs text-slate-600">{caption}</caption>
      <thead className="bg-slate-100">
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className={'border-b border-slate-300 px-2 py-1 ' + (i > 0 ? 'text-right' : '')}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([first, ...rest], r) => (
          <tr key={r}>
            <th scope="row" className="border-b border-slate-200 px-2 py-1 font-normal">
              {first}
            </th>
            {rest.map((cell, c) => (
              <td key={c} className="border-b border-slate-200 px-2 py-1 text-right tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
