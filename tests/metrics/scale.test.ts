// @vitest-environment node
// 100,000 items: the metrics must finish, and their work (rows visited, a machine-independent
// count) must grow linearly with the data. No wall-clock thresholds: CI machines vary too much.
import type { Category, ItemStatus, Stage } from '../../lib/domain';
import { computeResults, indexRows, type MetricsRows } from '../../lib/metrics';
import { ANXIETY_CATEGORIES } from '../../lib/analysis/types';
import { cand, ev, item, iv, jst, msg, stage } from './build';

const STATUSES: ItemStatus[] = ['open', 'answered_now', 'deferred', 'answered_at_interview', 'dismissed'];
const FINAL: Stage[] = ['accepted', 'declined', 'withdrawn', 'offer', 'interview_2'];
const DAY = 86_400_000;

/** Ten items per candidate, two interviews, six events and two mails each, spread over a year. */
export function generate(itemCount: number): MetricsRows {
  const start = jst('2024-04-01T10:00:00');
  const r: { [K in keyof MetricsRows]: MetricsRows[K][number][] } = { candidates: [], items: [], events: [], interviews: [], messages: [] };
  for (let c = 0; c < itemCount / 10; c++) {
    const id = `c${c}`;
    const at = start + (c % 340) * DAY;
    r.candidates.push(cand(id, { owner: `Owner ${c % 7}`, position: `P${c % 5}`, stage: FINAL[c % FINAL.length]! }));
    r.interviews.push(iv(`${id}:1`, id, at, [`Int ${c % 13}`]), iv(`${id}:2`, id, at + 7 * DAY, [`Int ${(c + 1) % 13}`]));
    r.events.push(
      ev(id, 'follow_up_sent', at + DAY),
      ev(id, 'follow_up_done', at + 9 * DAY),
      ev(id, 'status_changed', at + 8 * DAY, { to: 'answered_at_interview', itemId: `${id}:0` }),
      ev(id, 'call_proposed', at + 3 * DAY, { latencyMs: (c % 50) * 3_600_000 }),
      stage(id, 'offer', at + 10 * DAY),
      stage(id, FINAL[c % FINAL.length]!, at + 14 * DAY, 'offer'),
    );
    r.messages.push(msg(id, at + 2 * DAY, c % 3 === 0 ? 'soft' : 'none'), msg(id, at + 4 * DAY));
    for (let k = 0; k < 10; k++) r.items.push(item(id, ANXIETY_CATEGORIES[(c + k) % ANXIETY_CATEGORIES.length] as Category, STATUSES[k % STATUSES.length]!, at + k * 3_600_000));
  }
  return r;
}

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
