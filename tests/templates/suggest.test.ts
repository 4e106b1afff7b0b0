// @vitest-environment node
import type { DeclineLevel } from '../../lib/analysis/types';
import { STAGES, type Stage } from '../../lib/domain';
import { DEFAULT_CALENDAR, workCalendarSchema } from '../../lib/schedule/business-days';
import { BUILTIN_TEMPLATES } from '../../lib/templates/builtin';
import type { Moment, Template } from '../../lib/templates/schema';
import {
  formatSuggestionReason,
  SUGGESTION_REASON_TEXT,
  suggestTemplates,
  type SuggestContext,
} from '../../lib/templates/suggest';

// Wednesday 2026-11-25, 10:00 in Tokyo. Monday 11-23 is a public holiday (勤労感謝の日).
const NOW = new Date('2026-11-25T01:00:00Z');
const jst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);

function ctx(over: Partial<SuggestContext> = {}): SuggestContext {
  return {
    language: 'ja',
    stage: 'interview_1',
    now: NOW,
    lastInterviewAt: null,
    nextInterviewAt: null,
    openQuestionCount: 0,
    openAnxietyCount: 0,
    declineLevel: 'none',
    sentMoments: [],
    calendar: DEFAULT_CALENDAR,
    ...over,
  };
}
const moments = (c: SuggestContext, templates: readonly Template[] = BUILTIN_TEMPLATES): Moment[] =>
  suggestTemplates(c, templates).map((s) => s.template.moment);

type Analysis = 'none' | 'questions' | 'anxieties' | 'softDecline' | 'hardDecline' | 'confirmedDecline';
const ANALYSIS: Record<Analysis, Partial<SuggestContext>> = {
  none: {},
  questions: { openQuestionCount: 2 },
  anxieties: { openAnxietyCount: 1 },
  softDecline: { declineLevel: 'soft' as DeclineLevel },
  hardDecline: { declineLevel: 'hard' as DeclineLevel },
  confirmedDecline: { declineLevel: 'hard' as DeclineLevel, declineFinal: true },
};

// Stage × analysis, with no interview on either side, so only these two inputs matter.
// Columns: none, questions, anxieties, softDecline, hardDecline (not confirmed), confirmedDecline.
// The method: for any hint a call first; the survey only once the decline is final.
const S = 'post_decline_survey';
const C = 'decline_hint_call';
const early = { none: [], questions: ['quick_answer'], anxieties: ['introduce_colleague'], softDecline: [C], hardDecline: [C], confirmedDecline: [S] } satisfies Record<Analysis, Moment[]>;
const TABLE: Record<Stage, Record<Analysis, Moment[]>> = {
  applied: early,
  casual_talk: early,
  interview_1: early,
  interview_2: early,
  final_interview: {
    none: ['final_stage_speedup'],
    questions: ['quick_answer', 'final_stage_speedup'],
    anxieties: ['final_stage_speedup', 'introduce_colleague'],
    softDecline: [C, 'final_stage_speedup'],
    hardDecline: [C, 'final_stage_speedup'],
    confirmedDecline: [S],
  },
  offer: {
    none: ['offer_follow_up'],
    questions: ['quick_answer', 'offer_follow_up'],
    anxieties: ['offer_follow_up', 'introduce_colleague'],
    softDecline: [C, 'offer_follow_up'],
    hardDecline: [C],
    confirmedDecline: [S],
  },
  accepted: { none: [], questions: ['quick_answer'], anxieties: [], softDecline: [C], hardDecline: [C], confirmedDecline: [S] },
  declined: { none: [S], questions: [S], anxieties: [S], softDecline: [S], hardDecline: [S], confirmedDecline: [S] },
  withdrawn: { none: [S], questions: [S], anxieties: [S], softDecline: [S], hardDecline: [S], confirmedDecline: [S] },
};

describe('suggestTemplates: stage × analysis', () => {
  const rows = STAGES.flatMap((stage) =>
    (Object.keys(ANALYSIS) as Analysis[]).map((analysis) => [stage, analysis, TABLE[stage][analysis]] as const),
  );
  it.each(rows)('%s + %s → %j', (stage, analysis, expected) => {
    expect(moments(ctx({ stage, ...ANALYSIS[analysis] }))).toEqual(expected);
  });

  it('covers every stage', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...STAGES].sort());
  });
});

describe('suggestTemplates: time and history', () => {
  it.each([
    ['interview yesterday → due', jst('2026-11-24T14:00'), false, ['after_interview'], 'suggestReasonFollowUpDue'],
    ['interview earlier today → due', jst('2026-11-25T09:00'), false, ['after_interview'], 'suggestReasonFollowUpDue'],
    // Fri 20 → Wed 25: Mon 23 is a holiday, so Tue 24 and Wed 25 are two business days.
    ['interview Friday, holiday Monday → late', jst('2026-11-20T15:00'), false, ['after_interview'], 'suggestReasonFollowUpLate'],
    // Without the holiday the same gap is three business days: too old to be "after the interview".
    ['interview Friday, weekdays-only calendar → stale', jst('2026-11-20T15:00'), true, [], null],
    ['interview last Thursday → stale', jst('2026-11-19T15:00'), false, [], null],
  ] as const)('%s', (_label, lastInterviewAt, weekdaysOnly, expected, reasonKey) => {
    const calendar = weekdaysOnly ? workCalendarSchema.parse({ japaneseHolidays: false }) : DEFAULT_CALENDAR;
    const list = suggestTemplates(ctx({ lastInterviewAt, calendar }), BUILTIN_TEMPLATES);
    expect(list.map((s) => s.template.moment)).toEqual(expected);
    if (reasonKey) expect(list[0]?.reason.key).toBe(reasonKey);
  });

  it('reports the business days elapsed when late', () => {
    const [s] = suggestTemplates(ctx({ lastInterviewAt: jst('2026-11-20T15:00') }), BUILTIN_TEMPLATES);
    expect(s?.reason).toEqual({ key: 'suggestReasonFollowUpLate', params: [2] });
  });

  it('does not suggest after_interview twice for the same interview', () => {
    const lastInterviewAt = jst('2026-11-24T14:00');
    expect(moments(ctx({ lastInterviewAt, sentMoments: [{ moment: 'after_interview', at: jst('2026-11-24T18:00') }] }))).toEqual([]);
    // Sent for an earlier interview: this one still needs its own follow-up.
    expect(moments(ctx({ lastInterviewAt, sentMoments: [{ moment: 'after_interview', at: jst('2026-11-10T18:00') }] }))).toEqual([
      'after_interview',
    ]);
  });

  it('suggests a gap reminder when the next interview is more than 7 days away, once per gap', () => {
    const nextInterviewAt = jst('2026-12-07T10:00');
    const [s] = suggestTemplates(ctx({ nextInterviewAt }), BUILTIN_TEMPLATES);
    expect(s?.template.moment).toBe('gap_reminder');
    expect(s?.reason).toEqual({ key: 'suggestReasonLongGap', params: [12] });
    const sent = [{ moment: 'gap_reminder' as const, at: jst('2026-11-24T10:00') }];
    expect(moments(ctx({ nextInterviewAt, sentMoments: sent }))).toEqual([]);
    expect(moments(ctx({ nextInterviewAt, sentMoments: sent, lastInterviewAt: jst('2026-11-24T16:00') }))).toContain('gap_reminder');
  });

  it('suggests the before-interview note when the next interview is within a week', () => {
    expect(moments(ctx({ nextInterviewAt: jst('2026-11-28T10:00') }))).toEqual(['before_interview']);
    expect(moments(ctx({ nextInterviewAt: jst('2026-11-20T10:00') }))).toEqual([]); // in the past: ignored
  });

  it('offers the deferred answer only when a next interview is scheduled, after the quick answer', () => {
    expect(moments(ctx({ openQuestionCount: 1, nextInterviewAt: jst('2026-11-28T10:00') }))).toEqual([
      'quick_answer',
      'deferred_answer',
      'before_interview',
    ]);
  });

  it('puts the call proposal first, then the worries and answers, then the due follow-up', () => {
    expect(
      moments(ctx({ declineLevel: 'soft', openQuestionCount: 1, openAnxietyCount: 1, lastInterviewAt: jst('2026-11-24T14:00') })),
    ).toEqual(['decline_hint_call', 'introduce_colleague', 'quick_answer', 'after_interview']);
  });

  it('a soft hint in the final stage: the call, the worries, then speeding up the remaining steps', () => {
    const list = suggestTemplates(ctx({ declineLevel: 'soft', openAnxietyCount: 1, stage: 'final_interview', nextInterviewAt: jst('2026-11-28T10:00') }), BUILTIN_TEMPLATES);
    expect(list.map((s) => s.template.moment)).toEqual(['decline_hint_call', 'introduce_colleague', 'final_stage_speedup', 'before_interview']);
    expect(list.map((s) => s.template.moment)).not.toContain('post_decline_survey');
  });

  it('an unconfirmed hard hint: the call and the answers, nothing that pushes the process on, no survey', () => {
    const list = suggestTemplates(
      ctx({ declineLevel: 'hard', openQuestionCount: 3, lastInterviewAt: jst('2026-11-24T14:00'), nextInterviewAt: jst('2026-11-28T10:00'), stage: 'interview_2' }),
      BUILTIN_TEMPLATES,
    );
    expect(list.map((s) => s.template.moment)).toEqual(['decline_hint_call', 'quick_answer', 'deferred_answer']);
    expect(list[0]?.reason.key).toBe('suggestReasonDeclineUnconfirmed');
  });

  it('a decline confirmed after the call: only the survey, even with questions and a due follow-up', () => {
    expect(
      moments(ctx({ declineLevel: 'hard', declineFinal: true, openQuestionCount: 3, lastInterviewAt: jst('2026-11-24T14:00'), stage: 'final_interview' })),
    ).toEqual(['post_decline_survey']);
  });

  it('answers stay suggested while questions are open, even after one was sent', () => {
    const sent = [{ moment: 'quick_answer' as const, at: jst('2026-11-25T09:00') }];
    expect(moments(ctx({ openQuestionCount: 1, sentMoments: sent }))).toEqual(['quick_answer']);
  });

  it('does not propose a call or a survey twice', () => {
    expect(moments(ctx({ declineLevel: 'soft', sentMoments: [{ moment: 'decline_hint_call', at: jst('2026-11-24T09:00') }] }))).toEqual([]);
    expect(moments(ctx({ stage: 'declined', sentMoments: [{ moment: 'post_decline_survey', at: jst('2026-11-24T09:00') }] }))).toEqual([]);
  });
});

describe('suggestTemplates: languages and team templates', () => {
  const team: Template = {
    id: 'team.final.ja',
    moment: 'final_stage_speedup',
    language: 'ja',
    title: '最終（チーム版）',
    body: '{{candidateName}}\n…',
    builtin: false,
    updatedAt: '2026-01-05T10:00:00.000Z',
  };

  it('prefers the thread language', () => {
    const ja = suggestTemplates(ctx({ stage: 'offer' }), BUILTIN_TEMPLATES);
    expect(ja.map((s) => s.template.id)).toEqual(['builtin.offer_follow_up.ja']);
    const en = suggestTemplates(ctx({ stage: 'offer', language: 'en' }), BUILTIN_TEMPLATES);
    expect(en.map((s) => s.template.id)).toEqual(['builtin.offer_follow_up.en']);
  });

  it("ranks a team's own template above the built-in of the same moment", () => {
    const list = suggestTemplates(ctx({ stage: 'final_interview' }), [...BUILTIN_TEMPLATES, team]);
    expect(list.map((s) => s.template.id)).toEqual(['team.final.ja', 'builtin.final_stage_speedup.ja']);
  });

  it('falls back to the other language only when nothing exists in the thread language, ranked lower', () => {
    const list = suggestTemplates(ctx({ stage: 'final_interview', language: 'en', openQuestionCount: 1 }), [
      team,
      ...BUILTIN_TEMPLATES.filter((t) => t.moment === 'quick_answer'),
    ]);
    expect(list.map((s) => s.template.id)).toEqual(['builtin.quick_answer.en', 'team.final.ja']);
    expect(list[1]!.score).toBeLessThan(50);
  });

  it('returns nothing for a moment without any template', () => {
    expect(suggestTemplates(ctx({ stage: 'offer' }), [])).toEqual([]);
  });
});

describe('suggestion reasons', () => {
  it('has en and ja text for every key, with the same placeholders', () => {
    const placeholders = (s: string) => (s.match(/\$[1-9]/g) ?? []).sort().join(',');
    for (const [key, [en, ja]] of Object.entries(SUGGESTION_REASON_TEXT)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/); // valid browser.i18n message name
      expect(en.trim(), key).not.toBe('');
      expect(ja.trim(), key).not.toBe('');
      expect(placeholders(ja), key).toBe(placeholders(en));
    }
  });

  it('formats params in both languages', () => {
    const reason = { key: 'suggestReasonOpenQuestions' as const, params: [2] };
    expect(formatSuggestionReason(reason, 'en')).toBe('Open questions: 2. Answer now what you can.');
    expect(formatSuggestionReason(reason, 'ja')).toContain('2 件');
  });

  it('every reason a suggestion can carry is documented', () => {
    const keys = new Set<string>();
    for (const stage of STAGES) {
      for (const analysis of Object.values(ANALYSIS)) {
        for (const extra of [{}, { lastInterviewAt: jst('2026-11-24T14:00') }, { lastInterviewAt: jst('2026-11-20T14:00') }, { nextInterviewAt: jst('2026-11-27T10:00') }, { nextInterviewAt: jst('2026-12-27T10:00'), openQuestionCount: 1 }]) {
          for (const s of suggestTemplates(ctx({ stage, ...analysis, ...extra }), BUILTIN_TEMPLATES)) keys.add(s.reason.key);
        }
      }
    }
    expect([...keys].sort()).toEqual(Object.keys(SUGGESTION_REASON_TEXT).sort());
  });
});
