// Bounds for every date Afterfollow stores or passes between its parts, in one place. JavaScript
// dates stop at ±8.64e15 ms: beyond that CSV export and date formatting throw, and an edit clock of
// 2^53−1 would win every later merge. Pure; the upper bounds move with the clock, read at parse time.
import { z } from 'zod';

const DAY = 86_400_000;
/** Nothing Afterfollow logs predates 2000-01-01 (mail dates before it are read as "no date"). */
export const MIN_DATE_MS = Date.UTC(2000, 0, 1);
/** Event times (mails, interviews, contacts) may lie up to five years ahead: an interview planned far out. */
export const EVENT_HORIZON_MS = 5 * 366 * DAY;
/** Edit clocks (updatedAt, seenAt, …) are "now" when written: a day ahead covers clock skew between machines. */
export const EDIT_CLOCK_SLACK_MS = DAY;
/** Due times are computed from event times: a follow-up after the latest interview lands a little later. */
const DUE_HORIZON_MS = EVENT_HORIZON_MS + 60 * DAY;

export const isEventTime = (ms: number, now = Date.now()) => Number.isSafeInteger(ms) && ms >= MIN_DATE_MS && ms <= now + EVENT_HORIZON_MS;
export const isEditClock = (ms: number, now = Date.now()) => Number.isSafeInteger(ms) && ms >= MIN_DATE_MS && ms <= now + EDIT_CLOCK_SLACK_MS;

const bounded = (horizon: number, what: string) =>
  z
    .number()
    .int()
    .min(MIN_DATE_MS, 'before 2000-01-01')
    .refine((ms) => ms <= Date.now() + horizon, `${what} ahead`);

/** When something happened or will happen: 2000-01-01 to five years ahead. */
export const eventTimeSchema = bounded(EVENT_HORIZON_MS, 'more than five years');
/** When a row was last written: 2000-01-01 to a day ahead. */
export const editClockSchema = bounded(EDIT_CLOCK_SLACK_MS, 'more than a day');
/** A computed due time: like an event time, with a little room for the working days added to it. */
export const dueTimeSchema = bounded(DUE_HORIZON_MS, 'more than five years');

/** An ISO 8601 timestamp used as an edit clock (template updatedAt). */
export const isoEditClockSchema = z.iso
  .datetime({ offset: true })
  .refine((iso) => isEditClock(Date.parse(iso)), 'outside 2000-01-01 to a day ahead');
