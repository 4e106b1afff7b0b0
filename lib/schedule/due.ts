// What the recruiter owes a candidate, and by when. Pure: the caller loads the candidate's
// interviews, messages and events (from Dexie) and passes them in; nothing here reads storage.
import { z } from 'zod';
import { dueTimeSchema, eventTimeSchema } from '../date-bounds';
import { CLOSED_STAGES, eventKindSchema, stageSchema, type EventKind } from '../domain';
import type { EventRecord } from '../records';
import {
  addWorkingHours,
  endOfWorkingDay,
  localDateOf,
  nextWorkingDay,
  startOfWorkingDay,
  workCalendarSchema,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  type IsoDate,
  type WorkCalendar,
} from './business-days';

const id = z.string().min(1).max(500);

// Interviews are stored records: their schema lives with the others (lib/records.ts), which keeps
// the holiday calendar out of the content script's bundle.
export { interviewSchema, type Interview } from '../records';
import { interviewSchema, type Interview } from '../records';
export type InterviewInput = z.input<typeof interviewSchema>;

/** The fields of a stored MessageRecord that matter here; a MessageRecord fits as-is. */
export const candidateMessageSchema = z.object({
  id,
  candidateId: id,
  at: eventTimeSchema.nullable(),
  fromCandidate: z.boolean(),
  declineLevel: z.enum(['none', 'soft', 'hard']),
});
export type CandidateMessage = z.infer<typeof candidateMessageSchema>;

/** Something the recruiter did. `refId` ties it to one due item (see `eventCompletes`). */
export const scheduleEventSchema = z.object({
  kind: eventKindSchema,
  at: eventTimeSchema,
  refId: z.string().max(600).optional(),
});
export type ScheduleEvent = z.infer<typeof scheduleEventSchema>;

/** Stored events keep the reference in `detail.refId` (records.ts has no column for it). */
export function toScheduleEvent(event: Pick<EventRecord, 'kind' | 'at' | 'detail'>): ScheduleEvent {
  const ref = event.detail.refId;
  const base = { kind: event.kind, at: event.at };
  return typeof ref === 'string' && ref ? { ...base, refId: ref } : base;
}

export const candidateStateSchema = z.object({
  candidateId: id,
  stage: stageSchema,
  interviews: z.array(interviewSchema).default([]),
  messages: z.array(candidateMessageSchema).default([]),
  events: z.array(scheduleEventSchema).default([]),
  /** Last contact in either direction; the mid-gap reminder counts the gap from here. */
  lastContactAt: eventTimeSchema.nullable().default(null),
});
export type CandidateState = z.infer<typeof candidateStateSchema>;
export type CandidateStateInput = z.input<typeof candidateStateSchema>;

export const scheduleSettingsSchema = z.object({
  calendar: workCalendarSchema.prefault({}),
  /** A decline hint needs a reaction within this many working hours. */
  declineReactionHours: z.number().min(0.25).max(200).default(4),
  /** Gaps to the next interview longer than this get a keep-in-touch reminder in the middle. */
  gapReminderDays: z.number().int().min(1).max(365).default(7),
});
export type ScheduleSettings = z.infer<typeof scheduleSettingsSchema>;
export type ScheduleSettingsInput = z.input<typeof scheduleSettingsSchema>;
export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = scheduleSettingsSchema.parse({});

export const DUE_KINDS = ['post_interview_follow_up', 'decline_reaction', 'gap_reminder', 'interviewer_notes'] as const;
export const dueKindSchema = z.enum(DUE_KINDS);
export type DueKind = z.infer<typeof dueKindSchema>;

export const dueItemSchema = z.object({
  kind: dueKindSchema,
  candidateId: id,
  /** Interview id (follow-up, notes), message id (decline), or the next interview's id (gap). */
  refId: id,
  /** When the obligation started; only events from here on complete it. */
  triggerAt: dueTimeSchema,
  dueAt: dueTimeSchema,
  overdue: z.boolean(),
  done: z.boolean(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

/** Stable identity of a due item: an event's refId may name it exactly, and alarms derive from it. */
export const dueItemKey = (item: Pick<DueItem, 'kind' | 'refId'>) => `${item.kind}:${item.refId}`;

/**
 * Event kinds that discharge a due item: a reply inserted or seen sent in the thread, a call
 * proposed, or marked done by hand.
 */
export const DONE_EVENT_KINDS: readonly EventKind[] = ['follow_up_sent', 'follow_up_done', 'call_proposed', 'mail_sent'];

/**
 * An event completes an item when it is a done-kind event at or after the item's trigger and either
 * names the item exactly (refId = dueItemKey), or — for obligations towards the candidate — names the
 * interview/message, or names nothing (any reply after the trigger answers it). Interviewer notes are
 * the field interviewer's job, so a mail to the candidate never completes them: only the exact key.
 */
export function eventCompletes(event: ScheduleEvent, item: Omit<DueItem, 'done' | 'overdue'>): boolean {
  if (!DONE_EVENT_KINDS.includes(event.kind) || event.at < item.triggerAt) return false;
  if (event.refId === dueItemKey(item)) return true;
  if (item.kind === 'interviewer_notes') return false;
  return event.refId === undefined || event.refId === item.refId;
}

/** Code-unit order: locale-independent, so every run sorts ties the same way. */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Draft = Omit<DueItem, 'done' | 'overdue'>;

function followUpAndNotes(iv: Interview, cal: WorkCalendar): Draft[] {
  const day = localDateOf(iv.at, cal.timeZone);
  const ivEnd = iv.at + iv.durationMinutes * 60_000;
  const base = { candidateId: iv.candidateId, refId: iv.id, triggerAt: iv.at };
  return [
    // "By the next day": end of the next business day, whatever day the interview fell on.
    { ...base, kind: 'post_interview_follow_up', dueAt: endOfWorkingDay(nextWorkingDay(day, cal), cal) },
    // Notes while memory is fresh: end of the interview's own day, or its end when it runs late.
    { ...base, kind: 'interviewer_notes', dueAt: Math.max(endOfWorkingDay(day, cal), ivEnd) },
  ];
}

/**
 * One reaction is owed per run of hints: further hinting mails before the recruiter reacts belong to
 * the same obligation (due from the first of them), so a wavering candidate who writes three times is
 * one overdue reaction, not three.
 */
function declineReactions(state: CandidateState, settings: ScheduleSettings): Draft[] {
  const out: Draft[] = [];
  const reactions = state.events.filter((e) => DONE_EVENT_KINDS.includes(e.kind)).map((e) => e.at);
  const hints = state.messages
    .filter((m): m is CandidateMessage & { at: number } => m.fromCandidate && m.declineLevel !== 'none' && m.at !== null)
    .sort((a, b) => a.at - b.at || compareText(a.id, b.id));
  let runStart: number | null = null;
  for (const m of hints) {
    if (runStart !== null && !reactions.some((r) => r >= runStart! && r < m.at)) continue;
    runStart = m.at;
    out.push({
      kind: 'decline_reaction',
      candidateId: m.candidateId,
      refId: m.id,
      triggerAt: m.at,
      dueAt: addWorkingHours(m.at, settings.declineReactionHours, settings.calendar),
    });
  }
  return out;
}

/** A business day strictly between the two local dates, as near the middle as possible. */
function midGapDay(mid: IsoDate, after: IsoDate, before: IsoDate, cal: WorkCalendar): IsoDate | null {
  // Prefer the day after a closed midpoint: a reminder is better late in the gap than too close to the last contact.
  const later = workingDayOnOrAfter(mid, cal);
  if (later > after && later < before) return later;
  const earlier = workingDayOnOrBefore(mid, cal);
  return earlier > after && earlier < before ? earlier : null;
}

function gapReminder(state: CandidateState, settings: ScheduleSettings, now: number): Draft | null {
  const cal = settings.calendar;
  const past = state.interviews.filter((iv) => iv.at <= now).map((iv) => iv.at);
  if (state.lastContactAt !== null && state.lastContactAt <= now) past.push(state.lastContactAt);
  const next = state.interviews.filter((iv) => iv.at > now).sort((a, b) => a.at - b.at || compareText(a.id, b.id))[0];
  // Without a known start of the gap there is no middle to remind at.
  if (!next || past.length === 0) return null;
  const gapStart = Math.max(...past);
  if (next.at - gapStart <= settings.gapReminderDays * 86_400_000) return null;
  const rawMid = gapStart + Math.floor((next.at - gapStart) / 2);
  const local = (t: number) => localDateOf(t, cal.timeZone);
  const day = midGapDay(local(rawMid), local(gapStart), local(next.at), cal);
  if (day === null) return null;
  return {
    kind: 'gap_reminder',
    candidateId: next.candidateId,
    refId: next.id,
    // Contact from the middle of the gap on counts; the follow-up right after the last interview does not.
    triggerAt: Math.min(rawMid, startOfWorkingDay(day, cal)),
    dueAt: endOfWorkingDay(day, cal),
  };
}

/**
 * Every due item for one candidate, future ones included (so alarms can be set in advance), sorted
 * by due time. Closed candidates (accepted, declined, withdrawn) owe nothing.
 */
export function computeDueItems(state: CandidateState, settings: ScheduleSettings, now: number): DueItem[] {
  if (CLOSED_STAGES.includes(state.stage)) return [];
  const drafts: Draft[] = [
    ...state.interviews.flatMap((iv) => followUpAndNotes(iv, settings.calendar)),
    ...declineReactions(state, settings),
  ];
  const gap = gapReminder(state, settings, now);
  if (gap) drafts.push(gap);
  return drafts
    .map((d) => {
      const done = state.events.some((e) => eventCompletes(e, d));
      return { ...d, done, overdue: !done && now > d.dueAt };
    })
    .sort((a, b) => a.dueAt - b.dueAt || compareText(dueItemKey(a), dueItemKey(b)));
}
