// Which chrome.alarms should exist, derived from due items alone. The background replaces its
// 'due:*' alarms with this plan whenever data changes or the service worker wakes up; because the
// names come from the items (not from a counter or the clock), re-planning never duplicates an alarm,
// and alarms.create with an existing name simply moves it.
import { z } from 'zod';
import { addDays, isValidTimeZone, localDateOf, localParts, parseHhmm, zonedToEpoch } from './business-days';
import { compareText, dueItemKey, dueKindSchema, type DueItem, type DueKind } from './due';

export const ALARM_PREFIX = 'due:';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const alarmOptionsSchema = z.object({
  /** Null = notify at any hour. start > end spans midnight (21:00–08:00). */
  quietHours: z.object({ start: hhmm, end: hhmm }).nullable().default({ start: '21:00', end: '08:00' }),
  /** Alarm name → epoch ms until which that reminder is snoozed. */
  snoozedUntil: z.record(z.string(), z.number().int().nonnegative()).default({}),
  /** Zone the quiet hours are read in: the recruiter's, as in the work calendar. */
  timeZone: z.string().refine(isValidTimeZone, 'unknown time zone').default('Asia/Tokyo'),
});
export type AlarmOptions = z.infer<typeof alarmOptionsSchema>;
export type AlarmOptionsInput = z.input<typeof alarmOptionsSchema>;

export interface PlannedAlarm {
  name: string;
  when: number;
}

export const alarmName = (item: Pick<DueItem, 'kind' | 'refId'>) => ALARM_PREFIX + dueItemKey(item);

/** Inverse of alarmName, for the alarm/notification click handler. Null for alarms that are not ours. */
export function parseAlarmName(name: string): { kind: DueKind; refId: string } | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  const rest = name.slice(ALARM_PREFIX.length);
  const colon = rest.indexOf(':');
  const kind = dueKindSchema.safeParse(rest.slice(0, colon));
  const refId = rest.slice(colon + 1);
  return colon > 0 && kind.success && refId ? { kind: kind.data, refId } : null;
}

/** `when`, or the end of the quiet period if `when` falls inside it. */
export function outsideQuietHours(when: number, quiet: AlarmOptions['quietHours'], timeZone: string): number {
  if (!quiet || quiet.start === quiet.end) return when;
  const start = parseHhmm(quiet.start);
  const end = parseHhmm(quiet.end);
  const { date, minuteOfDay } = localParts(when, timeZone);
  const quietNow = start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
  if (!quietNow) return when;
  // Evening part of an overnight period ends tomorrow morning; the morning part ends today.
  const endToday = zonedToEpoch(date, end, timeZone);
  return endToday > when ? endToday : zonedToEpoch(addDays(date, 1), end, timeZone);
}

/**
 * One alarm per pending item, at its due time (or its snooze end), moved out of quiet hours. Items
 * already done, and items whose time has passed, get none: the badge shows those, and firing them
 * again on every service-worker restart would repeat old notifications. Sorted by time, then name.
 */
export function planAlarms(dueItems: readonly DueItem[], options: AlarmOptionsInput, now: number): PlannedAlarm[] {
  const opts = alarmOptionsSchema.parse(options);
  const byName = new Map<string, number>();
  for (const item of dueItems) {
    if (item.done) continue;
    const name = alarmName(item);
    const snoozed = opts.snoozedUntil[name];
    const base = snoozed !== undefined && snoozed > item.dueAt ? snoozed : item.dueAt;
    const when = outsideQuietHours(base, opts.quietHours, opts.timeZone);
    if (when <= now) continue;
    // The same item listed twice (e.g. two loads merged) keeps its earliest time.
    const seen = byName.get(name);
    if (seen === undefined || when < seen) byName.set(name, when);
  }
  return [...byName]
    .map(([name, when]) => ({ name, when }))
    .sort((a, b) => a.when - b.when || compareText(a.name, b.name));
}

/** For the badge: pending items past their due time. Snoozing does not hide an overdue item here. */
export function overdueCount(dueItems: readonly DueItem[], now: number, kinds?: readonly DueKind[]): number {
  return dueItems.filter((d) => !d.done && d.dueAt < now && (!kinds || kinds.includes(d.kind))).length;
}

/** Follow-ups not done and due by the end of today in `timeZone` (overdue ones included): the rail's count. */
export function dueTodayCount(dueItems: readonly DueItem[], now: number, timeZone: string): number {
  const today = localDateOf(now, timeZone);
  return dueItems.filter((d) => !d.done && localDateOf(d.dueAt, timeZone) <= today).length;
}
