// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import ja from '../../public/_locales/ja/messages.json';
import { Sidebar, useLayoutReportCopy } from '../../components/sidebar/Sidebar';
import { RailLayoutReport } from '../../components/sidebar/RailLayoutReport';
import { SidebarFrame } from '../../components/sidebar/SidebarFrame';
import type { SidebarActions, SidebarView } from '../../components/sidebar/model';
import { setMessageSourceForTests } from '../../lib/platform/i18n';
import type { Item } from '../../lib/records';
import type { ThreadState } from '../../lib/messages/protocol';

const at = Date.UTC(2026, 10, 20, 1);
const item = (over: Partial<Item>): Item => ({
  id: 'gmail:m1:question:0-10',
  candidateId: 'cand:a@example.com',
  threadId: 'gmail:t1',
  messageId: 'gmail:m1',
  kind: 'question',
  category: 'workstyle',
  text: 'リモートワークは週に何日可能でしょうか。',
  start: 0,
  end: 10,
  status: 'open',
  source: 'detected',
  at,
  createdAt: at,
  updatedAt: at,
  ...over,
});

const state = (items: Item[]): ThreadState => ({
  status: 'candidate',
  reason: 'detected',
  candidate: {
    id: 'cand:a@example.com',
    name: '山田 太郎',
    email: 'a@example.com',
    position: 'Backend engineer',
    stage: 'interview_1',
    owner: 'HR',
    nextInterviewAt: null,
    lastCandidateContactAt: at,
    lastRecruiterContactAt: null,
    createdAt: at,
    updatedAt: at,
  },
  thread: { id: 'gmail:t1', site: 'gmail', candidateId: 'cand:a@example.com', subject: 's', language: 'ja', mark: 'auto', lastSeenAt: at, url: '' },
  items,
  events: [],
  interviews: [],
  due: [],
  suggestions: [],
});

function actions(): SidebarActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    retry: vi.fn(),
    setMark: vi.fn(),
    updateCandidate: vi.fn(async () => {}),
    updateItem: vi.fn(async () => {}),
    addItem: vi.fn(async () => {}),
    proposeCall: vi.fn(async () => ({ kind: 'inserted' as const })),
    requestSurvey: vi.fn(async () => ({ kind: 'copied' as const })),
    dismissHint: vi.fn(),
    openDashboard: vi.fn(),
    addInterview: vi.fn(async () => {}),
    saveInterviewNotes: vi.fn(async () => {}),
    insertTemplate: vi.fn(async () => ({ kind: 'inserted' as const })),
    markDone: vi.fn(async () => {}),
    layoutReport: vi.fn(async () => 'Afterfollow page-layout report\nview: outlook.other\noutline:\n<div role="main">'),
    copyText: vi.fn(async () => {}),
  };
}

const candidateView = (items: Item[], decline: Extract<SidebarView, { kind: 'candidate' }>['decline'] = null, declineFinal = false): SidebarView => ({
  kind: 'candidate',
  state: state(items),
  decline,
  declineFinal,
  language: 'ja',
  suggestions: [],
  templateValues: {},
});

afterEach(() => {
  cleanup();
  setMessageSourceForTests(null);
});

describe('Sidebar', () => {
  it('is a complementary landmark named Afterfollow whose collapse control works by keyboard', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(
      <SidebarFrame rail={false} signals={{ decline: false, overdue: 0 }} onToggle={onToggle}>
        <p>inside</p>
      </SidebarFrame>,
    );
    expect(screen.getByRole('complementary', { name: 'Afterfollow' })).toBeTruthy();
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('as a rail, hides the content but still shows the decline hint and the overdue count', () => {
    render(
      <SidebarFrame rail signals={{ decline: true, overdue: 3 }} onToggle={() => {}}>
        <p>inside</p>
      </SidebarFrame>,
    );
    expect(screen.queryByText('inside')).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Afterfollow' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Decline hint in this thread' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Overdue follow-ups: 3' }).textContent).toBe('3');
    expect(screen.getByRole('button', { name: 'Expand Afterfollow sidebar' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('as a rail without signals shows none', () => {
    render(
      <SidebarFrame rail signals={{ decline: false, overdue: 0 }} onToggle={() => {}}>
        <p>inside</p>
      </SidebarFrame>,
    );
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('lists questions and worries, deferred ones first in their own section', () => {
    render(
      <Sidebar
        view={candidateView([
          item({}),
          item({ id: 'x2', kind: 'anxiety', text: '残業が多いのではないかと不安です。', status: 'deferred' }),
          item({ id: 'x3', text: 'dismissed one', status: 'dismissed' }),
        ])}
        actions={actions()}
      />,
    );
    expect(screen.getByTestId('candidate-name').textContent).toBe('山田 太郎');
    const deferred = screen.getByRole('region', { name: /To answer at the next interview/ });
    expect(within(deferred).getByText('残業が多いのではないかと不安です。')).toBeTruthy();
    expect(screen.getByText('リモートワークは週に何日可能でしょうか。')).toBeTruthy();
    expect(screen.queryByText('dismissed one')).toBeNull();
  });

  it('lists only this thread’s items and says how many wait in other threads', () => {
    render(<Sidebar view={candidateView([item({}), item({ id: 'other', threadId: 'gmail:t2', text: 'From another thread?' })])} actions={actions()} />);
    expect(screen.queryByText('From another thread?')).toBeNull();
    expect(screen.getByText(/1 open items from other threads/)).toBeTruthy();
  });

  it('changes an item status and category through the actions', async () => {
    const user = userEvent.setup();
    const a = actions();
    render(<Sidebar view={candidateView([item({})])} actions={a} />);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Status/ }), 'deferred');
    expect(a.updateItem).toHaveBeenCalledWith('gmail:m1:question:0-10', { status: 'deferred' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^Category/ }), 'compensation');
    expect(a.updateItem).toHaveBeenCalledWith('gmail:m1:question:0-10', { category: 'compensation' });
  });

  it('adds an item by hand and refuses an empty one', async () => {
    const user = userEvent.setup();
    const a = actions();
    render(<Sidebar view={candidateView([])} actions={a} />);
    await user.click(screen.getByRole('button', { name: /Add an item/ }));
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Write the question/);
    expect(a.addItem).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox'), '転勤はありますか');
    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    expect(a.addItem).toHaveBeenCalledWith({ kind: 'question', category: 'other', text: '転勤はありますか' });
  });

  it('shows the decline alert with "Propose a call" and reports the insertion', async () => {
    const user = userEvent.setup();
    const a = actions();
    render(<Sidebar view={candidateView([], { level: 'soft', phrases: ['他社からも内定をいただいており'], messageAt: at, messageId: 'm1' })} actions={a} />);
    expect(screen.getByText('他社からも内定をいただいており')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ask for the decline survey' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Propose a call' }));
    expect(a.proposeCall).toHaveBeenCalledOnce();
    expect((await screen.findByText(/Ctrl\+Z undoes it/)).textContent).toBeTruthy();
  });

  it('a hard hint not yet confirmed after a call: the call, no survey', () => {
    render(<Sidebar view={candidateView([], { level: 'hard', phrases: ['辞退させていただきます'], messageAt: at, messageId: 'm1' })} actions={actions()} />);
    expect(screen.getByRole('button', { name: 'Propose a call' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ask for the decline survey' })).toBeNull();
  });

  it('offers the survey request once the decline is final and says when the text went to the clipboard', async () => {
    const user = userEvent.setup();
    const a = actions();
    render(<Sidebar view={candidateView([], { level: 'hard', phrases: ['辞退させていただきます'], messageAt: at, messageId: 'm1' }, true)} actions={a} />);
    await user.click(screen.getByRole('button', { name: 'Ask for the decline survey' }));
    expect(await screen.findByText(/clipboard/)).toBeTruthy();
  });

  it('uses the Japanese catalogue for the button', () => {
    setMessageSourceForTests((k) => (ja as Record<string, { message: string }>)[k]?.message ?? '');
    render(<Sidebar view={candidateView([], { level: 'soft', phrases: ['x'], messageAt: at, messageId: 'm1' })} actions={actions()} />);
    expect(screen.getByRole('button', { name: '電話を提案する' })).toBeTruthy();
  });

  it('outside candidate threads stays small, offers "Mark as candidate" and no call button', async () => {
    const user = userEvent.setup();
    const a = actions();
    render(<Sidebar view={{ kind: 'not-candidate', reason: 'not_detected' }} actions={a} />);
    expect(screen.queryByRole('button', { name: 'Propose a call' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mark as candidate' }));
    expect(a.setMark).toHaveBeenCalledWith('candidate');
  });

  it('shows what is due, overdue first, and marks one done', async () => {
    const user = userEvent.setup();
    const a = actions();
    const s = state([]);
    s.due = [
      { kind: 'gap_reminder', candidateId: 'c', refId: 'iv2', triggerAt: at, dueAt: at + 9e8, overdue: false, done: false },
      { kind: 'post_interview_follow_up', candidateId: 'c', refId: 'iv1', triggerAt: at, dueAt: at + 1, overdue: true, done: false },
      { kind: 'interviewer_notes', candidateId: 'c', refId: 'iv1', triggerAt: at, dueAt: at, overdue: true, done: true },
    ];
    render(<Sidebar view={{ ...candidateView([]), state: s } as SidebarView} actions={a} />);
    const rows = document.querySelectorAll('[data-due-kind]');
    expect([...rows].map((r) => r.getAttribute('data-due-kind'))).toEqual(['post_interview_follow_up', 'gap_reminder']);
    expect(rows[0]!.textContent).toMatch(/Overdue since/);
    await user.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Mark done' }));
    expect(a.markDone).toHaveBeenCalledWith(expect.objectContaining({ kind: 'post_interview_follow_up', refId: 'iv1' }));
  });

  it('renders hostile mail text as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>\u202Egnp.exe';
    const { container } = render(<Sidebar view={candidateView([item({ text: hostile })])} actions={actions()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    const bdi = screen.getByText(hostile);
    expect(bdi.tagName).toBe('BDI');
    expect(bdi.getAttribute('dir')).toBe('auto');
  });

  it('has no axe violations in the candidate view', async () => {
    const { container } = render(
      <SidebarFrame rail={false} signals={{ decline: true, overdue: 0 }} onToggle={() => {}}>
        <Sidebar view={candidateView([item({})], { level: 'soft', phrases: ['x'], messageAt: at, messageId: 'm1' })} actions={actions()} />
      </SidebarFrame>,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('outside a thread the rail shows today\'s due count, which opens the dashboard', async () => {
    const user = userEvent.setup();
    const open = vi.fn();
    render(
      <SidebarFrame rail signals={{ decline: false, overdue: 0, dueToday: 4 }} onToggle={() => {}} onOpenDashboard={open}>
        <p>inside</p>
      </SidebarFrame>,
    );
    await user.click(screen.getByRole('button', { name: 'Due today: 4' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('orders by urgency: the decline hint, what is due, the questions, then suggestions and the candidate', () => {
    const s = state([item({})]);
    s.due = [{ kind: 'post_interview_follow_up', candidateId: 'c', refId: 'iv1', triggerAt: at, dueAt: at + 1, overdue: true, done: false }];
    render(<Sidebar view={{ ...candidateView([item({})], { level: 'soft', phrases: ['x'], messageAt: at, messageId: 'm1' }), state: s } as SidebarView} actions={actions()} />);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent ?? '');
    const index = (re: RegExp) => headings.findIndex((h) => re.test(h));
    expect(index(/Decline/)).toBeLessThan(index(/^Due/));
    expect(index(/^Due/)).toBeLessThan(index(/Questions and worries/));
    expect(index(/Questions and worries/)).toBeLessThan(index(/^Candidate/));
  });

  it('writes the interviewer\'s notes of an interview', async () => {
    const user = userEvent.setup();
    const a = actions();
    const s = state([]);
    s.interviews = [{ id: 'iv1', candidateId: 'c', at, stage: 'interview_1', interviewers: ['Sato'], durationMinutes: 60, notes: '' }];
    render(<Sidebar view={{ ...candidateView([]), state: s } as SidebarView} actions={a} />);
    await user.click(screen.getByRole('button', { name: /Interviewer's notes:/ }));
    await user.type(screen.getByRole('textbox', { name: "Interviewer's notes" }), 'Asked about remote days.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(a.saveInterviewNotes).toHaveBeenCalledWith('iv1', 'Asked about remote days.');
  });

  it('an Enter that confirms an IME conversion does not submit a form', () => {
    const a = actions();
    const s = state([]);
    s.interviews = [{ id: 'iv1', candidateId: 'c', at, stage: 'interview_1', interviewers: [], durationMinutes: 60, notes: '' }];
    render(<Sidebar view={{ ...candidateView([]), state: s } as SidebarView} actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: /Interviewer's notes:/ }));
    const composingEnter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, isComposing: true });
    screen.getByRole('textbox', { name: "Interviewer's notes" }).dispatchEvent(composingEnter);
    expect(composingEnter.defaultPrevented).toBe(true);
    const plainEnter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    screen.getByRole('textbox', { name: "Interviewer's notes" }).dispatchEvent(plainEnter);
    expect(plainEnter.defaultPrevented).toBe(false);
  });

  it('a window holding only a reply whose thread no tab shows says where its text comes from', () => {
    render(<Sidebar view={{ kind: 'compose-window', dueToday: 0 }} actions={actions()} />);
    expect(screen.getByRole('status').textContent).toMatch(/holds a reply.*main window/);
    expect(screen.getByRole('button', { name: 'Open dashboard' })).toBeTruthy();
  });

  describe('a view it did not understand', () => {
    const unsupported: Extract<SidebarView, { kind: 'unsupported' }> = { kind: 'unsupported', dueToday: 0, viewName: 'outlook.other' };

    it('names the view and copies the page-layout report with the keyboard', async () => {
      const a = actions();
      render(<Sidebar view={unsupported} actions={a} />);
      expect(screen.getByTestId('view-name').textContent).toBe('outlook.other');
      const button = screen.getByRole('button', { name: 'Copy page-layout report' });
      button.focus();
      await userEvent.keyboard('{Enter}');
      expect(a.layoutReport).toHaveBeenCalledTimes(1);
      expect(a.copyText).toHaveBeenCalledWith(expect.stringContaining('view: outlook.other'));
      expect(await screen.findByText('Page-layout report copied.')).toBeTruthy();
      expect(screen.queryByRole('textbox')).toBeNull();
    });

    it('when the frame may not write to the clipboard, shows the report selected in a read-only box', async () => {
      const a = actions();
      a.copyText = vi.fn(async () => {
        throw new DOMException('Write permission denied.', 'NotAllowedError');
      });
      render(<Sidebar view={unsupported} actions={a} />);
      fireEvent.click(screen.getByRole('button', { name: 'Copy page-layout report' }));
      const box = (await screen.findByRole('textbox', { name: 'Page-layout report' })) as HTMLTextAreaElement;
      expect(box.readOnly).toBe(true);
      expect(box.value).toContain('view: outlook.other');
      expect(document.activeElement).toBe(box);
      expect(box.selectionStart).toBe(0);
      expect(box.selectionEnd).toBe(box.value.length);
    });

    it('says so when the mail page does not answer', async () => {
      const a = actions();
      a.layoutReport = vi.fn(async () => null);
      render(<Sidebar view={unsupported} actions={a} />);
      fireEvent.click(screen.getByRole('button', { name: 'Copy page-layout report' }));
      expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
      expect(a.copyText).not.toHaveBeenCalled();
    });

    function RailOf({ a, rail, onExpand }: { a: SidebarActions; rail: boolean; onExpand: () => void }) {
      const report = useLayoutReportCopy(a);
      return (
        <SidebarFrame rail={rail} signals={{ decline: false, overdue: 0 }} onToggle={onExpand} railExtra={<RailLayoutReport viewName={unsupported.viewName} report={report} onExpand={onExpand} />}>
          <Sidebar view={unsupported} actions={a} report={report} />
        </SidebarFrame>
      );
    }

    it('the collapsed rail already names the view and copies the report, reached with Tab', async () => {
      const a = actions();
      render(<RailOf a={a} rail onExpand={vi.fn()} />);
      expect(screen.getByTestId('view-name').textContent).toBe('outlook.other');
      await userEvent.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Expand Afterfollow sidebar' }));
      await userEvent.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy page-layout report' }));
      await userEvent.keyboard('{Enter}');
      expect(a.copyText).toHaveBeenCalledWith(expect.stringContaining('view: outlook.other'));
      expect((await screen.findByRole('status')).textContent).toContain('Page-layout report copied.');
    });

    it('from the rail, where the clipboard is refused, the sidebar opens on the report selected in its box', async () => {
      const a = actions();
      a.copyText = vi.fn(async () => {
        throw new DOMException('Write permission denied.', 'NotAllowedError');
      });
      const expand = vi.fn();
      const { rerender } = render(<RailOf a={a} rail onExpand={expand} />);
      fireEvent.click(screen.getByRole('button', { name: 'Copy page-layout report' }));
      await vi.waitFor(() => expect(expand).toHaveBeenCalledTimes(1));
      rerender(<RailOf a={a} rail={false} onExpand={expand} />);
      const box = (await screen.findByRole('textbox', { name: 'Page-layout report' })) as HTMLTextAreaElement;
      expect(box.value).toContain('view: outlook.other');
      expect(document.activeElement).toBe(box);
    });

    it('the rail speaks Japanese and has no axe violations', async () => {
      setMessageSourceForTests((k) => (ja as Record<string, { message: string }>)[k]?.message ?? '');
      const { container } = render(<RailOf a={actions()} rail onExpand={vi.fn()} />);
      expect(screen.getByRole('button', { name: 'ページ構造レポートをコピー' })).toBeTruthy();
      expect(container.textContent).toContain('認識した画面:');
      const result = await axe.run(container);
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });

    it('speaks Japanese in the Japanese catalogue and has no axe violations', async () => {
      setMessageSourceForTests((k) => (ja as Record<string, { message: string }>)[k]?.message ?? '');
      const { container } = render(<Sidebar view={{ ...unsupported, viewName: '' }} actions={actions()} />);
      expect(screen.getByRole('button', { name: 'ページ構造レポートをコピー' })).toBeTruthy();
      expect(screen.getByTestId('view-name').textContent).toBe('不明');
      const result = await axe.run(container);
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });
  });
});
