// What the template suggestions need to know about a candidate right now, from stored state.
// Pure: plain records in, plain context out.
import type { DeclineLevel, Language } from './analysis/types';
import type { ThreadState } from './messages/protocol';
import type { Moment } from './templates/schema';
import { MOMENTS } from './templates/schema';
import type { SuggestContext } from './templates/suggest';
import type { TemplateValues } from './templates/variables';
import type { Settings } from './records';
import type { WorkCalendar } from './schedule/business-days';

const isMoment = (v: unknown): v is Moment => typeof v === 'string' && (MOMENTS as readonly string[]).includes(v);

export function interviewTimes(state: ThreadState, now: number): { last: number | null; next: number | null; nextInterviewers: string[] } {
  let last: number | null = null;
  let next: { at: number; interviewers: string[] } | null = null;
  for (const i of state.interviews) {
    if (i.at <= now) last = Math.max(last ?? 0, i.at);
    else if (!next || i.at < next.at) next = { at: i.at, interviewers: i.interviewers };
  }
  const stored = state.candidate?.nextInterviewAt ?? null;
  const nextAt = next?.at ?? (stored !== null && stored > now ? stored : null);
  return { last, next: nextAt, nextInterviewers: next?.interviewers ?? [] };
}

/**
 * Is the candidate's decline final? Recorded as the outcome (stage declined or withdrawn), or confirmed
 * after the call: a hard hint in a mail that came after a call was proposed. Until then a hint, soft
 * or hard, gets a call proposal, never the thank-you-and-survey mail.
 */
export function declineIsFinal(state: Pick<ThreadState, 'candidate' | 'events'>, declineLevel: DeclineLevel, declineAt: number | null): boolean {
  const stage = state.candidate?.stage;
  if (stage === 'declined' || stage === 'withdrawn') return true;
  if (declineLevel !== 'hard') return false;
  return state.events.some(
    (e) =>
      (e.kind === 'call_proposed' || (e.kind === 'follow_up_sent' && e.detail.moment === 'decline_hint_call')) &&
      (declineAt === null || e.at < declineAt),
  );
}

export interface DeclineContext {
  /** When the candidate's mail carrying the hint arrived (null: unknown). */
  declineAt?: number | null;
  /** The team's calendar (lib/db/due-items getScheduleSettings). */
  calendar?: WorkCalendar;
}

export function suggestContext(
  state: ThreadState,
  language: Language,
  declineLevel: DeclineLevel,
  now: number,
  { declineAt = null, calendar }: DeclineContext = {},
): SuggestContext {
  const { last, next } = interviewTimes(state, now);
  const open = state.items.filter((i) => i.status === 'open');
  const sentMoments = state.events
    .filter((e) => e.kind === 'follow_up_sent' && e.threadId === state.thread?.id && isMoment(e.detail.moment))
    .map((e) => ({ moment: e.detail.moment as Moment, at: new Date(e.at) }));
  return {
    language,
    stage: state.candidate?.stage ?? 'applied',
    now: new Date(now),
    lastInterviewAt: last === null ? null : new Date(last),
    nextInterviewAt: next === null ? null : new Date(next),
    openQuestionCount: open.filter((i) => i.kind === 'question').length,
    openAnxietyCount: open.filter((i) => i.kind === 'anxiety').length,
    declineLevel,
    declineFinal: declineIsFinal(state, declineLevel, declineAt),
    sentMoments,
    calendar,
  };
}

/** Values a template can be filled with from what is stored; the rest the recruiter types in. */
export function templateValues(state: ThreadState, settings: Settings | null, now: number): TemplateValues {
  const { next, nextInterviewers } = interviewTimes(state, now);
  const firstOpenQuestion = state.items.find((i) => i.kind === 'question' && i.status === 'open');
  return {
    candidateName: state.candidate?.name ?? null,
    position: state.candidate?.position || null,
    company: settings?.company || null,
    recruiterName: settings?.recruiterName || null,
    surveyUrl: settings?.surveyUrl || null,
    signature: settings?.signature || null,
    nextInterviewDate: next,
    interviewerName: nextInterviewers[0] ?? null,
    question: firstOpenQuestion?.text || null,
  };
}
