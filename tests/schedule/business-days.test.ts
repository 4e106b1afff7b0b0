// @vitest-environment node
import {
  addWorkingHours,
  closedReason,
  DEFAULT_CALENDAR,
  localParts,
  nextWorkingDay,
  workingDaysBetween,
  workCalendarSchema,
  zonedToEpoch,
  type WorkCalendarInput,
} from '../../lib/schedule/business-days';

// Expected instants are written with explicit offsets, independent of the code under test.
const T = (iso: string) => Date.parse(iso);
const cal = (over: WorkCalendarInput = {}) => workCalendarSchema.parse(over);
const NY = cal({ timeZone: 'America/New_York', japaneseHolidays: false, newYearClosure: false });
const LONDON = cal({ timeZone: 'Europe/London', japaneseHolidays: false, newYearClosure: false });

describe('zone conversion', () => {
  it.each([
    ['Tokyo', 'Asia/Tokyo', '2026-11-27', 9 * 60, '2026-11-27T09:00:00+09:00'],
    ['NY before spring DST', 'America/New_York', '2026-03-06', 18 * 60, '2026-03-06T18:00:00-05:00'],
    ['NY after spring DST', 'America/New_York', '2026-03-09', 18 * 60, '2026-03-09T18:00:00-04:00'],
    ['NY skipped 02:30 moves past the gap', 'America/New_York', '2026-03-08', 150, '2026-03-08T03:30:00-04:00'],
    ['NY repeated 01:30 takes the earlier one', 'America/New_York', '2026-11-01', 90, '2026-11-01T01:30:00-04:00'],
    ['NY after autumn DST', 'America/New_York', '2026-11-02', 18 * 60, '2026-11-02T18:00:00-05:00'],
    ['London BST', 'Europe/London', '2026-03-30', 18 * 60, '2026-03-30T18:00:00+01:00'],
    ['London skipped 01:30', 'Europe/London', '2026-03-29', 90, '2026-03-29T02:30:00+01:00'],
    ['midnight as 24:00', 'Asia/Tokyo', '2026-12-31', 1440, '2027-01-01T00:00:00+09:00'],
  ])('%s', (_name, tz, date, minute, expected) => {
    expect(zonedToEpoch(date, minute, tz)).toBe(T(expected));
  });

  it.each([
    ['2026-11-26T23:00:00Z', 'Asia/Tokyo', '2026-11-27', 8 * 60],
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08', 60 + 59],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08', 3 * 60],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', 90],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', 90],
    ['2026-10-25T00:30:00Z', 'Europe/London', '2026-10-25', 90],
    ['2026-10-25T01:30:00Z', 'Europe/London', '2026-10-25', 90],
    ['2026-01-01T00:00:00Z', 'Asia/Tokyo', '2026-01-01', 9 * 60],
  ])('localParts(%s, %s)', (iso, tz, date, minute) => {
    expect(localParts(T(iso), tz)).toEqual({ date, minuteOfDay: minute });
  });
});

describe('working days', () => {
  it.each([
    ['2026-11-28', DEFAULT_CALENDAR, 'weekend'],
    ['2026-11-23', DEFAULT_CALENDAR, 'japanese_holiday'],
    ['2026-09-22', DEFAULT_CALENDAR, 'japanese_holiday'], // citizen's holiday between two holidays
    ['2026-12-29', DEFAULT_CALENDAR, 'new_year'],
    ['2027-01-04', DEFAULT_CALENDAR, null],
    ['2026-12-29', cal({ newYearClosure: false }), null],
    ['2026-11-23', cal({ japaneseHolidays: false }), null],
    ['2026-08-13', cal({ extraClosedDates: ['08-13'] }), 'company'],
    ['2026-08-14', cal({ extraClosedDates: ['2026-08-14'] }), 'company'],
    ['2027-08-14', cal({ extraClosedDates: ['2026-08-14'] }), 'weekend'],
    ['2026-11-29', cal({ workingWeekdays: [0, 1, 2, 3, 4] }), null], // Sunday in a Sun–Thu week
  ] as const)('%s → %s', (date, calendar, reason) => {
    expect(closedReason(date, calendar)).toBe(reason);
  });

  it.each([
    ['2026-11-27', '2026-11-30'],
    ['2026-12-28', '2027-01-04'],
    ['2027-04-28', '2027-04-30'],
    ['2027-04-30', '2027-05-06'],
    ['2026-09-18', '2026-09-24'],
  ])('nextWorkingDay(%s) = %s', (date, next) => {
    expect(nextWorkingDay(date, DEFAULT_CALENDAR)).toBe(next);
  });

  it('rejects a calendar with no working weekday or an unknown zone', () => {
    expect(workCalendarSchema.safeParse({ workingWeekdays: [] }).success).toBe(false);
    expect(workCalendarSchema.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(workCalendarSchema.safeParse({ workingHours: { start: '18:00', end: '09:00' } }).success).toBe(false);
  });

  it('throws instead of looping when nothing is ever open', () => {
    // Bypasses the schema on purpose: stored settings from an older version might be this broken.
    expect(() => nextWorkingDay('2026-01-01', { ...DEFAULT_CALENDAR, workingWeekdays: [] })).toThrow(RangeError);
    const noHours = { ...DEFAULT_CALENDAR, workingHours: { start: '09:00', end: '09:00' } };
    expect(() => addWorkingHours(T('2026-01-05T00:00:00Z'), 1, noHours)).toThrow(RangeError);
  });
});

describe('addWorkingHours (default 09:00–18:00)', () => {
  it.each([
    ['inside one day', DEFAULT_CALENDAR, '2026-11-30T10:00:00+09:00', 4, '2026-11-30T14:00:00+09:00'],
    ['crossing a night', DEFAULT_CALENDAR, '2026-11-30T16:00:00+09:00', 4, '2026-12-01T11:00:00+09:00'],
    ['crossing a weekend', DEFAULT_CALENDAR, '2026-11-27T17:00:00+09:00', 4, '2026-11-30T12:00:00+09:00'],
    ['sent on Saturday', DEFAULT_CALENDAR, '2026-11-28T10:00:00+09:00', 4, '2026-11-30T13:00:00+09:00'],
    ['sent late at night', DEFAULT_CALENDAR, '2026-11-30T20:00:00+09:00', 4, '2026-12-01T13:00:00+09:00'],
    ['sent early morning', DEFAULT_CALENDAR, '2026-11-30T07:00:00+09:00', 4, '2026-11-30T13:00:00+09:00'],
    ['weekend + Monday holiday', DEFAULT_CALENDAR, '2026-11-20T17:00:00+09:00', 4, '2026-11-24T12:00:00+09:00'],
    ['ends exactly at closing', DEFAULT_CALENDAR, '2026-11-30T10:00:00+09:00', 8, '2026-11-30T18:00:00+09:00'],
    ['more than a day', DEFAULT_CALENDAR, '2026-11-30T10:00:00+09:00', 12, '2026-12-01T13:00:00+09:00'],
    ['NY across spring DST weekend', NY, '2026-03-06T16:00:00-05:00', 4, '2026-03-09T11:00:00-04:00'],
    ['NY across autumn DST weekend', NY, '2026-10-30T16:00:00-04:00', 4, '2026-11-02T11:00:00-05:00'],
    ['London across BST start', LONDON, '2026-03-27T17:00:00Z', 4, '2026-03-30T12:00:00+01:00'],
  ])('%s', (_name, calendar, from, hours, expected) => {
    expect(addWorkingHours(T(from), hours, calendar)).toBe(T(expected));
  });
});

describe('workingDaysBetween (the one business-day count of suggestions and the clock)', () => {
  it.each([
    ['Friday → Monday', DEFAULT_CALENDAR, '2026-11-27T15:00:00+09:00', '2026-11-30T10:00:00+09:00', 1],
    ['Friday → Saturday', DEFAULT_CALENDAR, '2026-11-27T15:00:00+09:00', '2026-11-28T10:00:00+09:00', 0],
    ['over the Labour Thanksgiving holiday', DEFAULT_CALENDAR, '2026-11-20T15:00:00+09:00', '2026-11-25T10:00:00+09:00', 2],
    ['the same gap without Japanese holidays', NY, '2026-11-20T15:00:00-05:00', '2026-11-25T10:00:00-05:00', 3],
    ['the day is the zone’s: 23:30 Friday in New York is Saturday in Tokyo', NY, '2026-11-27T23:30:00-05:00', '2026-11-30T10:00:00-05:00', 1],
    ['backwards', DEFAULT_CALENDAR, '2026-11-30T10:00:00+09:00', '2026-11-27T10:00:00+09:00', 0],
    ['a company closure counts as closed', cal({ extraClosedDates: ['11-30'] }), '2026-11-27T15:00:00+09:00', '2026-11-30T10:00:00+09:00', 0],
  ])('%s', (_name, calendar, from, to, expected) => {
    expect(workingDaysBetween(T(from), T(to), calendar)).toBe(expected);
  });
});
