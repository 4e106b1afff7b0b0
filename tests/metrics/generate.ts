// Synthetic data at scale for the linearity test and the browser benchmark.
import { ANXIETY_CATEGORIES } from '../../lib/analysis/types';
import type { Category, ItemStatus, Stage } from '../../lib/domain';
import type { MetricsRows } from '../../lib/metrics';
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

