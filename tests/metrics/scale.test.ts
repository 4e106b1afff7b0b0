// @vitest-environment node
// 100,000 items: the metrics must finish, and their work (rows visited, a machine-independent
// count) must grow linearly with the data. No wall-clock thresholds: CI machines vary too much.
import { computeResults, indexRows } from '../../lib/metrics';
import { jst } from './build';
import { generate } from './generate';

function measure(itemCount: number) {
  const index = indexRows(generate(itemCount));
  const results = computeResults(index, { now: jst('2025-03-15T12:00:00'), windowMonths: 12 });
  return { work: index.work.rows, results };
}

describe('metrics at scale', () => {
  it('computes everything over 100,000 items with work linear in the data', () => {
    const small = measure(10_000);
    const big = measure(100_000);
    expect(big.results.questions.reduce((n, c) => n + c.open + c.deferred + c.answered, 0)).toBeGreaterThan(50_000);
    // 13 interviewers and 7 owners (owners are credited with their follow-ups).
    expect(big.results.contribution).toHaveLength(20);
    expect(big.results.latency.onTime).toBeGreaterThan(0);
    // Ten times the rows, ten times the work (a quadratic pass would be 100×).
    const ratio = big.work / small.work;
    expect(ratio).toBeGreaterThan(9);
    expect(ratio).toBeLessThan(11);
    console.info(`metrics work: ${small.work} rows visited for 10,000 items, ${big.work} for 100,000 (×${ratio.toFixed(2)})`);
  });
});
