// @vitest-environment node
import {
  candidateStateSchema,
  computeDueItems,
  DEFAULT_SCHEDULE_SETTINGS,
  scheduleSettingsSchema,
  type CandidateStateInput,
  type DueItem,
  type DueKind,
  type InterviewInput,
  type ScheduleSettingsInput,
  toScheduleEvent,
} from '../../lib/schedule/due';

const T = (iso: string) => Date.parse(iso);
const LATER = T('2030-01-01T00:00:00Z');
const settings = (over: ScheduleSettingsInput = {}) => scheduleSettingsSchema.parse(over);
const EN_NY = settings({ calendar: { timeZone: 'America/New_York', japaneseHolidays: false, newYearClosure: false } });
const EN_LONDON = settings({ calendar: { timeZone: 'Europe/London', japaneseHolidays: false, newYearClosure: false } });

const iv = (id: string, at: string, over: Partial<InterviewInput> = {}): InterviewInput => ({
  id,
  candidateId: 'cand:a@example.com',
  at: T(at),
  stage: 'interview_1',
  interviewers: ['Sato'],
  ...over,
});
const state = (over: Partial<CandidateStateInput> = {}) =>
  candidateStateSchema.parse({ candidateId: 'cand:a@example.com', stage: 'interview_1', ...over });
const only = (items: DueItem[], kind: DueKind) => items.filter((d) => d.kind === kind);

describe('post-interview follow-up: end of the next business day', () => {
  it.each([
    ['Friday → Monday', DEFAULT_SCHEDULE_SETTINGS, '2026-11-27T15:00:00+09:00', '2026-11-30T18:00:00+09:00'],
    ['Wednesday → Thursday', DEFAULT_SCHEDULE_SETTINGS, '2026-11-25T15:00:00+09:00', '2026-11-26T18:00:00+09:00'],
    ['Friday before Marine Day (Mon) → Tuesday', DEFAULT_SCHEDULE_SETTINGS, '2026-07-17T15:00:00+09:00', '2026-07-21T18:00:00+09:00'],
    ['Thursday before a Monday holiday → Friday (unaffected)', DEFAULT_SCHEDULE_SETTINGS, '2026-07-16T15:00:00+09:00', '2026-07-17T18:00:00+09:00'],
    ['Thursday before a Friday holiday (Vernal Equinox) → Monday', DEFAULT_SCHEDULE_SETTINGS, '2026-03-19T15:00:00+09:00', '2026-03-23T18:00:00+09:00'],
    ['Friday before the 2026 Silver Week → Thursday', DEFAULT_SCHEDULE_SETTINGS, '2026-09-18T15:00:00+09:00', '2026-09-24T18:00:00+09:00'],
    ['2026-12-28 → skips New Year closure to 2027-01-04', DEFAULT_SCHEDULE_SETTINGS, '2026-12-28T10:00:00+09:00', '2027-01-04T18:00:00+09:00'],
    ['2026-12-28 without the company closure → 12-29', settings({ calendar: { newYearClosure: false } }), '2026-12-28T10:00:00+09:00', '2026-12-29T18:00:00+09:00'],
    ['Golden Week 2027: Wed 4/28 → Fri 4/30', DEFAULT_SCHEDULE_SETTINGS, '2027-04-28T10:00:00+09:00', '2027-04-30T18:00:00+09:00'],
    ['Golden Week 2027: Fri 4/30 → Thu 5/6', DEFAULT_SCHEDULE_SETTINGS, '2027-04-30T10:00:00+09:00', '2027-05-06T18:00:00+09:00'],
    ['Golden Week 2027: held on Showa Day 4/29 → 4/30', DEFAULT_SCHEDULE_SETTINGS, '2027-04-29T10:00:00+09:00', '2027-04-30T18:00:00+09:00'],
    ['Saturday interview → Monday', DEFAULT_SCHEDULE_SETTINGS, '2026-11-28T11:00:00+09:00', '2026-11-30T18:00:00+09:00'],
    // 08:00 Friday in Tokyo is still Thursday in UTC: the recruiter's day decides.
    ['Tokyo morning = UTC previous day', DEFAULT_SCHEDULE_SETTINGS, '2026-11-27T08:00:00+09:00', '2026-11-30T18:00:00+09:00'],
    ['company closure 11/30 moves it again', settings({ calendar: { extraClosedDates: ['2026-11-30'] } }), '2026-11-27T15:00:00+09:00', '2026-12-01T18:00:00+09:00'],
    ['Sun–Thu week: Thursday → Sunday', settings({ calendar: { workingWeekdays: [0, 1, 2, 3, 4] } }), '2026-11-26T15:00:00+09:00', '2026-11-29T18:00:00+09:00'],
    ['New York: Friday before spring DST → Monday 18:00 EDT', EN_NY, '2026-03-06T14:00:00-05:00', '2026-03-09T18:00:00-04:00'],
    ['New York: Friday before autumn DST → Monday 18:00 EST', EN_NY, '2026-10-30T14:00:00-04:00', '2026-11-02T18:00:00-05:00'],
    ['New York: evening interview is still Friday locally', EN_NY, '2026-03-06T21:00:00-05:00', '2026-03-09T18:00:00-04:00'],
    ['London: Friday before BST → Monday 18:00 BST', EN_LONDON, '2026-03-27T10:00:00Z', '2026-03-30T18:00:00+01:00'],
    ['London: Friday before GMT → Monday 18:00 GMT', EN_LONDON, '2026-10-23T10:00:00+01:00', '2026-10-26T18:00:00Z'],
  ])('%s', (_name, s, at, due) => {
    const items = computeDueItems(state({ interviews: [iv('iv1', at)] }), s, T(at));
    expect(only(items, 'post_interview_follow_up')).toEqual([
      expect.objectContaining({ refId: 'iv1', candidateId: 'cand:a@example.com', triggerAt: T(at), dueAt: T(due), overdue: false, done: false }),
    ]);
  });

  it('is overdue only after the due instant', () => {
    const s = state({ interviews: [iv('iv1', '2026-11-27T15:00:00+09:00')] });
    const due = T('2026-11-30T18:00:00+09:00');
    expect(only(computeDueItems(s, DEFAULT_SCHEDULE_SETTINGS, due), 'post_interview_follow_up')[0]?.overdue).toBe(false);
    expect(only(computeDueItems(s, DEFAULT_SCHEDULE_SETTINGS, due + 1), 'post_interview_follow_up')[0]?.overdue).toBe(true);
  });

  it('closed candidates owe nothing', () => {
    for (const stage of ['accepted', 'declined', 'withdrawn'] as const) {
      expect(computeDueItems(state({ stage, interviews: [iv('iv1', '2026-11-27T15:00:00+09:00')] }), DEFAULT_SCHEDULE_SETTINGS, LATER)).toEqual([]);
    }
  });
});

describe("interviewer's notes: end of the interview day", () => {
  it.each([
    ['afternoon interview → 18:00 same day', '2026-11-27T15:00:00+09:00', 60, '2026-11-27T18:00:00+09:00'],
    ['interview running past 18:00 → its end', '2026-11-27T17:30:00+09:00', 90, '2026-11-27T19:00:00+09:00'],
    ['Saturday interview → that Saturday, not Monday', '2026-11-28T11:00:00+09:00', 60, '2026-11-28T18:00:00+09:00'],
  ])('%s', (_name, at, minutes, due) => {
    const items = computeDueItems(state({ interviews: [iv('iv1', at, { durationMinutes: minutes })] }), DEFAULT_SCHEDULE_SETTINGS, T(at));
    expect(only(items, 'interviewer_notes').map((d) => d.dueAt)).toEqual([T(due)]);
  });
});

describe('decline reaction: within N working hours of the candidate message', () => {
  const msg = (at: string, level: 'none' | 'soft' | 'hard' = 'soft', over = {}) => ({
    id: 'gmail:m1',
    candidateId: 'cand:a@example.com',
    at: T(at),
    fromCandidate: true,
    declineLevel: level,
    ...over,
  });
  it.each([
    ['same morning', DEFAULT_SCHEDULE_SETTINGS, '2026-11-30T10:00:00+09:00', '2026-11-30T14:00:00+09:00'],
    ['crossing a night', DEFAULT_SCHEDULE_SETTINGS, '2026-11-30T16:00:00+09:00', '2026-12-01T11:00:00+09:00'],
    ['crossing a weekend', DEFAULT_SCHEDULE_SETTINGS, '2026-11-27T17:00:00+09:00', '2026-11-30T12:00:00+09:00'],
    ['crossing New Year', DEFAULT_SCHEDULE_SETTINGS, '2026-12-28T17:00:00+09:00', '2027-01-04T12:00:00+09:00'],
    ['configured 2 hours', settings({ declineReactionHours: 2 }), '2026-11-30T17:00:00+09:00', '2026-12-01T10:00:00+09:00'],
    ['New York across spring DST', EN_NY, '2026-03-06T16:00:00-05:00', '2026-03-09T11:00:00-04:00'],
  ])('%s', (_name, s, at, due) => {
    const items = computeDueItems(state({ messages: [msg(at)] }), s, T(at));
    expect(items).toEqual([expect.objectContaining({ kind: 'decline_reaction', refId: 'gmail:m1', dueAt: T(due) })]);
  });

  it('ignores messages without a hint, without a date, or from the recruiter', () => {
    const messages = [
      msg('2026-11-30T10:00:00+09:00', 'none'),
      msg('2026-11-30T10:00:00+09:00', 'hard', { at: null }),
      msg('2026-11-30T10:00:00+09:00', 'hard', { fromCandidate: false }),
    ];
    expect(computeDueItems(state({ messages }), DEFAULT_SCHEDULE_SETTINGS, LATER)).toEqual([]);
  });
});

describe('mid-gap reminder', () => {
  const gapItems = (interviews: InterviewInput[], now: string | number, over: Partial<CandidateStateInput> = {}, s = DEFAULT_SCHEDULE_SETTINGS) =>
    only(computeDueItems(state({ interviews, ...over }), s, typeof now === 'number' ? now : T(now)), 'gap_reminder');

  it.each([
    ['exactly 7 days: none', '2026-11-02T10:00:00+09:00', '2026-11-09T10:00:00+09:00', null],
    ['8 days: midpoint Friday', '2026-11-02T10:00:00+09:00', '2026-11-10T10:00:00+09:00', '2026-11-06T18:00:00+09:00'],
    ['14 days: midpoint Monday', '2026-11-02T10:00:00+09:00', '2026-11-16T10:00:00+09:00', '2026-11-09T18:00:00+09:00'],
    ['midpoint on Saturday → next Monday', '2026-11-05T10:00:00+09:00', '2026-11-23T10:00:00+09:00', '2026-11-16T18:00:00+09:00'],
    ['midpoint in the New Year closure → 2027-01-04', '2026-12-21T10:00:00+09:00', '2027-01-08T10:00:00+09:00', '2027-01-04T18:00:00+09:00'],
  ])('%s', (_name, last, next, due) => {
    const items = gapItems([iv('iv1', last), iv('iv2', next, { stage: 'interview_2' })], T(last) + 2 * 3_600_000);
    expect(items.map((d) => [d.refId, d.dueAt])).toEqual(due ? [['iv2', T(due)]] : []);
  });

  it('snaps back to the business day before when the one after is the interview day', () => {
    const s = settings({ gapReminderDays: 3 });
    const items = gapItems([iv('iv1', '2026-11-04T12:00:00+09:00'), iv('iv2', '2026-11-09T08:00:00+09:00')], '2026-11-04T13:00:00+09:00', {}, s);
    expect(items.map((d) => d.dueAt)).toEqual([T('2026-11-06T18:00:00+09:00')]);
  });

  it('never lands on the day of the last contact or of the next interview', () => {
    const s = settings({ gapReminderDays: 1 });
    // 24h50m gap: the raw midpoint is still on the last contact's day, so no day fits strictly between.
    expect(gapItems([iv('iv1', '2026-11-30T00:10:00+09:00'), iv('iv2', '2026-12-01T01:00:00+09:00')], '2026-11-30T01:00:00+09:00', {}, s)).toEqual([]);
  });

  it('counts the gap from the last contact, not only the last interview', () => {
    const interviews = [iv('iv1', '2026-11-02T10:00:00+09:00'), iv('iv2', '2026-11-12T10:00:00+09:00')];
    expect(gapItems(interviews, '2026-11-02T12:00:00+09:00')).toHaveLength(1);
    expect(gapItems(interviews, '2026-11-06T12:00:00+09:00', { lastContactAt: T('2026-11-06T10:00:00+09:00') })).toEqual([]);
  });

  it('needs both a next interview and a known start of the gap', () => {
    expect(gapItems([iv('iv1', '2026-11-02T10:00:00+09:00')], '2026-11-20T10:00:00+09:00')).toEqual([]);
    expect(gapItems([iv('iv2', '2026-11-30T10:00:00+09:00')], '2026-11-02T10:00:00+09:00')).toEqual([]);
    expect(gapItems([iv('iv2', '2026-11-30T10:00:00+09:00')], '2026-11-02T10:00:00+09:00', { lastContactAt: T('2026-11-01T10:00:00+09:00') })).toHaveLength(1);
  });
});

describe('done detection', () => {
  const IV_AT = '2026-11-27T15:00:00+09:00';
  const MSG = { id: 'gmail:m1', candidateId: 'cand:a@example.com', at: T('2026-11-30T10:00:00+09:00'), fromCandidate: true, declineLevel: 'hard' as const };
  const doneByKind = (events: CandidateStateInput['events']) => {
    const items = computeDueItems(state({ interviews: [iv('iv1', IV_AT)], messages: [MSG], events }), DEFAULT_SCHEDULE_SETTINGS, LATER);
    return Object.fromEntries(items.map((d) => [d.kind, [d.done, d.overdue]]));
  };

  it.each([
    ['no events: everything overdue', [], { post_interview_follow_up: [false, true], interviewer_notes: [false, true], decline_reaction: [false, true] }],
    ['reply after the interview covers the follow-up, not the notes nor the later decline hint',
      [{ kind: 'follow_up_sent', at: T('2026-11-28T10:00:00+09:00') }],
      { post_interview_follow_up: [true, false], interviewer_notes: [false, true], decline_reaction: [false, true] }],
    ['a reply after the decline hint covers both candidate-facing items',
      [{ kind: 'call_proposed', at: T('2026-11-30T11:00:00+09:00') }],
      { post_interview_follow_up: [true, false], interviewer_notes: [false, true], decline_reaction: [true, false] }],
    ['a reply before the interview covers nothing',
      [{ kind: 'follow_up_sent', at: T('2026-11-26T10:00:00+09:00') }],
      { post_interview_follow_up: [false, true], interviewer_notes: [false, true], decline_reaction: [false, true] }],
    ['marked done by exact key (notes)',
      [{ kind: 'follow_up_done', at: T('2026-11-27T18:30:00+09:00'), refId: 'interviewer_notes:iv1' }],
      { post_interview_follow_up: [false, true], interviewer_notes: [true, false], decline_reaction: [false, true] }],
    ['an event naming another interview does not count',
      [{ kind: 'follow_up_done', at: T('2026-11-28T10:00:00+09:00'), refId: 'iv9' }],
      { post_interview_follow_up: [false, true], interviewer_notes: [false, true], decline_reaction: [false, true] }],
    ['an event naming the message covers only that hint',
      [{ kind: 'follow_up_sent', at: T('2026-11-30T11:00:00+09:00'), refId: 'gmail:m1' }],
      { post_interview_follow_up: [false, true], interviewer_notes: [false, true], decline_reaction: [true, false] }],
    ['events that are not replies do not count',
      [{ kind: 'stage_changed', at: T('2026-11-30T11:00:00+09:00') }, { kind: 'survey_requested', at: T('2026-11-30T11:00:00+09:00') }],
      { post_interview_follow_up: [false, true], interviewer_notes: [false, true], decline_reaction: [false, true] }],
  ] as const)('%s', (_name, events, expected) => {
    expect(doneByKind([...events])).toEqual(expected);
  });

  it('the follow-up right after the last interview does not complete the mid-gap reminder', () => {
    const interviews = [iv('iv1', '2026-11-02T10:00:00+09:00'), iv('iv2', '2026-11-16T10:00:00+09:00')];
    const now = T('2026-11-10T10:00:00+09:00');
    const gap = (events: CandidateStateInput['events']) =>
      only(computeDueItems(state({ interviews, events }), DEFAULT_SCHEDULE_SETTINGS, now), 'gap_reminder')[0]?.done;
    expect(gap([{ kind: 'follow_up_sent', at: T('2026-11-03T10:00:00+09:00') }])).toBe(false);
    expect(gap([{ kind: 'follow_up_sent', at: T('2026-11-09T11:00:00+09:00') }])).toBe(true);
  });

  it('returns items sorted by due time', () => {
    const items = computeDueItems(state({ interviews: [iv('iv1', IV_AT)], messages: [MSG] }), DEFAULT_SCHEDULE_SETTINGS, LATER);
    expect(items.map((d) => d.kind)).toEqual(['interviewer_notes', 'decline_reaction', 'post_interview_follow_up']);
  });
});

describe('toScheduleEvent', () => {
  it('reads the reference from a stored event detail', () => {
    expect(toScheduleEvent({ kind: 'follow_up_done', at: 5, detail: { refId: 'interviewer_notes:iv1', templateId: 't1' } })).toEqual({
      kind: 'follow_up_done',
      at: 5,
      refId: 'interviewer_notes:iv1',
    });
    expect(toScheduleEvent({ kind: 'follow_up_sent', at: 5, detail: { refId: 3 } })).toEqual({ kind: 'follow_up_sent', at: 5 });
  });
});
