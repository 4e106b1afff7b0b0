// uPlot behind a small factory, so the panel never depends on canvas: happy-dom (tests) and any
// browser without a 2D context get no chart and keep the table, which carries the same numbers.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

export interface ChartSpec {
  /** Lines for values over months, bars for counts per bucket or per person (at most two bar series). */
  kind: 'line' | 'bars';
  /** One label per x position. */
  labels: string[];
  series: ChartSeries[];
  /** Formats y-axis ticks (percent, minutes…). */
  formatY?: (v: number) => string;
  /** Fixed top of the y axis (1 for rates), so months compare at a glance instead of rescaling. */
  yMax?: number;
}

/** Counts are whole numbers: ticks of 2.5 interviews would read as nonsense. */
const INTEGER_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];

export type ChartHandle = { destroy: () => void };
export type ChartFactory = (el: HTMLElement, spec: ChartSpec) => ChartHandle | null;

const canDraw = (el: HTMLElement) => {
  try {
    return el.ownerDocument.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
};

export const uplotChart: ChartFactory = (el, spec) => {
  if (!canDraw(el) || spec.labels.length === 0) return null;
  const n = spec.labels.length;
  const xs = spec.labels.map((_, i) => i);
  // Bar charts here have one series, or two side by side (left of the tick, right of it).
  const paired = spec.series.length > 1;
  // Axis labels in the page's text colour, so they stay readable in the dark scheme.
  const ink = el.ownerDocument.defaultView?.getComputedStyle(el).color || '#000';
  const grid = { stroke: 'rgba(128, 128, 128, 0.25)', width: 1 };
  const opts: uPlot.Options = {
    width: Math.max(320, el.clientWidth || 640),
    height: 220,
    // Names only: with the cursor off, live values would read "--".
    legend: { show: spec.series.length > 1, live: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, n - 0.5] }, y: spec.yMax === undefined ? {} : { range: [0, spec.yMax] } },
    axes: [
      { stroke: ink, grid, splits: () => xs, values: (_u, splits) => splits.map((i) => spec.labels[i] ?? '') },
      {
        stroke: ink,
        grid,
        values: (_u, splits) => splits.map((v) => (spec.formatY ? spec.formatY(v) : String(v))),
        size: 60,
        incrs: spec.kind === 'bars' ? INTEGER_STEPS : undefined,
      },
    ],
    series: [
      {},
      ...spec.series.map((s, k) => ({
        label: s.label,
        stroke: s.color,
        fill: spec.kind === 'bars' ? s.color : undefined,
        width: spec.kind === 'bars' ? 0 : 2,
        spanGaps: false,
        paths: spec.kind === 'bars' ? uPlot.paths.bars!({ size: [paired ? 0.35 : 0.6, 80], align: paired ? (k === 0 ? -1 : 1) : 0 }) : undefined,
        points: { show: spec.kind === 'line' },
      })),
    ],
  };
  return new uPlot(opts, [xs, ...spec.series.map((s) => s.values)] as uPlot.AlignedData, el);
};
