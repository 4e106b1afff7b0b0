// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowUpPanel } from '../../components/dashboard/followup/FollowUpPanel';
import { getDb } from '../../lib/db/database';
import { addInterview, updateItem } from '../../lib/db/edits';
import { ingestThread } from '../../lib/db/ingest-thread';
import { getItem } from '../../lib/db/item-store';
import { deleteEverything } from '../../lib/db/maintenance';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { prepSheetText } from '../../lib/prep-sheet-text';
import { threadOpenRequest } from '../helpers/db';

afterEach(async () => {
  cleanup();
  await deleteEverything(getDb());
});

const DAY = 86_400_000;

async function seed() {
  const db = getDb();
  const calm = threadOpenRequest({ threadId: 't-calm', counterpart: { name: 'Calm Candidate', email: 'calm@example.com' } });
  calm.messages = [{ ...calm.messages[0]!, id: 'calm-1', declineLevel: 'none', declinePhrases: [], items: [] }];
  await ingestThread(db, threadOpenSchema.parse(calm));
  // 山田: a soft decline hint after our last reply, and a deferred question for the next interview.
  const state = await ingestThread(db, threadOpenSchema.parse(threadOpenRequest({ messages: [{ ...threadOpenRequest().messages[0]!, at: Date.now() - DAY }] })));
  await updateItem(db, { id: state.items[0]!.id, candidateId: state.candidate!.id, status: 'deferred' });
  await addInterview(db, { candidateId: state.candidate!.id, at: Date.now() + 3 * DAY, stage: 'interview_2', interviewers: ['Tanaka'] });
  return state;
}

describe('Follow-up panel', () => {
  it('ranks the wavering candidate first with the reason, and opens the prep sheet', async () => {
    const user = userEvent.setup();
    await seed();
    const copy = vi.fn(async () => {});
    render(<FollowUpPanel download={() => {}} confirm={() => true} copy={copy} print={() => {}} />);
    await waitFor(() => expect(document.querySelectorAll('tbody tr[data-candidate-id]')).toHaveLength(2));
    const rows = [...document.querySelectorAll('tbody tr[data-candidate-id]')] as HTMLElement[];
    expect(rows[0]!.textContent).toContain('山田 太郎');
    expect(rows[0]!.textContent).toContain('Wavering');
    await user.click(within(rows[0]!).getByRole('button', { name: 'Prep sheet' }));
    const sheet = await screen.findByRole('region', { name: /Interview prep sheet/ });
    // Deferred question and the open worry are to be answered; grouped by category.
    expect(within(sheet).getByText('リモートワークは週に何日可能でしょうか。')).toBeTruthy();
    expect(within(sheet).getByText('残業が多いのではないかと不安です。')).toBeTruthy();
    await user.click(within(sheet).getByRole('button', { name: 'Copy as text' }));
    expect(copy).toHaveBeenCalledWith(expect.stringContaining('リモートワークは週に何日可能でしょうか。'));
  });

  it('lets the interviewer tick an item as answered at the interview', async () => {
    const user = userEvent.setup();
    const state = await seed();
    render(<FollowUpPanel download={() => {}} confirm={() => true} copy={async () => {}} print={() => {}} />);
    const row = await waitFor(() => {
      const r = document.querySelector(`tr[data-candidate-id="${state.candidate!.id}"]`) as HTMLElement | null;
      if (!r) throw new Error('no row');
      return r;
    });
    await user.click(within(row).getByRole('button', { name: 'Prep sheet' }));
    const box = await screen.findByRole('checkbox', { name: /リモートワーク/ });
    await user.click(box);
    await waitFor(async () => expect((await getItem(getDb(), state.candidate!.id, state.items[0]!.id))?.status).toBe('answered_at_interview'));
  });

  it('writes the prep sheet as text grouped by category', () => {
    const item = (category: 'workstyle' | 'compensation', text: string) =>
      ({ id: text, candidateId: 'c', threadId: null, messageId: null, kind: 'question', category, text, start: null, end: null, status: 'deferred', source: 'manual', at: 0, createdAt: 0, updatedAt: 0 }) as const;
    const text = prepSheetText(
      { candidateName: 'A', nextInterview: 'Fri', toAnswer: [item('workstyle', 'Remote?'), item('compensation', 'Bonus?'), item('workstyle', 'Overtime?')], answered: [] },
      { title: 'Prep', nextInterview: 'Next', toAnswer: 'To answer', answered: 'Answered', category: (c) => c, kind: (k) => k, status: (s) => s },
    );
    expect(text).toBe('Prep: A\nNext: Fri\n\n■ To answer\n[workstyle]\n- (question) Remote?\n- (question) Overtime?\n[compensation]\n- (question) Bonus?\n');
  });

  it('puts the decline risk with its words first and the interviewers\' notes last in the text', () => {
    const text = prepSheetText(
      {
        candidateName: 'A',
        nextInterview: 'Fri',
        toAnswer: [],
        answered: [],
        declineRisk: { level: 'soft', phrases: ['今回は見送らせていただくことも考え'] },
        notes: [{ label: 'Nov 20 · 1st interview · Sato', notes: 'Cares about remote days.\nAsk about the team.' }],
      },
      { title: 'Prep', nextInterview: 'Next', toAnswer: 'To answer', answered: 'Answered', category: (c) => c, kind: (k) => k, status: (s) => s, declineRisk: (l) => `Risk: ${l}`, notes: 'Notes' },
    );
    expect(text).toBe(
      'Prep: A\nNext: Fri\n\n■ Risk: soft\n- 今回は見送らせていただくことも考え\n\n■ To answer\n\n■ Notes\n[Nov 20 · 1st interview · Sato]\n  Cares about remote days.\n  Ask about the team.\n',
    );
  });
});
