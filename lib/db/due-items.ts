// Builds the follow-up clock's input from stored rows and computes what is due.
import { CLOSED_STAGES } from '../domain';
import { computeDueItems, DEFAULT_SCHEDULE_SETTINGS, scheduleSettingsSchema, toScheduleEvent, type DueItem, type ScheduleSettings } from '../schedule/due';
import { alarmOptionsSchema, type AlarmOptions } from '../schedule/alarm-plan';
import type { Candidate, EventRecord, Interview, MessageRecord } from '../records';
import type { AfterfollowDb } from './database';

const SCHEDULE_KEY = 'schedule';
const ALARM_KEY = 'alarms';

/** Until the recruiter picks one, days and hours are counted in this browser's own zone. */
const runtimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tokyo';

export async function getScheduleSettings(db: AfterfollowDb): Promise<ScheduleSettings> {
  const stored = (await db.settings.get(SCHEDULE_KEY))?.value as { calendar?: object } | undefined;
  const parsed = scheduleSettingsSchema.safeParse(stored ?? { calendar: { timeZone: runtimeZone() } });
  return parsed.success ? parsed.data : DEFAULT_SCHEDULE_SETTINGS;
}

export async function setScheduleSettings(db: AfterfollowDb, value: ScheduleSettings): Promise<ScheduleSettings> {
  const parsed = scheduleSettingsSchema.parse(value);
  await db.settings.put({ key: SCHEDULE_KEY, value: parsed });
  return parsed;
}

export async function getAlarmOptions(db: AfterfollowDb): Promise<AlarmOptions> {
  const stored = (await db.settings.get(ALARM_KEY))?.value;
  const parsed = alarmOptionsSchema.safeParse(stored ?? { timeZone: runtimeZone() });
  return parsed.success ? parsed.data : alarmOptionsSchema.parse({});
}

/** Quiet hours (null = notify at any hour), kept with the snoozes in the alarm options. */
export async function setQuietHours(db: AfterfollowDb, quietHours: AlarmOptions['quietHours'], timeZone: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const opts = await getAlarmOptions(db);
    await db.settings.put({ key: ALARM_KEY, value: alarmOptionsSchema.parse({ ...opts, quietHours, timeZone }) });
  });
}

export async function snooze(db: AfterfollowDb, alarmName: string, until: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const opts = await getAlarmOptions(db);
    await db.settings.put({ key: ALARM_KEY, value: { ...opts, snoozedUntil: { ...opts.snoozedUntil, [alarmName]: until } } });
  });
}

async function dueForCandidate(db: AfterfollowDb, c: Candidate, settings: ScheduleSettings, now: number): Promise<DueItem[]> {
  const [interviews, messages, events] = await Promise.all([
    db.interviews.where('candidateId').equals(c.id).toArray(),
    db.messages.where('candidateId').equals(c.id).toArray(),
    db.events.where('candidateId').equals(c.id).toArray(),
  ]);
  return dueFromRows(c, interviews, messages, events, settings, now);
}

/** A candidate's due follow-ups from rows already read (the team board reads teammates' documents). */
export function dueFromRows(
  c: Candidate,
  interviews: Interview[],
  messages: readonly MessageRecord[],
  events: readonly EventRecord[],
  settings: ScheduleSettings,
  now: number,
): DueItem[] {
  const contacts = [c.lastCandidateContactAt, c.lastRecruiterContactAt].filter((v): v is number => v !== null);
  return computeDueItems(
    {
      candidateId: c.id,
      stage: c.stage,
      interviews,
      messages: messages.map((m) => ({ id: m.id, candidateId: m.candidateId, at: m.at, fromCandidate: m.fromCandidate, declineLevel: m.declineLevel })),
      events: events.map(toScheduleEvent),
      lastContactAt: contacts.length ? Math.max(...contacts) : null,
    },
    settings,
    now,
  );
}

/** Due items of one candidate, or of every open candidate. */
export async function loadDueItems(db: AfterfollowDb, now: number, candidateId?: string): Promise<DueItem[]> {
  const settings = await getScheduleSettings(db);
  return db.transaction('r', [db.candidates, db.interviews, db.messages, db.events], async () => {
    const candidates = candidateId
      ? ((await db.candidates.get(candidateId)) ? [(await db.candidates.get(candidateId))!] : [])
      : await db.candidates.filter((c) => !CLOSED_STAGES.includes(c.stage)).toArray();
    const lists = await Promise.all(candidates.map((c) => dueForCandidate(db, c, settings, now)));
    return lists.flat();
  });
}
