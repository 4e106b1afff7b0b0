// Ranks the templates that fit a thread right now. Pure: the sidebar gathers the context (stage,
// analysis, interview dates, what was sent) and shows the result; nothing here reads storage.
import type { DeclineLevel, Language } from '../analysis/types';
import type { Stage } from '../domain';
import { DEFAULT_CALENDAR, workingDaysBetween, type WorkCalendar } from '../schedule/business-days';
import { MOMENTS, type Moment, type Template } from './schema';

export interface SentMoment {
  moment: Moment;
  at: Date;
}

export interface SuggestContext {
  /** The thread's language: templates in it are preferred. */
  language: Language;
  stage: Stage;
  now: Date;
  lastInterviewAt: Date | null;
  nextInterviewAt: Date | null;
  openQuestionCount: number;
  openAnxietyCount: number;
  /** Strongest decline signal among the candidate's mails in this thread. */
  declineLevel: DeclineLevel;
  /**
   * The decline is final although the stage does not say so yet: the candidate confirmed it after a
   * call was proposed (lib/follow-up-context declineIsFinal). Until then a hint, even a hard one, is
   * answered with a call, never with the goodbye-and-survey mail.
   */
  declineFinal?: boolean;
  /** Follow-ups already sent in this thread (from the follow_up_sent events' template moments). */
  sentMoments: readonly SentMoment[];
  /** The team's calendar (zone, working days, holidays): the follow-up clock counts on the same one. */
  calendar?: WorkCalendar;
}

/**
 * Reason keys, camelCase like the extension's message keys so the UI can add them to
 * scripts/locales.source.mjs as they are. Params fill $1, $2 … in order.
 */
export const SUGGESTION_REASON_TEXT = {
  suggestReasonDeclineHint: [
    'The candidate hinted at declining: propose a call first.',
    '辞退をほのめかす表現があります。まずはお電話でお話しできないか提案しましょう。',
  ],
  suggestReasonHardDecline: [
    'The candidate confirmed the decline: thank them and ask for a short survey.',
    '辞退のご意思が確認できました。お礼とともに、簡単なアンケートをお願いしましょう。',
  ],
  suggestReasonDeclineUnconfirmed: [
    'The candidate wrote that they decline: before accepting it, propose a call to hear what changed.',
    '辞退のご連絡がありました。受け止める前に、まずはお電話でお話を伺えないか提案しましょう。',
  ],
  suggestReasonSelectionClosed: [
    'The selection has ended: thank the candidate and ask for a short survey.',
    '選考が終了しました。お礼とともに、簡単なアンケートをお願いしましょう。',
  ],
  suggestReasonOpenQuestions: [
    'Open questions: $1. Answer now what you can.',
    '未回答の質問が $1 件あります。すぐに答えられるものは今回答しましょう。',
  ],
  suggestReasonDeferQuestions: [
    'Open questions: $1. If one needs checking, promise the answer at the next interview.',
    '未回答の質問が $1 件あります。確認が必要なものは、次回の面接で回答するとお伝えしましょう。',
  ],
  suggestReasonFollowUpDue: [
    'The interview just took place: send the follow-up by the next business day.',
    '面接が終わりました。翌営業日までにフォローのメールを送りましょう。',
  ],
  suggestReasonFollowUpLate: [
    'The interview was $1 business days ago: send the follow-up now.',
    '面接から $1 営業日が経過しています。すぐにフォローのメールを送りましょう。',
  ],
  suggestReasonInterviewSoon: [
    'Interview in $1 days: tell the candidate you will ask for their impressions afterwards.',
    '面接まであと $1 日です。面接後に感想を伺う旨を事前にお伝えしましょう。',
  ],
  suggestReasonLongGap: [
    '$1 days until the next interview: confirm the schedule and ask for new questions.',
    '次回の面接まで $1 日あります。日程の確認とあわせて、新たな疑問がないか伺いましょう。',
  ],
  suggestReasonOpenAnxieties: [
    'Open concerns: $1. Introduce a colleague who can speak to them.',
    '解消されていない不安が $1 件あります。話を聞ける社員の紹介を検討しましょう。',
  ],
  suggestReasonFinalStage: [
    'Final stage: offer to speed up the remaining steps.',
    '最終段階です。残りの選考の前倒しを提案しましょう。',
  ],
  suggestReasonOffer: [
    'Offer stage: congratulate, explain the next steps and who to ask.',
    '内定段階です。お祝いとともに、今後の流れと問い合わせ先をお伝えしましょう。',
  ],
} as const satisfies Record<string, readonly [en: string, ja: string]>;
export type SuggestionReasonKey = keyof typeof SUGGESTION_REASON_TEXT;

export interface SuggestionReason {
  key: SuggestionReasonKey;
  params: (string | number)[];
}

export interface Suggestion {
  template: Template;
  /** Higher first. Absolute values are only meaningful relative to each other (see SCORES). */
  score: number;
  reason: SuggestionReason;
}

/** Fallback text for a reason (the UI should use its own catalogue through t()). */
export function formatSuggestionReason(reason: SuggestionReason, language: Language): string {
  const [en, ja] = SUGGESTION_REASON_TEXT[reason.key];
  return (language === 'ja' ? ja : en).replace(/\$([1-9])/g, (m, d: string) => String(reason.params[Number(d) - 1] ?? m));
}

/**
 * Base score per moment when its rule fires. The order encodes the method: a decline hint is
 * answered by a call before anything else; a candidate's question comes before our own agenda.
 */
export const SCORES = {
  decline_hint_call: 100,
  post_decline_survey: 95,
  quick_answer: 90,
  after_interview: 88,
  offer_follow_up: 86,
  deferred_answer: 84,
  /** after_interview once it is past the next business day: still worth sending, less urgent. */
  after_interview_late: 78,
  final_stage_speedup: 72,
  introduce_colleague: 70,
  /** With a decline hint the worries come right after the call: they are often the reason. */
  hint_worries: 93,
  /** With a decline hint in the final stage, a quicker decision can keep the candidate. */
  hint_speedup: 89,
  gap_reminder: 65,
  before_interview: 60,
} as const;

/** A thread in another language than the template: shown only when nothing else fits. */
const OTHER_LANGUAGE_PENALTY = 40;
/** A team's own template beats the built-in one for the same moment. */
const CUSTOM_BONUS = 1;

/** Answers follow open items, which the recruiter resolves: a new question needs a new answer. */
const REPEATABLE: ReadonlySet<Moment> = new Set(['quick_answer', 'deferred_answer']);

const GAP_DAYS = 7;
const FOLLOW_UP_WINDOW_BUSINESS_DAYS = 2;
const DAY_MS = 86_400_000;

/** Moments that fit now, with their score and reason, before dedup and language choice. */
function fittingMoments(ctx: SuggestContext): Map<Moment, { score: number; reason: SuggestionReason }> {
  const out = new Map<Moment, { score: number; reason: SuggestionReason }>();
  const add = (moment: Moment, score: number, key: SuggestionReasonKey, params: (string | number)[] = []) =>
    out.set(moment, { score, reason: { key, params } });

  // The decline is final (recorded as the outcome, or confirmed after the call): a thank-you and a
  // survey, and nothing that pushes the process on.
  if (ctx.stage === 'declined' || ctx.stage === 'withdrawn') {
    add('post_decline_survey', SCORES.post_decline_survey, 'suggestReasonSelectionClosed');
    return out;
  }
  if (ctx.declineFinal) {
    add('post_decline_survey', SCORES.post_decline_survey, 'suggestReasonHardDecline');
    return out;
  }

  const now = ctx.now.getTime();
  const questions = Math.max(0, ctx.openQuestionCount);
  const anxieties = Math.max(0, ctx.openAnxietyCount);
  const nextAt = ctx.nextInterviewAt && ctx.nextInterviewAt.getTime() > now ? ctx.nextInterviewAt : null;
  const hint = ctx.declineLevel !== 'none';

  if (questions > 0) {
    add('quick_answer', SCORES.quick_answer, 'suggestReasonOpenQuestions', [questions]);
    // "At the next interview" needs one on the calendar.
    if (nextAt) add('deferred_answer', SCORES.deferred_answer, 'suggestReasonDeferQuestions', [questions]);
  }
  // For any hint: propose a call first and answer the worries; in the final stage, offer to speed up
  // the remaining steps. Even after acceptance second thoughts deserve a call: 内定承諾後の辞退 is
  // common. A hard hint that was not confirmed after a call is still a call, not a goodbye.
  if (hint) {
    add('decline_hint_call', SCORES.decline_hint_call, ctx.declineLevel === 'hard' ? 'suggestReasonDeclineUnconfirmed' : 'suggestReasonDeclineHint');
    if (anxieties > 0) add('introduce_colleague', SCORES.hint_worries, 'suggestReasonOpenAnxieties', [anxieties]);
    if (ctx.stage === 'final_interview') add('final_stage_speedup', SCORES.hint_speedup, 'suggestReasonFinalStage');
  }
  // Once accepted the process is over, and after a hard hint nothing but the call and the answers
  // fits: a reminder of the next interview would read as not listening.
  if (ctx.stage === 'accepted' || ctx.declineLevel === 'hard') return out;

  const last = ctx.lastInterviewAt;
  if (last && last.getTime() <= now) {
    const elapsed = workingDaysBetween(last.getTime(), now, ctx.calendar ?? DEFAULT_CALENDAR);
    if (elapsed <= 1) add('after_interview', SCORES.after_interview, 'suggestReasonFollowUpDue');
    else if (elapsed <= FOLLOW_UP_WINDOW_BUSINESS_DAYS) {
      add('after_interview', SCORES.after_interview_late, 'suggestReasonFollowUpLate', [elapsed]);
    }
  }

  if (nextAt) {
    const days = Math.ceil((nextAt.getTime() - now) / DAY_MS);
    if (days > GAP_DAYS) add('gap_reminder', SCORES.gap_reminder, 'suggestReasonLongGap', [days]);
    else add('before_interview', SCORES.before_interview, 'suggestReasonInterviewSoon', [days]);
  }

  if (anxieties > 0 && !hint) add('introduce_colleague', SCORES.introduce_colleague, 'suggestReasonOpenAnxieties', [anxieties]);
  if (ctx.stage === 'final_interview' && !hint) add('final_stage_speedup', SCORES.final_stage_speedup, 'suggestReasonFinalStage');
  if (ctx.stage === 'offer') add('offer_follow_up', SCORES.offer_follow_up, 'suggestReasonOffer');
  return out;
}

/** Sent in this thread since the last interview (or ever, when there was none)? */
function alreadySent(moment: Moment, ctx: SuggestContext): boolean {
  if (REPEATABLE.has(moment)) return false;
  const since = ctx.lastInterviewAt?.getTime() ?? -Infinity;
  return ctx.sentMoments.some((s) => s.moment === moment && s.at.getTime() >= since);
}

/**
 * The templates that fit now, best first. For each fitting moment: the templates in the thread
 * language, or, only if the team has none in it, those in the other language (penalised).
 * Ties: team templates before built-ins, then the method's moment order, then id.
 */
export function suggestTemplates(ctx: SuggestContext, templates: readonly Template[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const [moment, fit] of fittingMoments(ctx)) {
    if (alreadySent(moment, ctx)) continue;
    const forMoment = templates.filter((t) => t.moment === moment);
    const inLanguage = forMoment.filter((t) => t.language === ctx.language);
    const chosen = inLanguage.length > 0 ? inLanguage : forMoment;
    for (const template of chosen) {
      const score = fit.score - (template.language === ctx.language ? 0 : OTHER_LANGUAGE_PENALTY) + (template.builtin ? 0 : CUSTOM_BONUS);
      out.push({ template, score, reason: fit.reason });
    }
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      MOMENTS.indexOf(a.template.moment) - MOMENTS.indexOf(b.template.moment) ||
      (a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0),
  );
}
