// @vitest-environment node
import {
  candidateOutcomes,
  computeResults,
  contributionByInterviewer,
  declineReaction,
  followUpLatency,
  indexRows,
  monthlyRates,
  monthWindow,
  questionsByCategory,
  workloadByOwner,
} from '../../lib/metrics';
import { cand, ev, item, iv, jst, msg, rows, stage } from './build';

const TZ = 'Asia/Tokyo';
const NOW = jst('2025-03-15T12:00:00');

describe('monthWindow', () => {
  it.each([
    [3, ['2025-01', '2025-02', '2025-03'], '2025-01-01T00:00:00', '2025-04-01T00:00:00'],
    [6, ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03'], '2024-10-01T00:00:00', '2025-04-01T00:00:00'],
  ])('%i months ending this month, in Tokyo time', (n, months, from, to) => {
    expect(monthWindow(NOW, n, TZ)).toEqual({ months, from: jst(from), to: jst(to) });
  });
  it('has 12 months across a year end', () => {
    const w = monthWindow(jst('2025-01-01T00:30:00'), 12, TZ);
    expect(w.months[0]).toBe('2024-02');
    expect(w.months[11]).toBe('2025-01');
  });
});

describe('monthly acceptance and decline rates', () => {
  const data = rows({
    candidates: [
      cand('a', { stage: 'accepted' }),
      cand('b', { stage: 'declined' }),
      cand('c', { stage: 'accepted' }),
      cand('d', { stage: 'declined' }),
      cand('e', { stage: 'withdrawn' }),
      cand('f', { stage: 'accepted' }),
      cand('g', { stage: 'offer' }),
      // Accepted at 23:30 on 31 January in Tokyo: a January decision.
      cand('h', { stage: 'accepted' }),
      // 00:30 on 1 February in Tokyo is 31 January in UTC: it must count for February.
      cand('i', { stage: 'declined' }),
    ],
    events: [
      stage('a', 'offer', jst('2025-01-05T10:00:00')),
      stage('a', 'accepted', jst('2025-01-20T10:00:00'), 'offer'),
      stage('b', 'offer', jst('2025-01-06T10:00:00')),
      stage('b', 'declined', jst('2025-01-25T10:00:00'), 'offer'),
      stage('c', 'offer', jst('2025-02-01T10:00:00')),
      stage('c', 'accepted', jst('2025-02-10T10:00:00'), 'offer'),
      stage('d', 'declined', jst('2025-02-12T10:00:00'), 'interview_1'),
      stage('e', 'withdrawn', jst('2025-03-01T10:00:00')),
      stage('f', 'offer', jst('2024-12-01T10:00:00')),
      stage('f', 'accepted', jst('2024-12-20T10:00:00'), 'offer'),
      stage('g', 'offer', jst('2025-03-02T10:00:00')),
      stage('h', 'offer', jst('2025-01-10T10:00:00')),
      stage('h', 'accepted', jst('2025-01-31T23:30:00'), 'offer'),
      stage('i', 'offer', jst('2025-01-11T10:00:00')),
      stage('i', 'declined', jst('2025-02-01T00:30:00'), 'offer'),
    ],
  });
  const index = indexRows(data);
  const w = monthWindow(NOW, 3, TZ);
  const monthly = monthlyRates(candidateOutcomes(index, { from: w.from, to: w.to }), w.months, TZ);

  it.each([
    ['2025-01', { offers: 4, accepted: 2, declined: 1, declinedOffers: 1, withdrawn: 0, acceptanceRate: 2 / 3, declineRate: 1 / 3 }],
    ['2025-02', { offers: 1, accepted: 1, declined: 2, declinedOffers: 1, withdrawn: 0, acceptanceRate: 0.5, declineRate: 2 / 3 }],
    ['2025-03', { offers: 1, accepted: 0, declined: 0, declinedOffers: 0, withdrawn: 1, acceptanceRate: null, declineRate: 0 }],
  ])('%s', (month, expected) => {
    expect(monthly.find((m) => m.month === month)).toEqual({ month, ...expected });
  });

  it('counts a candidate once even when the stage went back and forth', () => {
    const idx = indexRows(
      rows({
        candidates: [cand('x', { stage: 'accepted' })],
        events: [stage('x', 'offer', jst('2025-02-01T10:00:00')), stage('x', 'accepted', jst('2025-02-03T10:00:00')), stage('x', 'offer', jst('2025-02-04T10:00:00')), stage('x', 'accepted', jst('2025-02-05T10:00:00'))],
      }),
    );
    const m = monthlyRates(candidateOutcomes(idx, {}), ['2025-02'], TZ)[0]!;
    expect([m.offers, m.accepted]).toEqual([1, 1]);
  });
});

describe('outcomes per candidate', () => {
  const data = rows({
      candidates: [cand('r', { stage: 'declined' }), cand('p', { stage: 'declined' }), cand('q', { stage: 'interview_2' }), cand('s', { stage: 'accepted', updatedAt: jst('2025-02-02T09:00:00') })],
      events: [
        stage('r', 'declined', jst('2025-02-01T10:00:00'), 'offer', { reason: 'other offer' }),
        stage('p', 'declined', jst('2025-02-03T10:00:00'), 'offer'),
        ev('p', 'survey_requested', jst('2025-02-03T11:00:00')),
      ],
      messages: [msg('p', jst('2025-02-02T10:00:00'), 'hard', ['辞退させて', 'いただきます']), msg('p', jst('2025-02-04T10:00:00'))],
  });
  const index = indexRows(data);
  const outcomes = candidateOutcomes(index, {});

  it('lists decided candidates, newest first, with the reason and the survey', () => {
    expect(outcomes.map((o) => o.candidateId)).toEqual(['p', 's', 'r']);
    expect(outcomes[2]).toMatchObject({ outcome: 'declined', declineReason: 'other offer', surveyRequestedAt: null });
    expect(outcomes[0]).toMatchObject({ declineReason: '辞退させて / いただきます', surveyRequestedAt: jst('2025-02-03T11:00:00'), repliedAfterSurvey: true });
  });
  it('takes a recorded survey answer over the reply hint', () => {
    const answered = candidateOutcomes(indexRows({ ...data, events: [...data.events, ev('p', 'survey_answered', jst('2025-02-05T10:00:00'))] }), {});
    expect(answered.find((o) => o.candidateId === 'p')).toMatchObject({ surveyAnsweredAt: jst('2025-02-05T10:00:00'), repliedAfterSurvey: true });
    expect(outcomes.find((o) => o.candidateId === 'p')?.surveyAnsweredAt).toBeNull();
  });
  it('dates an outcome set without a logged change by the candidate edit', () => {
    expect(outcomes[1]).toMatchObject({ outcome: 'accepted', acceptedAt: jst('2025-02-02T09:00:00') });
  });
});

describe('follow-up latency and share on time (deadline: end of the next business day, 18:00 Tokyo)', () => {
  // Friday 10 January 2025; Monday 13 January is Coming of Age Day, so the deadline is Tuesday 14th 18:00.
  const friday = jst('2025-01-10T14:00:00');
  it.each([
    ['Saturday', '2025-01-11T10:00:00', 'under1d', true],
    ['the holiday Monday', '2025-01-13T10:00:00', 'under3d', true],
    ['Tuesday 17:59', '2025-01-14T17:59:00', 'under7d', true],
    ['Tuesday 18:01', '2025-01-14T18:01:00', 'under7d', false],
    ['within the interview day', '2025-01-10T16:00:00', 'under4h', true],
  ])('a follow-up on %s', (_label, at, bucket, onTime) => {
    const idx = indexRows(rows({ candidates: [cand('c')], interviews: [iv('i', 'c', friday)], events: [ev('c', 'follow_up_sent', jst(at))] }));
    const r = followUpLatency(idx, {}, NOW);
    expect(r.buckets.find((b) => b.key === bucket)!.count).toBe(1);
    expect([r.onTime, r.late, r.onTimeShare]).toEqual(onTime ? [1, 0, 1] : [0, 1, 0]);
  });

  it('pairs each interview with the follow-up before the next one, ignores interviewer notes, and counts missing ones', () => {
    const idx = indexRows(
      rows({
        candidates: [cand('c')],
        interviews: [iv('i1', 'c', jst('2025-02-03T10:00:00')), iv('i2', 'c', jst('2025-02-10T10:00:00')), iv('i3', 'c', jst('2025-03-14T10:00:00'))],
        events: [
          ev('c', 'follow_up_done', jst('2025-02-03T12:00:00'), { refId: 'interviewer_notes:i1' }),
          ev('c', 'follow_up_done', jst('2025-02-11T09:00:00'), { refId: 'post_interview_follow_up:i2' }),
          ev('c', 'follow_up_sent', jst('2025-02-12T09:00:00')),
        ],
      }),
    );
    const r = followUpLatency(idx, {}, NOW);
    expect(r).toMatchObject({ onTime: 1, late: 0, missed: 1, pending: 1, onTimeShare: 0.5, medianMs: 22 * 3_600_000 });
    expect(r.buckets.find((b) => b.key === 'none')!.count).toBe(2);
  });

  it('a mail seen sent in the thread is a follow-up, like one inserted from the sidebar', () => {
    const idx = indexRows(
      rows({ candidates: [cand('c')], interviews: [iv('i1', 'c', jst('2025-02-03T10:00:00'))], events: [ev('c', 'mail_sent', jst('2025-02-03T15:00:00'), { messageId: 'm' })] }),
    );
    expect(followUpLatency(idx, {}, NOW)).toMatchObject({ onTime: 1, missed: 0, medianMs: 4 * 3_600_000 });
  });
});

describe('time to react to decline hints', () => {
  const H = 3_600_000;
  const idx = indexRows(
    rows({
      candidates: [cand('a'), cand('b')],
      events: [0.5, 2, 5, 48, 120].map((h, k) => ev('a', 'call_proposed', jst('2025-02-01T10:00:00') + k * H, { latencyMs: h * H })),
      messages: [msg('a', jst('2025-02-01T09:00:00'), 'soft'), msg('b', jst('2025-02-05T09:00:00'), 'hard'), msg('b', jst('2025-02-05T10:00:00'))],
    }),
  );
  it('buckets the recorded latencies and counts hints nobody reacted to', () => {
    const r = declineReaction(idx, {});
    expect(r.buckets.map((b) => b.count)).toEqual([1, 1, 1, 1, 1]);
    expect(r).toMatchObject({ reacted: 5, medianMs: 5 * H, p90Ms: 120 * H, unanswered: 1 });
  });
});

describe('questions, workload and contribution', () => {
  const t0 = jst('2025-02-03T10:00:00');
  const data = rows({
    candidates: [cand('a', { owner: 'Sato', stage: 'accepted', position: 'Designer' }), cand('b', { owner: 'HR' })],
    interviews: [iv('i1', 'a', t0, ['Sato', 'Ito']), iv('i2', 'b', t0, ['Ito'])],
    items: [item('a', 'compensation', 'open', t0), item('a', 'compensation', 'answered_at_interview', t0), item('b', 'workstyle', 'deferred', t0), item('b', 'workstyle', 'dismissed', t0)],
    events: [
      ev('a', 'follow_up_sent', t0 + 3_600_000),
      ev('a', 'follow_up_done', t0 + 7_200_000),
      ev('a', 'follow_up_done', t0 + 7_200_000, { refId: 'interviewer_notes:i1' }),
      ev('a', 'status_changed', t0 + 9_000_000, { from: 'deferred', to: 'answered_at_interview', itemId: 'x' }),
      ev('a', 'status_changed', t0 - 1, { from: 'open', to: 'answered_at_interview', itemId: 'y' }),
      stage('a', 'accepted', t0 + 86_400_000, 'offer'),
      ev('b', 'call_proposed', t0, { latencyMs: 1000 }),
    ],
  });
  const idx = indexRows(data);
  const timed = indexRows({
    ...data,
    events: [...data.events, ev('b', 'follow_up_sent', t0 + 1, { workMs: 4 * 60_000 }), ev('b', 'survey_requested', t0 + 2, { workMs: 90_000 })],
  });

  it('counts open, deferred and answered per category, dismissed left out', () => {
    const q = questionsByCategory(idx, {});
    expect(q.find((c) => c.category === 'compensation')).toEqual({ category: 'compensation', open: 1, deferred: 0, answered: 1 });
    expect(q.find((c) => c.category === 'workstyle')).toEqual({ category: 'workstyle', open: 0, deferred: 1, answered: 0 });
  });
  it.each([
    [10, [{ owner: 'Sato', followUps: 2, timed: 0, minutes: 20 }, { owner: 'HR', followUps: 1, timed: 0, minutes: 10 }]],
    [15, [{ owner: 'Sato', followUps: 2, timed: 0, minutes: 30 }, { owner: 'HR', followUps: 1, timed: 0, minutes: 15 }]],
  ])('workload at %i minutes per follow-up', (minutes, expected) => {
    expect(workloadByOwner(idx, {}, minutes)).toEqual(expected);
  });
  it.each([
    // HR: two timed replies (4 min + 1.5 min) and one untimed call proposal at the estimate.
    [10, 16],
    [20, 26],
  ])('workload uses the measured time where the sidebar timed it (estimate %i → %i minutes)', (minutes, hrMinutes) => {
    expect(workloadByOwner(timed, {}, minutes).find((w) => w.owner === 'HR')).toEqual({ owner: 'HR', followUps: 3, timed: 2, minutes: hrMinutes });
  });
  it('counts a sent mail linked to its sidebar insertion once, and a mail sent without the sidebar as untimed work', () => {
    const mail = indexRows({
      ...data,
      events: [
        ...data.events,
        ev('b', 'follow_up_sent', t0 + 10, { workMs: 2 * 60_000 }),
        ev('b', 'mail_sent', t0 + 20, { messageId: 'm1', insertion: 'evt:1' }),
        ev('b', 'mail_sent', t0 + 30, { messageId: 'm2' }),
      ],
    });
    // HR: the call proposal and the plain mail at the 10-minute estimate, the inserted reply at 2 minutes.
    expect(workloadByOwner(mail, {}, 10).find((w) => w.owner === 'HR')).toEqual({ owner: 'HR', followUps: 3, timed: 1, minutes: 22 });
  });
  it('credits interviewers', () => {
    expect(contributionByInterviewer(idx, {})).toEqual([
      { interviewer: 'Ito', interviews: 2, followUps: 0, answeredAtInterview: 1, accepted: 1 },
      { interviewer: 'Sato', interviews: 1, followUps: 2, answeredAtInterview: 1, accepted: 1 },
    ]);
  });
  it.each([
    [{ position: 'Designer' }, 1, 2],
    [{ owner: 'HR' }, 1, 1],
    [{ stage: 'accepted' as const }, 1, 2],
    [{ from: t0 + 1 }, 0, 0],
  ])('filter %o narrows items and contributions', (filter, interviewsOfIto, items) => {
    expect(contributionByInterviewer(idx, filter).find((r) => r.interviewer === 'Ito')?.interviews ?? 0).toBe(interviewsOfIto);
    expect(questionsByCategory(idx, filter).reduce((n, c) => n + c.open + c.deferred + c.answered, 0)).toBe(items);
  });
  it('computeResults applies the month window', () => {
    const r = computeResults(idx, { now: NOW, windowMonths: 3 });
    expect(r.monthly.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(r.outcomes.map((o) => o.candidateId)).toEqual(['a']);
    expect(computeResults(idx, { now: jst('2026-03-01T00:00:00'), windowMonths: 3 }).contribution).toEqual([]);
  });
});
