// @vitest-environment node
import type { DueItem } from '../../lib/schedule/due';
import { positionMatches, prioritiseCandidates, type PriorityInput } from '../../lib/schedule/priority';

const NOW = Date.parse('2026-11-30T12:00:00+09:00');
const HOUR = 3_600_000;
const due = (dueAt: number, done = false): DueItem => ({
  kind: 'post_interview_follow_up',
  candidateId: 'x',
  refId: `iv${dueAt}`,
  triggerAt: 0,
  dueAt,
  overdue: false, // deliberately stale: the ranking recomputes it from now
  done,
});
const row = (candidateId: string, over: Partial<PriorityInput> = {}): PriorityInput & { name: string } => ({
  candidateId,
  name: candidateId.toUpperCase(),
  position: 'Engineer',
  stage: 'interview_1',
  declineRisk: 'none',
  dueItems: [],
  ...over,
});
const order = (rows: PriorityInput[], rules = [] as { positionPattern: string; boost: number }[]) =>
  prioritiseCandidates(rows, rules, NOW).map((r) => r.candidateId);

describe('prioritiseCandidates', () => {
  it.each([
    ['more overdue first', [row('one', { dueItems: [due(NOW - HOUR)] }), row('two', { dueItems: [due(NOW - HOUR), due(NOW - 2 * HOUR)] })], ['two', 'one']],
    ['hard decline over soft over none', [row('none'), row('soft', { declineRisk: 'soft' }), row('hard', { declineRisk: 'hard' })], ['hard', 'soft', 'none']],
    ['offer over final over earlier stages', [row('i1'), row('final', { stage: 'final_interview' }), row('offer', { stage: 'offer' })], ['offer', 'final', 'i1']],
    ['done items do not count', [row('done', { dueItems: [due(NOW - HOUR, true)] }), row('soft', { declineRisk: 'soft' })], ['soft', 'done']],
    ['due within 24h beats nothing due', [row('later', { dueItems: [due(NOW + 48 * HOUR)] }), row('soon', { dueItems: [due(NOW + HOUR)] })], ['soon', 'later']],
    ['ties: earliest pending due time, then id', [row('b', { dueItems: [due(NOW + 40 * HOUR)] }), row('c'), row('a', { dueItems: [due(NOW + 30 * HOUR)] })], ['a', 'b', 'c']],
    ['closed candidates are left out', [row('gone', { stage: 'declined', declineRisk: 'hard' }), row('open')], ['open']],
  ])('%s', (_name, rows, expected) => {
    expect(order(rows)).toEqual(expected);
  });

  it('applies the team rules per position, positive and negative', () => {
    const rows = [row('sales', { position: 'Field Sales' }), row('be', { position: 'Senior Backend Engineer' }), row('intern', { position: 'Backend Intern' })];
    const rules = [
      { positionPattern: 'backend', boost: 30 },
      { positionPattern: '*intern', boost: -50 },
    ];
    const ranked = prioritiseCandidates(rows, rules, NOW);
    expect(ranked.map((r) => [r.candidateId, r.score])).toEqual([['be', 30], ['sales', 0], ['intern', -20]]);
    expect(ranked[0]?.reasons).toEqual([{ key: 'priorityTeamRule', subs: ['backend', 30] }]);
  });

  it('explains the score with message keys and keeps the caller’s fields', () => {
    const [top] = prioritiseCandidates(
      [row('a', { stage: 'final_interview', declineRisk: 'hard', dueItems: [due(NOW - HOUR), due(NOW + HOUR)] })],
      [],
      NOW,
    );
    expect(top?.name).toBe('A');
    expect(top?.reasons.map((r) => r.key)).toEqual(['priorityOverdue', 'priorityDueSoon', 'priorityDeclineHard', 'priorityFinalStage']);
    expect(top?.reasons[0]?.subs).toEqual([1]);
  });
});

describe('positionMatches', () => {
  it.each([
    ['backend', 'Senior Backend Engineer', true],
    ['Backend*', 'Senior Backend Engineer', false],
    ['*backend*', 'Senior Backend Engineer', true],
    ['エンジニア', 'バックエンドｴﾝｼﾞﾆｱ', true], // half-width katakana folds to full width
    ['sre', 'ＳＲＥ', true],
    ['a.b', 'axb', false], // regex metacharacters are literal
    ['?RE', 'SRE', true],
  ])('%s ~ %s → %s', (pattern, position, expected) => {
    expect(positionMatches(pattern, position)).toBe(expected);
  });
});
