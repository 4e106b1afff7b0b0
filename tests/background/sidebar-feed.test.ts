// The background's side of a mail tab's first moments: the sidebar frame's port and the page's report
// may arrive in either order (the frame is mounted at document_start, the page reports after parsing),
// and the frame must end up with the candidate's view and log either way.
import { createHandlers } from '../../lib/background/handlers';
import { acceptSidebarPort, SidebarFeed, type SidebarPort } from '../../lib/background/sidebar-feed';
import { TabViews } from '../../lib/background/tab-views';
import { SIDEBAR_PORT } from '../../lib/messages/ports';
import type { SidebarState } from '../../lib/messages/protocol';
import { dispatch } from '../../lib/messages/server';
import { freshDb } from '../helpers/db';

const ID = 'afterfollowid';
const ORIGIN = `chrome-extension://${ID}`;
const CANDIDATE = { name: '山田 太郎', email: 'taro.yamada@example.jp' };
const ME = { name: '採用担当 佐藤', email: 'sato@corp.example.co.jp' };
const TEXT = 'お世話になっております。\nリモートワークは週に何日可能でしょうか。';

const pageView = {
  site: 'gmail' as const,
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  user: ME,
  view: {
    kind: 'thread' as const,
    thread: {
      id: 't1',
      subject: '一次面接のお礼',
      participants: [],
      messages: [{ id: 'm1', sender: CANDIDATE, recipients: [], date: '2026-11-20T01:00:00Z', expanded: true, text: TEXT, segments: [{ kind: 'own' as const, start: 0, end: TEXT.length }] }],
    },
  },
};

function fakePort(tabId: number, over: Partial<SidebarPort> = {}) {
  const posted: SidebarState[] = [];
  const onDisconnect: Array<() => void> = [];
  let disconnected = false;
  const port: SidebarPort = {
    name: SIDEBAR_PORT,
    sender: { id: ID, url: `${ORIGIN}/sidebar.html`, tab: { id: tabId }, frameId: 7 },
    postMessage: (m) => posted.push((m as { state: SidebarState }).state),
    disconnect: () => void (disconnected = true),
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
    ...over,
  };
  return { port, posted, closed: () => disconnected, drop: () => onDisconnect.forEach((l) => l()) };
}

/** The background's wiring, as entrypoints/background.ts makes it. */
function background() {
  const db = freshDb();
  const tabs = new TabViews();
  const feed = new SidebarFeed(db, tabs);
  tabs.onChange((tabId) => void feed.push(tabId));
  const rereads: number[] = [];
  const sendToTab = async (tabId: number) => void rereads.push(tabId);
  const handlers = createHandlers(db, Date.now, undefined, tabs);
  const report = (tabId: number) => dispatch(handlers, { channel: 'afterfollow', type: 'page.view', data: pageView }, { tab: { id: tabId } } as never, () => {}, () => 'content');
  const connect = (p: SidebarPort) => acceptSidebarPort(p, tabs, feed, sendToTab, { id: ID, origin: ORIGIN });
  return { db, tabs, handlers, rereads, report, connect };
}

const shown = (s: SidebarState | undefined) => (s?.view.kind === 'thread' ? `${s.view.status}:${s.panel?.candidate?.name ?? '-'}` : s?.view.kind);

describe('the sidebar port and the page report, in either order', () => {
  it('port first: the frame gets the waiting view, the page is asked to report, then the candidate arrives', async () => {
    const bg = background();
    const frame = fakePort(1);
    bg.connect(frame.port);
    expect(bg.rereads).toEqual([1]);
    await vi.waitFor(() => expect(frame.posted.length).toBeGreaterThan(0));
    expect(shown(frame.posted[0])).toBe('waiting');
    expect(await bg.report(1)).toMatchObject({ ok: true, data: { status: 'candidate' } });
    await vi.waitFor(() => expect(shown(frame.posted.at(-1))).toBe('candidate:山田 太郎'));
  });

  it('page first: the frame gets the candidate as soon as it connects, and the page is not asked again', async () => {
    const bg = background();
    expect(await bg.report(2)).toMatchObject({ ok: true, data: { status: 'candidate' } });
    const frame = fakePort(2);
    bg.connect(frame.port);
    expect(bg.rereads).toEqual([]);
    await vi.waitFor(() => expect(frame.posted.length).toBeGreaterThan(0));
    expect(frame.posted.map(shown)).toEqual(['candidate:山田 太郎']);
  });

  it('both at once: the page is not asked again, and the last state posted is the candidate’s', async () => {
    const bg = background();
    const frame = fakePort(3);
    // The frame connects while the page's first report is being analysed and logged.
    const reported = bg.report(3);
    bg.connect(frame.port);
    expect(bg.rereads).toEqual([]);
    await reported;
    await vi.waitFor(() => expect(shown(frame.posted.at(-1))).toBe('candidate:山田 太郎'));
    // Once that report is done, a frame that connects to a tab still unknown asks again (a woken worker).
    const other = fakePort(30);
    bg.connect(other.port);
    expect(bg.rereads).toEqual([30]);
  });

  it('a reconnecting frame gets the state again; the old port hears nothing more', async () => {
    const bg = background();
    await bg.report(4);
    const first = fakePort(4);
    bg.connect(first.port);
    await vi.waitFor(() => expect(first.posted.length).toBe(1));
    first.drop();
    const second = fakePort(4);
    bg.connect(second.port);
    await vi.waitFor(() => expect(shown(second.posted.at(-1))).toBe('candidate:山田 太郎'));
    // The page moves on to the inbox: only the live port hears it.
    const list = { site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox', user: ME, view: { kind: 'list' } };
    await dispatch(bg.handlers, { channel: 'afterfollow', type: 'page.view', data: list }, { tab: { id: 4 } } as never, () => {}, () => 'content');
    await vi.waitFor(() => expect(shown(second.posted.at(-1))).toBe('list'));
    expect(first.posted.map(shown)).toEqual(['candidate:山田 太郎']);
  });

  it('refuses a port that is not our sidebar frame in a tab', async () => {
    const bg = background();
    const cases = [
      fakePort(5, { name: 'other' }),
      fakePort(5, { sender: { id: ID, url: `${ORIGIN}/sidebar.html`, tab: { id: 5 }, frameId: 0 } }),
      fakePort(5, { sender: { id: ID, url: `${ORIGIN}/dashboard.html`, tab: { id: 5 }, frameId: 3 } }),
      fakePort(5, { sender: { id: 'someone-else', url: `${ORIGIN}/sidebar.html`, tab: { id: 5 }, frameId: 3 } }),
      fakePort(5, { sender: { id: ID, url: 'https://mail.google.com/', tab: { id: 5 }, frameId: 3 } }),
    ];
    for (const c of cases) bg.connect(c.port);
    expect(cases.map((c) => c.closed())).toEqual([true, true, true, true, true]);
    expect(bg.rereads).toEqual([]);
  });
});
