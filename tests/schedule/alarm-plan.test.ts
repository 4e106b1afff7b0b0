// @vitest-environment node
import { alarmName, dueTodayCount, overdueCount, parseAlarmName, planAlarms, outsideQuietHours } from '../../lib/schedule/alarm-plan';
import { candidateStateSchema, computeDueItems, DEFAULT_SCHEDULE_SETTINGS, type DueItem } from '../../lib/schedule/due';

const T = (iso: string) => Date.parse(iso);
const item = (over: Partial<DueItem>): DueItem => ({
  kind: 'post_interview_follow_up',
  candidateId: 'cand:a@example.com',
  refId: 'iv1',
  triggerAt: T('2026-11-27T15:00:00+09:00'),
  dueAt: T('2026-11-30T18:00:00+09:00'),
  overdue: false,
  done: false,
  ...over,
});
const NOW = T('2026-11-27T16:00:00+09:00');

describe('planAlarms', () => {
  it('names alarms after the item, so two plans (e.g. before and after a service-worker restart) match', () => {
    const state = candidateStateSchema.parse({
      candidateId: 'cand:a@example.com',
      stage: 'interview_2',
      interviews: [
        { id: 'iv1', candidateId: 'cand:a@example.com', at: T('2026-11-27T15:00:00+09:00'), stage: 'interview_1' },
        { id: 'iv2', candidateId: 'cand:a@example.com', at: T('2026-12-14T15:00:00+09:00'), stage: 'interview_2' },
      ],
      messages: [{ id: 'gmail:m1', candidateId: 'cand:a@example.com', at: T('2026-11-27T17:00:00+09:00'), fromCandidate: true, declineLevel: 'soft' }],
    });
    const first = planAlarms(computeDueItems(state, DEFAULT_SCHEDULE_SETTINGS, NOW), {}, NOW);
    const restartedAt = NOW + 60_000;
    const items = computeDueItems(state, DEFAULT_SCHEDULE_SETTINGS, restartedAt);
    const second = planAlarms([...items].reverse(), {}, restartedAt);
    expect(second).toEqual(first);
    expect(first.map((a) => a.name)).toEqual([
      'due:interviewer_notes:iv1',
      'due:decline_reaction:gmail:m1',
      'due:post_interview_follow_up:iv1',
      'due:gap_reminder:iv2',
      'due:interviewer_notes:iv2',
      'due:post_interview_follow_up:iv2',
    ]);
    expect(new Set(first.map((a) => a.name)).size).toBe(first.length);
  });

  it('drops done and past items and keeps one alarm per name', () => {
    const plan = planAlarms(
      [
        item({}),
        item({ dueAt: T('2026-11-30T17:00:00+09:00') }), // same item loaded twice: earliest wins
        item({ refId: 'iv2', done: true }),
        item({ refId: 'iv3', dueAt: NOW - 1 }),
      ],
      {},
      NOW,
    );
    expect(plan).toEqual([{ name: 'due:post_interview_follow_up:iv1', when: T('2026-11-30T17:00:00+09:00') }]);
  });

  it('fires a snoozed item at its snooze end, even when already overdue', () => {
    const overdue = item({ dueAt: NOW - 3_600_000 });
    const name = alarmName(overdue);
    expect(planAlarms([overdue], { snoozedUntil: { [name]: NOW + 7_200_000 } }, NOW)).toEqual([{ name, when: NOW + 7_200_000 }]);
    // A snooze that ends before the due time changes nothing.
    expect(planAlarms([item({})], { snoozedUntil: { [name]: NOW + 1 } }, NOW)).toEqual([{ name, when: T('2026-11-30T18:00:00+09:00') }]);
  });

  it.each([
    ['evening, quiet → next morning', 'Asia/Tokyo', '2026-11-30T22:00:00+09:00', '2026-12-01T08:00:00+09:00'],
    ['at the start of quiet hours', 'Asia/Tokyo', '2026-11-30T21:00:00+09:00', '2026-12-01T08:00:00+09:00'],
    ['after midnight → same morning', 'Asia/Tokyo', '2026-12-01T07:00:00+09:00', '2026-12-01T08:00:00+09:00'],
    ['at the end of quiet hours: unchanged', 'Asia/Tokyo', '2026-12-01T08:00:00+09:00', '2026-12-01T08:00:00+09:00'],
    ['daytime: unchanged', 'Asia/Tokyo', '2026-11-30T18:00:00+09:00', '2026-11-30T18:00:00+09:00'],
    ['New York night before spring DST → 08:00 EDT', 'America/New_York', '2026-03-07T23:00:00-05:00', '2026-03-08T08:00:00-04:00'],
    ['New York night before autumn DST → 08:00 EST', 'America/New_York', '2026-10-31T23:00:00-04:00', '2026-11-01T08:00:00-05:00'],
    ['London night → 08:00 BST', 'Europe/London', '2026-03-28T22:30:00Z', '2026-03-29T08:00:00+01:00'],
  ])('quiet hours 21:00–08:00: %s', (_name, timeZone, due, expected) => {
    const snoozed = item({ dueAt: T(due) });
    expect(planAlarms([snoozed], { timeZone }, T('2026-01-01T00:00:00Z'))).toEqual([{ name: alarmName(snoozed), when: T(expected) }]);
  });

  it('supports quiet hours within one day, and none at all', () => {
    const at = T('2026-11-30T13:00:00+09:00');
    expect(outsideQuietHours(at, { start: '12:00', end: '13:30' }, 'Asia/Tokyo')).toBe(T('2026-11-30T13:30:00+09:00'));
    expect(outsideQuietHours(at, null, 'Asia/Tokyo')).toBe(at);
    expect(planAlarms([item({ dueAt: T('2026-11-30T23:00:00+09:00') })], { quietHours: null }, NOW)[0]?.when).toBe(T('2026-11-30T23:00:00+09:00'));
  });
});

describe('alarm names', () => {
  it.each([
    ['due:decline_reaction:gmail:m1', { kind: 'decline_reaction', refId: 'gmail:m1' }],
    ['due:gap_reminder:iv2', { kind: 'gap_reminder', refId: 'iv2' }],
    ['due:unknown_kind:iv2', null],
    ['due:gap_reminder:', null],
    ['retention-sweep', null],
  ])('parseAlarmName(%s)', (name, expected) => {
    expect(parseAlarmName(name)).toEqual(expected);
  });
});

describe('overdueCount', () => {
  it('counts pending items past due, optionally by kind', () => {
    const items = [
      item({ refId: 'a', dueAt: NOW - 1 }),
      item({ refId: 'b', dueAt: NOW - 1, done: true }),
      item({ refId: 'c', dueAt: NOW }),
      item({ refId: 'd', dueAt: NOW - 1, kind: 'interviewer_notes' }),
    ];
    expect(overdueCount(items, NOW)).toBe(2);
    expect(overdueCount(items, NOW, ['post_interview_follow_up'])).toBe(1);
    expect(overdueCount([], NOW)).toBe(0);
  });
});

describe('dueTodayCount (the rail outside a thread)', () => {
  it('counts what is not done and due by the end of today in the team zone, overdue included', () => {
    const now = Date.parse('2026-11-25T10:00:00+09:00');
    const items = [
      item({ refId: 'a', dueAt: Date.parse('2026-11-24T18:00:00+09:00') }),
      item({ refId: 'b', dueAt: Date.parse('2026-11-25T23:30:00+09:00') }),
      item({ refId: 'c', dueAt: Date.parse('2026-11-26T00:30:00+09:00') }),
      item({ refId: 'd', dueAt: Date.parse('2026-11-25T12:00:00+09:00'), done: true }),
    ];
    expect(dueTodayCount(items, now, 'Asia/Tokyo')).toBe(2);
    // In London 00:30 Tokyo time on the 26th is still the 25th.
    expect(dueTodayCount(items, now, 'Europe/London')).toBe(3);
  });
});
