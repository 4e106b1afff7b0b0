// Working-day calendar in the recruiter's own time zone. Pure: no DOM, no browser APIs.
//
// Dates are ISO 'YYYY-MM-DD' strings for the recruiter's local calendar day: they compare
// lexicographically, serialise as-is, and are the keys @holiday-jp/holiday_jp uses. Instants are
// epoch ms. The only bridge between the two is Intl.DateTimeFormat, so DST is whatever the
// platform's tz database says (no date library needed).
import holidayJp from '@holiday-jp/holiday_jp';
import { z } from 'zod';

export type IsoDate = string;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Enough to cross any realistic closure (a year) without risking an endless loop on a bad calendar. */
const MAX_SCAN_DAYS = 400;

/** The library's holiday object is typed as one literal per day; we only need key lookup. */
const JP_HOLIDAYS: Readonly<Record<string, unknown>> = holidayJp.holidays;

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
/** Full date, or 'MM-DD' for a closure that recurs every year (e.g. a founding-day holiday). */
const closedDate = z.string().regex(/^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

export const workingHoursSchema = z
  .object({ start: hhmm.default('09:00'), end: hhmm.default('18:00') })
  .refine((h) => h.start < h.end, 'working hours must start before they end');
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export const workCalendarSchema = z.object({
  /** IANA zone of the recruiter: every "day" and "18:00" below is wall-clock time there. */
  timeZone: z.string().refine(isValidTimeZone, 'unknown time zone').default('Asia/Tokyo'),
  /** 0 = Sunday … 6 = Saturday (Date#getUTCDay numbering). */
  workingWeekdays: z
    .array(z.number().int().min(0).max(6))
    .min(1)
    .default([1, 2, 3, 4, 5]),
  /** Skip Japanese public holidays (data covers 1970–2050). Off for teams outside Japan. */
  japaneseHolidays: z.boolean().default(true),
  /** Company New Year closure 12/29–1/3, common in Japan but not a public holiday. */
  newYearClosure: z.boolean().default(true),
  extraClosedDates: z.array(closedDate).max(500).default([]),
  workingHours: workingHoursSchema.prefault({}),
});
export type WorkCalendar = z.infer<typeof workCalendarSchema>;
export type WorkCalendarInput = z.input<typeof workCalendarSchema>;
export const DEFAULT_CALENDAR: WorkCalendar = workCalendarSchema.parse({});

// ---------------------------------------------------------------------------------------------
// Plain calendar arithmetic: UTC Date math on the date only, so it never meets a DST transition.

function isoToUtcMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN);
}
function utcMsToIso(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}
export function addDays(date: IsoDate, days: number): IsoDate {
  return utcMsToIso(isoToUtcMs(date) + days * DAY_MS);
}
/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(isoToUtcMs(date)).getUTCDay();
}
export function parseHhmm(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Zone conversion.

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // h23, not hour12:false: some engines print midnight as "24" with the latter.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  date: IsoDate;
  /** Minutes since local midnight (0–1439). */
  minuteOfDay: number;
}

function wallClockAsUtc(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const ms = ((epochMs % 1000) + 1000) % 1000;
  const { year = NaN, month = NaN, day = NaN, hour, minute, second } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** Offset of the zone from UTC at this instant, in ms (Tokyo: +9h; New York in winter: −5h). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return wallClockAsUtc(epochMs, timeZone) - epochMs;
}

export function localParts(epochMs: number, timeZone: string): LocalParts {
  const wall = wallClockAsUtc(epochMs, timeZone);
  const date = utcMsToIso(wall);
  return { date, minuteOfDay: Math.floor((wall - isoToUtcMs(date)) / 60_000) };
}

export function localDateOf(epochMs: number, timeZone: string): IsoDate {
  return localParts(epochMs, timeZone).date;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` + `minuteOfDay` (1440 = next midnight).
 * Like Temporal's 'compatible' disambiguation: a time repeated when clocks go back resolves to the
 * earlier instant; a time skipped when clocks go forward resolves to the same distance after the gap.
 */
export function zonedToEpoch(date: IsoDate, minuteOfDay: number, timeZone: string): number {
  const wall = isoToUtcMs(date) + minuteOfDay * 60_000;
  // Offsets a day either side bracket any transition near this wall time.
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const fits = [wall - before, wall - after].filter((t) => t + zoneOffsetMs(t, timeZone) === wall);
  if (fits.length > 0) return Math.min(...fits);
  return wall - before;
}

// ---------------------------------------------------------------------------------------------
// Working days.

export function isJapaneseHoliday(date: IsoDate): boolean {
  return Object.hasOwn(JP_HOLIDAYS, date);
}

function isNewYearClosure(date: IsoDate): boolean {
  const md = date.slice(5);
  return md >= '12-29' || md <= '01-03';
}

/** Why a day is closed, or null when it is a working day. Lets the UI explain a due date. */
export function closedReason(
  date: IsoDate,
  cal: WorkCalendar,
): 'weekend' | 'japanese_holiday' | 'new_year' | 'company' | null {
  if (!cal.workingWeekdays.includes(weekdayOf(date))) return 'weekend';
  if (cal.japaneseHolidays && isJapaneseHoliday(date)) return 'japanese_holiday';
  if (cal.newYearClosure && isNewYearClosure(date)) return 'new_year';
  if (cal.extraClosedDates.includes(date) || cal.extraClosedDates.includes(date.slice(5))) return 'company';
  return null;
}

export function isWorkingDay(date: IsoDate, cal: WorkCalendar): boolean {
  return closedReason(date, cal) === null;
}

/** First working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, cal: WorkCalendar): IsoDate {
  return workingDayOnOrAfter(addDays(date, 1), cal);
}

export function workingDayOnOrAfter(date: IsoDate, cal: WorkCalendar): IsoDate {
  let d = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++, d = addDays(d, 1)) if (isWorkingDay(d, cal)) return d;
  throw new RangeError(`no working day within ${MAX_SCAN_DAYS} days after ${date}`);
}

export function workingDayOnOrBefore(date: IsoDate, cal: WorkCalendar): IsoDate {
  let d = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++, d = addDays(d, -1)) if (isWorkingDay(d, cal)) return d;
  throw new RangeError(`no working day within ${MAX_SCAN_DAYS} days before ${date}`);
}

export function startOfWorkingDay(date: IsoDate, cal: WorkCalendar): number {
  return zonedToEpoch(date, parseHhmm(cal.workingHours.start), cal.timeZone);
}
export function endOfWorkingDay(date: IsoDate, cal: WorkCalendar): number {
  return zonedToEpoch(date, parseHhmm(cal.workingHours.end), cal.timeZone);
}

/**
 * `from` plus `hours` counted only inside working hours on working days: a message at Friday 17:00
 * with 4 working hours left is answered by Monday 12:00 (09:00–18:00). Time outside working hours
 * does not count, so a message at night starts its clock when the next working day opens.
 */
export function addWorkingHours(from: number, hours: number, cal: WorkCalendar): number {
  let remaining = Math.max(0, hours) * HOUR_MS;
  let day = localDateOf(from, cal.timeZone);
  let cursor = from;
  for (let i = 0; i < MAX_SCAN_DAYS * 2; i++, day = addDays(day, 1)) {
    if (!isWorkingDay(day, cal)) continue;
    const open = startOfWorkingDay(day, cal);
    const close = endOfWorkingDay(day, cal);
    if (cursor < open) cursor = open;
    if (cursor <= close && remaining <= close - cursor) return cursor + remaining;
    if (cursor < close) remaining -= close - cursor;
  }
  throw new RangeError('working hours never run out: calendar has no working time');
}

/** Beyond this the exact count matters to no rule (template suggestions); bounds the loop. */
const MAX_COUNTED_DAYS = 31;

/**
 * Working days strictly after `from`'s calendar day up to and including `to`'s, on the team's
 * calendar (capped at 31). Interview Friday, now Monday → 1; now Saturday → 0; `to` before `from` → 0.
 * The template suggestions and the follow-up clock both count with this, so "the next business day"
 * means the same day everywhere.
 */
export function workingDaysBetween(from: number, to: number, cal: WorkCalendar): number {
  const end = localDateOf(to, cal.timeZone);
  let count = 0;
  for (let d = addDays(localDateOf(from, cal.timeZone), 1); d <= end && count < MAX_COUNTED_DAYS; d = addDays(d, 1)) {
    if (isWorkingDay(d, cal)) count++;
  }
  return count;
}
