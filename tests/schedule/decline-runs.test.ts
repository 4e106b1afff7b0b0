// @vitest-environment node
import { computeDueItems, DEFAULT_SCHEDULE_SETTINGS, type CandidateState } from '../../lib/schedule/due';

const HOUR = 3_600_000;
// Monday 2026-11-23 10:00 Tokyo.
const mon10 = Date.UTC(2026, 10, 23, 1);
const hint = (id: string, at: number) => ({ id, candidateId: 'c', at, fromCandidate: true, declineLevel: 'soft' as const });

const state = (over: Partial<CandidateState>): CandidateState => ({
  candidateId: 'c',
  stage: 'interview_2',
  interviews: [],
  messages: [],
  events: [],
  lastContactAt: null,
  ...over,
});

describe('decline reactions', () => {
  it('merges hinting mails written before any reaction into one obligation, due from the first', () => {
    const due = computeDueItems(state({ messages: [hint('m1', mon10), hint('m2', mon10 + HOUR), hint('m3', mon10 + 2 * HOUR)] }), DEFAULT_SCHEDULE_SETTINGS, mon10 + 48 * HOUR);
    const reactions = due.filter((d) => d.kind === 'decline_reaction');
    expect(reactions.map((d) => d.refId)).toEqual(['m1']);
    expect(reactions[0]!.overdue).toBe(true);
  });

  it('a new hint after a reaction owes a new reaction', () => {
    const due = computeDueItems(
      state({
        messages: [hint('m1', mon10), hint('m2', mon10 + 24 * HOUR)],
        events: [{ kind: 'call_proposed', at: mon10 + HOUR }],
      }),
      DEFAULT_SCHEDULE_SETTINGS,
      mon10 + 48 * HOUR,
    );
    const reactions = due.filter((d) => d.kind === 'decline_reaction');
    expect(reactions.map((d) => [d.refId, d.done])).toEqual([
      ['m1', true],
      ['m2', false],
    ]);
  });
});
