// Which of two versions of a row wins a merge. The rule is a total order (edit clock, then the
// canonical JSON text), and a merge keeps the maximum: max is commutative and associative, so
// importing A then B gives exactly what B then A gives, whatever the rows.
import type { RecordTable, RowOf } from './backup-format';

/** Each table's edit clock; 0 where rows carry none (then the content alone decides). */
const EDIT_CLOCK: { [T in RecordTable]: (row: RowOf<T>) => number } = {
  candidates: (r) => r.updatedAt,
  items: (r) => r.updatedAt,
  threads: (r) => r.lastSeenAt,
  messages: (r) => r.seenAt,
  // recordEvent puts a re-recorded id with its new time: the later one is the current one.
  events: (r) => r.at,
  // An interview's `at` is when it takes place, not when it was edited: no clock.
  interviews: () => 0,
  templates: (r) => Date.parse(r.updatedAt) || 0,
};

/** JSON with object keys sorted, so that key order (Dexie vs zod output) never changes the result. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** > 0 when `a` wins over `b`, 0 when they are the same row. */
export function compareVersions<T extends RecordTable>(table: T, a: RowOf<T>, b: RowOf<T>): number {
  const clock = EDIT_CLOCK[table] as (row: RowOf<T>) => number;
  const d = clock(a) - clock(b);
  if (d !== 0) return d;
  const ja = canonicalJson(a);
  const jb = canonicalJson(b);
  return ja > jb ? 1 : ja < jb ? -1 : 0;
}

export type MergeOutcome = 'added' | 'updated' | 'skipped';

/** What importing `incoming` does to a row currently `existing` (undefined = no such row). */
export function mergeOutcome<T extends RecordTable>(table: T, incoming: RowOf<T>, existing: RowOf<T> | undefined): MergeOutcome {
  if (existing === undefined) return 'added';
  return compareVersions(table, incoming, existing) > 0 ? 'updated' : 'skipped';
}

/** One row per id (a file may repeat one): the winner, by the same rule, so order cannot matter. */
export function dedupeById<T extends RecordTable>(table: T, rows: readonly RowOf<T>[]): RowOf<T>[] {
  const byId = new Map<string, RowOf<T>>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (seen === undefined || compareVersions(table, row, seen) > 0) byId.set(row.id, row);
  }
  return [...byId.values()];
}
