// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suggestions } from '../../components/sidebar/Suggestions';
import { getBuiltinTemplate } from '../../lib/templates/builtin';

afterEach(cleanup);

describe('Suggestions', () => {
  it('previews the filled template and inserts it in one click', async () => {
    const user = userEvent.setup();
    const onInsert = vi.fn(async () => ({ kind: 'inserted' as const }));
    render(
      <Suggestions
        suggestions={[{ template: getBuiltinTemplate('after_interview', 'en'), score: 88, reason: { key: 'suggestReasonFollowUpDue', params: [] } }]}
        values={{ candidateName: 'Alex Smith', position: 'Designer', company: 'Acme', recruiterName: 'Kim' }}
        language="en"
        onInsert={onInsert}
      />,
    );
    expect(screen.getByText(/send the follow-up by the next business day/)).toBeTruthy();
    const preview = screen.getByLabelText('Preview');
    expect(preview.textContent).toContain('Dear Alex Smith,');
    expect(preview.textContent).not.toContain('{{');
    await user.click(screen.getByRole('button', { name: 'Insert into reply' }));
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ id: 'builtin.after_interview.en' }), preview.textContent);
    expect(await screen.findByText(/Ctrl\+Z/)).toBeTruthy();
  });

  it('flags a missing value, asks for it, and only then allows insertion', async () => {
    const user = userEvent.setup();
    const onInsert = vi.fn(async () => ({ kind: 'inserted' as const }));
    render(
      <Suggestions
        suggestions={[{ template: getBuiltinTemplate('quick_answer', 'ja'), score: 90, reason: { key: 'suggestReasonOpenQuestions', params: [2] } }]}
        values={{ candidateName: '山田 太郎', company: '株式会社サンプル', recruiterName: '鈴木', question: 'リモートワークは可能でしょうか。' }}
        language="ja"
        onInsert={onInsert}
      />,
    );
    const button = screen.getByRole('button', { name: 'Insert into reply' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByRole('note').textContent).toMatch(/Your answer/);
    await user.type(screen.getByLabelText('Your answer'), '週3日まで可能です。');
    expect(button.disabled).toBe(false);
    await user.click(button);
    const [, text] = onInsert.mock.calls[0] as unknown as [unknown, string];
    expect(text).toContain('週3日まで可能です。');
    expect(text).toContain('山田 太郎 様');
    expect(text).not.toContain('{{');
  });
});
