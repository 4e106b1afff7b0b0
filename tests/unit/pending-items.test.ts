// @vitest-environment node
import { threadOpenSchema, type ThreadState } from '../../lib/messages/protocol';
import { isPending, withPendingItems } from '../../lib/pending-items';
import { threadOpenRequest } from '../helpers/db';

const req = threadOpenSchema.parse(threadOpenRequest());
const logged: ThreadState = {
  status: 'candidate',
  reason: 'detected',
  candidate: { id: 'cand:x', name: 'X', email: 'x@example.com', position: '', stage: 'applied', owner: 'HR', nextInterviewAt: null, lastCandidateContactAt: null, lastRecruiterContactAt: null, createdAt: 0, updatedAt: 0 },
  thread: null,
  items: [
    { id: 'gmail:msg-1:question:aaa:0', candidateId: 'cand:x', threadId: null, messageId: 'gmail:msg-1', kind: 'question', category: 'workstyle', text: req.messages[0]!.items[0]!.text, start: 10, end: 30, status: 'answered_now', source: 'detected', at: 0, createdAt: 0, updatedAt: 0 },
  ],
  events: [],
  interviews: [],
  due: [],
  suggestions: [],
};

describe('withPendingItems', () => {
  it('adds newly read sentences as pending, keeps logged ones (and their status) as they are', () => {
    const merged = withPendingItems(logged, 'gmail', req.messages, 5);
    expect(merged.items).toHaveLength(2);
    expect(merged.items[0]).toBe(logged.items[0]);
    expect(isPending(merged.items[1]!)).toBe(true);
    expect(merged.items[1]).toMatchObject({ kind: 'anxiety', status: 'open', text: req.messages[0]!.items[1]!.text });
  });

  it('adds nothing from the recruiter’s own mail or when everything is logged', () => {
    const own = req.messages.map((m) => ({ ...m, fromCandidate: false }));
    expect(withPendingItems(logged, 'gmail', own, 5)).toBe(logged);
  });
});
