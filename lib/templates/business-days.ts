// Business-day counting for "send the follow-up by the next business day", on the recruiter's
// calendar (time zone). The default calendar skips weekends and Japanese public holidays
// (Afterfollow is Japan-first: a Golden Week interview should not look overdue on May 6). The UI
// should pass the team's real calendar, e.g. `(d) => isWorkingDay(d, cal)` from lib/schedule; we
// take a predicate instead of importing it so this module stays independent of that settings shape.
import holidayJp from '@holiday-jp/holiday_jp';
import { zonedParts } from './variables';

/** 'YYYY-MM-DD' on the recruiter's calendar → is it a working day? */
export type WorkingDayPredicate = (isoDate: string) => boolean;

const JP_HOLIDAYS: Readonly<Record<string, unknown>> = holidayJp.holidays;

export const defaultIsWorkingDay: WorkingDayPredicate = (isoDate) => {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !Object.hasOwn(JP_HOLIDAYS, isoDate);
};

/** Beyond this the exact count matters to no rule; bounds the loop on far-apart dates. */
const MAX_COUNT = 31;
const DAY_MS = 86_400_000;

/**
 * Working days strictly after `from`'s calendar day, up to and including `to`'s (capped at 31).
 * Interview Friday, now Monday → 1; now Saturday → 0; `to` before `from` → 0.
 */
export function businessDaysBetween(
  from: Date,
  to: Date,
  options: { timeZone?: string; isWorkingDay?: WorkingDayPredicate } = {},
): number {
  const isWorkingDay = options.isWorkingDay ?? defaultIsWorkingDay;
  const a = zonedParts(from, options.timeZone);
  const b = zonedParts(to, options.timeZone);
  const end = Date.UTC(b.year, b.month - 1, b.day);
  let count = 0;
  for (let day = Date.UTC(a.year, a.month - 1, a.day) + DAY_MS; day <= end && count < MAX_COUNT; day += DAY_MS) {
    if (isWorkingDay(new Date(day).toISOString().slice(0, 10))) count++;
  }
  return count;
}
