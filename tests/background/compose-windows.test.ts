// A reply popped out into its own window: its sidebar shows the thread it answers, and a sidebar's
// insertion lands in the compose the user has open for that thread, in whichever window it is.
import { createHandlers, type BackgroundEffects } from '../../lib/background/handlers';
import { chooseInsertTarget, gatherComposeStates, type ComposeReport } from '../../lib/background/insert-target';
import type { TabMessage } from '../../lib/background/tab-messages';
import { TabViews } from '../../lib/background/tab-views';
import { dispatch } from '../../lib/messages/server';
import { freshDb } from '../helpers/db';

const CANDIDATE = { name: '山田 花子', email: 'hanako.yamada@example.jp' };
const OTHER = { name: 'Leo Martin', email: 'leo.martin@example.com' };
const ME = { name: '佐藤 健', email: 'ken.sato@example.co.jp' };
const DECLINE = '他社からも内定をいただいており、今回は辞退させていただきたく存じます。';

const threadView = (id = 'conv-1', sender = CANDIDATE) => ({
  site: 'outlook' as const,
  url: 'https://outlook.office.com/mail/inbox/id/conv-1',
  user: ME,
  view: {
    kind: 'thread' as const,
    thread: {
      id,
      subject: 'Re: 最終面接のご案内',
      participants: [],
      messages: [{ id: `${id}:a`, sender, recipients: [ME], date: '2026-11-20T01:00:00Z', expanded: true, text: `お世話になっております。\n${DECLINE}`, segments: [{ kind: 'own' as const, start: 0, end: 40 }] }],
    },
  },
});
const composeView = (recipients: { name: string; email: string }[]) => ({
  site: 'outlook' as const,
  url: 'https://outlook.office.com/mail/deeplink/compose?popoutv2=1&version=20261126004.11',
  user: null,
  view: { kind: 'compose' as const, recipients, subject: '', viewName: 'outlook.compose-popout' },
});

type State = { open: boolean; focusedAt: number; recipients: string[]; site?: string };

function setup(states: Record<number, State | 'silent'> = {}) {
  const db = freshDb();
  const tabs = new TabViews();
  const sent: [number, TabMessage][] = [];
  const shown: number[] = [];
  const effects: BackgroundEffects = {
    openDashboard: async () => {},
    dataChanged: () => {},
    mailTabs: async () => Object.keys(states).map(Number),
    showTab: async (id) => void shown.push(id),
    sendToTab: async (id, message) => {
      sent.push([id, message]);
      const s = states[id];
      if (message.type === 'compose-state') return s === 'silent' ? new Promise(() => {}) : s ? { site: 'outlook', ...s } : undefined;
      if (message.type === 'insert') return { kind: 'inserted' };
      return true;
    },
  };
  const handlers = createHandlers(db, Date.now, effects, tabs);
  const call = (type: string, data: unknown, tab: number, from: 'content' | 'sidebar' = 'content') =>
    dispatch(handlers, { channel: 'afterfollow', type, data }, { tab: { id: tab }, frameId: from === 'sidebar' ? 3 : 0 } as never, () => {}, () => from) as Promise<{ ok: boolean; data: never }>;
  return { db, tabs, sent, shown, call };
}

describe('a reply popped out into its own window', () => {
  it("mirrors the thread a mail tab shows to its recipient, and follows it; a reply to someone else says it holds a reply", async () => {
    const { tabs, call } = setup();
    expect((await call('page.view', threadView(), 1)).data).toMatchObject({ status: 'candidate' });
    const r = await call('page.view', composeView([CANDIDATE]), 2);
    expect(r.data).toEqual({ status: 'candidate', highlights: [] });
    expect(tabs.view(2)).toMatchObject({ kind: 'thread', threadKey: 'outlook:conv-1', status: 'candidate', decline: { level: 'hard' } });
    expect(tabs.get(2)?.compose).toEqual({ recipients: ['hanako.yamada@example.jp'] });

    await call('page.view', composeView([OTHER]), 3);
    expect(tabs.view(3)).toEqual({ kind: 'compose', site: 'outlook' });

    // The reply window opened first: it follows once the main window reads the thread.
    const { tabs: t2, call: c2 } = setup();
    await c2('page.view', composeView([{ name: '', email: 'Hanako.Yamada@example.jp' }]), 2);
    expect(t2.view(2)).toEqual({ kind: 'compose', site: 'outlook' });
    await c2('page.view', threadView(), 1);
    expect(t2.view(2)).toMatchObject({ kind: 'thread', threadKey: 'outlook:conv-1' });
  });

  it('a mark set in the reply window shows in the main window too, and both pages read again', async () => {
    const { tabs, sent, call } = setup();
    await call('page.view', threadView(), 1);
    await call('page.view', composeView([CANDIDATE]), 2);
    await call('thread.mark', { mark: 'not_candidate' }, 2, 'sidebar');
    expect(tabs.view(1)).toMatchObject({ kind: 'thread', status: 'not_candidate' });
    expect(tabs.view(2)).toMatchObject({ kind: 'thread', status: 'not_candidate' });
    expect(tabs.get(2)?.compose).toBeDefined();
    expect(sent.filter(([, m]) => m.type === 'reread').map(([id]) => id).sort()).toEqual([1, 2]);
  });
});

describe('where an insertion goes', () => {
  it('into the reply window the caret was in last, brought to the front; the asking tab otherwise', async () => {
    const { sent, shown, call } = setup({
      1: { open: false, focusedAt: 0, recipients: [] },
      2: { open: true, focusedAt: 1_000, recipients: ['hanako.yamada@example.jp'] },
      3: { open: true, focusedAt: 9_000, recipients: ['leo.martin@example.com'] },
    });
    await call('page.view', threadView(), 1);
    const r = await call('tab.insert', { text: 'お電話で少しお話しできますでしょうか。' }, 1, 'sidebar');
    expect(r.data).toEqual({ kind: 'inserted' });
    expect(sent.filter(([, m]) => m.type === 'insert')).toEqual([[2, { type: 'insert', text: 'お電話で少しお話しできますでしょうか。' }]]);
    expect(shown).toEqual([2]);
  });

  it('a page that does not answer is not waited for', async () => {
    const { sent, call } = setup({ 1: { open: true, focusedAt: 5, recipients: [] }, 2: 'silent' });
    await call('page.view', threadView(), 1);
    await call('tab.insert', { text: 'x' }, 1, 'sidebar');
    expect(sent.filter(([, m]) => m.type === 'insert').map(([id]) => id)).toEqual([1]);
  });

  const report = (tabId: number, open: boolean, focusedAt: number, recipients: string[] = [], site: 'gmail' | 'outlook' = 'outlook'): ComposeReport => ({ tabId, site, open, focusedAt, recipients });
  it.each([
    ['no compose anywhere: the asking tab opens a reply', [report(1, false, 0), report(2, false, 0)], 1],
    ['its own open compose, never focused, and no other', [report(1, true, 0)], 1],
    ['a reply window to the candidate beats an own compose the caret left earlier', [report(1, true, 10), report(2, true, 20, ['Hanako.Yamada@example.jp'])], 2],
    ['the own compose the caret is in now beats an older reply window', [report(1, true, 30), report(2, true, 20, ['hanako.yamada@example.jp'])], 1],
    ['a tie goes to the asking tab', [report(2, true, 20, ['hanako.yamada@example.jp']), report(1, true, 20)], 1],
    ['a compose to someone else is never written into', [report(1, false, 0), report(2, true, 99, ['leo.martin@example.com'])], 1],
    ['a compose on the other site is never written into', [report(1, false, 0), report(2, true, 99, ['hanako.yamada@example.jp'], 'gmail')], 1],
  ] as const)('%s', (_name, reports, want) => {
    expect(chooseInsertTarget(1, 'outlook', 'hanako.yamada@example.jp', reports)).toBe(want);
  });

  it('without a counterpart, only the asking tab', () => {
    expect(chooseInsertTarget(1, 'outlook', null, [report(1, false, 0), report(2, true, 5, ['x@example.com'])])).toBe(1);
  });

  it('gathers what answers in time and drops what is malformed', async () => {
    const reports = await gatherComposeStates(
      [1, 2, 3],
      async (id) => (id === 1 ? { ok: true } : id === 2 ? 'bad' : new Promise(() => {})),
      (raw) => ((raw as { ok?: boolean })?.ok ? { site: 'gmail', open: true, focusedAt: 1, recipients: [] } : null),
      50,
    );
    expect(reports).toEqual([{ tabId: 1, site: 'gmail', open: true, focusedAt: 1, recipients: [] }]);
  });
});
