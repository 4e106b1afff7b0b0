// Open versus answered questions and anxieties per category: where candidates' doubts pile up.
import { ANXIETY_CATEGORIES } from '../analysis/types';
import type { Category } from '../domain';
import { candidateMatcher, inPeriod, type MetricsIndex } from './scope';
import type { MetricsFilter } from './types';

export interface CategoryCounts {
  category: Category;
  /** Not answered yet and not promised for an interview. */
  open: number;
  /** Promised for the next interview: what the field interviewer must answer. */
  deferred: number;
  /** Answered in a mail or at an interview. */
  answered: number;
}

/** Items dated in the period, dismissed false detections left out. One pass over the items. */
export function questionsByCategory(index: MetricsIndex, f: MetricsFilter): CategoryCounts[] {
  const matches = candidateMatcher(index, f);
  const rows = new Map<Category, CategoryCounts>(ANXIETY_CATEGORIES.map((category) => [category, { category, open: 0, deferred: 0, answered: 0 }]));
  for (const item of index.items) {
    index.work.rows++;
    if (item.status === 'dismissed' || !inPeriod(item.at, f) || !matches(item.candidateId)) continue;
    const row = rows.get(item.category);
    if (!row) continue;
    if (item.status === 'open') row.open++;
    else if (item.status === 'deferred') row.deferred++;
    else row.answered++;
  }
  return [...rows.values()];
}
