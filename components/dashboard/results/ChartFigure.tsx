import { useEffect, useRef, type ReactNode } from 'react';
import type { ChartFactory, ChartSpec } from './chart';
import { DataTable, type TableData } from './DataTable';

export interface ChartFigureProps {
  id: string;
  title: string;
  /** One line of key figures above the chart (on-time share, median…). */
  summary?: ReactNode;
  spec: ChartSpec;
  table: TableData;
  chart: ChartFactory;
}

/**
 * A section with a chart and its table below. The canvas is hidden from assistive technology: the
 * table holds the same numbers. The chart is rebuilt when its data changes and destroyed on unmount.
 */
export function ChartFigure({ id, title, summary, spec, table, chart }: ChartFigureProps) {
  const el = useRef<HTMLDivElement>(null);
  // The spec is a new object every render; its content decides whether the chart must be redrawn.
  const key = JSON.stringify({ k: spec.kind, l: spec.labels, s: spec.series });
  useEffect(() => {
    if (!el.current) return;
    const handle = chart(el.current, spec);
    return () => handle?.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redrawn when the spec's content (key) changes, not its identity
  }, [key, chart]);
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-1 text-lg font-semibold">
        {title}
      </h2>
      {summary && <p className="mb-2 text-sm text-slate-700">{summary}</p>}
      <div ref={el} aria-hidden="true" />
      <DataTable {...table} />
    </section>
  );
}
