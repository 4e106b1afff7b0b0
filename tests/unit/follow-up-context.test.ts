// @vitest-environment node
import { declineIsFinal, suggestContext, templateValues } from '../../lib/follow-up-context';
import type { ThreadState } from '../../lib/messages/protocol';
import { BUILTIN_TEMPLATES } from '../../lib/templates/builtin';
import { suggestTemplates } from '../../lib/templates/suggest';

const now = Date.UTC(2026, 10, 25, 3); // Wednesday
const day = 86_400_000;

function state(over: Partial<ThreadState> = {}): ThreadState {
  return {
    status: 'candidate',
    reason: 'detected',
    candidate: {
      id: 'c',
      name: 'Alex Smith',
      email: 'a@x',
      position: 'Designer',
      stage: 'interview_1',
      owner: 'HR',
      nextInterviewAt: null,
      lastCandidateContactAt: null,
      lastRecruiterContactAt: null,
      createdAt: 0,
      updatedAt: 0,
    },
    thread: { id: 'gmail:t', site: 'gmail', candidateId: 'c', subject: '', language: 'en', mark: 'auto', lastSeenAt: 0, url: '' },
    items: [],
    events: [],
    due: [],
    suggestions: [],
    interviews: [{ id: 'iv1', candidateId: 'c', at: now - day, stage: 'interview_1', interviewers: ['Tanaka'], durationMinutes: 60, notes: '' }],
    ...over,
  };
}

describe('follow-up context', () => {
  it('suggests the post-interview follow-up the day after an interview', () => {
    const ctx = suggestContext(state(), 'en', 'none', now);
    expect(ctx.lastInterviewAt?.getTime()).toBe(now - day);
    const top = suggestTemplates(ctx, BUILTIN_TEMPLATES)[0];
    expect(top?.template.id).toBe('builtin.after_interview.en');
  });

  it('does not suggest it again once sent in this thread', () => {
    const sent = state({
      events: [{ id: 'e', candidateId: 'c', threadId: 'gmail:t', kind: 'follow_up_sent', at: now - 1000, detail: { moment: 'after_interview' } }],
    });
    const ids = suggestTemplates(suggestContext(sent, 'en', 'none', now), BUILTIN_TEMPLATES).map((s) => s.template.moment);
    expect(ids).not.toContain('after_interview');
  });

  it('puts the call proposal first on a decline hint', () => {
    const top = suggestTemplates(suggestContext(state(), 'ja', 'soft', now), BUILTIN_TEMPLATES)[0];
    expect(top?.template.id).toBe('builtin.decline_hint_call.ja');
  });

  it('a decline is final once recorded, or when a hard hint came after a proposed call', () => {
    const call = { id: 'call', candidateId: 'c', threadId: 'gmail:t', kind: 'call_proposed' as const, at: now - 5 * day, detail: {} };
    expect(declineIsFinal(state(), 'soft', now)).toBe(false);
    expect(declineIsFinal(state(), 'hard', now)).toBe(false);
    expect(declineIsFinal(state({ events: [call] }), 'soft', now)).toBe(false);
    expect(declineIsFinal(state({ events: [call] }), 'hard', now)).toBe(true);
    // The call was proposed in answer to this very mail: not confirmed yet.
    expect(declineIsFinal(state({ events: [call] }), 'hard', now - 6 * day)).toBe(false);
    const declined = state();
    declined.candidate!.stage = 'declined';
    expect(declineIsFinal(declined, 'none', null)).toBe(true);
  });

  it('a soft hint never leads to the survey; a recorded decline does', () => {
    const moments = (s: ThreadState, level: 'soft' | 'hard' | 'none') => suggestTemplates(suggestContext(s, 'ja', level, now, { declineAt: now }), BUILTIN_TEMPLATES).map((x) => x.template.moment);
    expect(moments(state(), 'soft')).not.toContain('post_decline_survey');
    expect(moments(state(), 'hard')).not.toContain('post_decline_survey');
    const declined = state();
    declined.candidate!.stage = 'declined';
    expect(moments(declined, 'none')).toEqual(['post_decline_survey']);
  });

  it('fills values from the candidate, settings and the next interview', () => {
    const s = state({ interviews: [{ id: 'iv2', candidateId: 'c', at: now + 3 * day, stage: 'interview_2', interviewers: ['Sato'], durationMinutes: 60, notes: '' }] });
    const v = templateValues(s, { keepItemText: true, retentionDays: 365, recruiterName: 'Kim', company: 'Acme', surveyUrl: '', signature: '' }, now);
    expect(v).toMatchObject({ candidateName: 'Alex Smith', position: 'Designer', company: 'Acme', recruiterName: 'Kim', interviewerName: 'Sato', nextInterviewDate: now + 3 * day, surveyUrl: null });
  });
});
