import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../lib/background/handlers';
import { TabViews } from '../../lib/background/tab-views';
import { countAllItems } from '../../lib/db/item-store';
import { loadThreadPanel } from '../../lib/db/thread-panel';
import { send } from '../../lib/messages/client';
import { ProtocolFailure, type ProtocolError } from '../../lib/messages/envelope';
import { dispatch, listen, type Identify } from '../../lib/messages/server';
import { senderKind } from '../../lib/messages/senders';
import { getBuiltinTemplate } from '../../lib/templates/builtin';
import { freshDb } from '../helpers/db';

const ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${ID}`;
const identify: Identify = (s) => senderKind(s, ID, ORIGIN);
const SENDERS = {
  content: { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg', tab: { id: 7 }, frameId: 0 },
  sidebar: { id: ID, url: `${ORIGIN}/sidebar.html`, tab: { id: 7 }, frameId: 3 },
  dashboard: { id: ID, url: `${ORIGIN}/dashboard.html` },
  otherSite: { id: ID, url: 'https://evil.example.com/', tab: { id: 8 }, frameId: 0 },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
} as unknown as Record<'content' | 'sidebar' | 'dashboard' | 'otherSite' | 'otherExtension', Browser.runtime.MessageSender>;

const CANDIDATE_MAIL = '他社からも内定をいただいており、迷っております。\nリモートワークは週に何日可能でしょうか。';
function pageView() {
  return {
    site: 'gmail' as const,
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg',
    user: { name: '採用担当', email: 'recruiter@corp.example.co.jp' },
    view: {
      kind: 'thread' as const,
      thread: {
        id: 'thread-1',
        subject: 'Re: 一次面接のお礼',
        participants: [],
        messages: [
          {
            id: 'msg-1',
            sender: { name: '山田 太郎', email: 'taro.yamada@example.jp' },
            recipients: [{ name: '採用担当', email: 'recruiter@corp.example.co.jp' }],
            date: '2026-11-20T01:00:00Z',
            expanded: true,
            text: CANDIDATE_MAIL,
            segments: [{ kind: 'own' as const, start: 0, end: CANDIDATE_MAIL.length }],
          },
        ],
      },
    },
  };
}

describe('message protocol', () => {
  it('analyses and logs a page view from a content script in one step, and answers with the ranges to highlight', async () => {
    const db = freshDb();
    const tabs = new TabViews();
    const result = await dispatch(createHandlers(db, Date.now, undefined, tabs), { channel: 'afterfollow', type: 'page.view', data: pageView() }, SENDERS.content, () => {}, identify);
    expect(result).toMatchObject({ ok: true, data: { status: 'candidate' } });
    const highlights = (result as { data: { highlights: Array<{ start: number; end: number }> } }).data.highlights;
    expect(highlights.length).toBeGreaterThan(0);
    expect(highlights.map((h) => CANDIDATE_MAIL.slice(h.start, h.end)).join(' ')).toContain('他社');
    expect(await countAllItems(db)).toBeGreaterThan(0);
    const view = tabs.view(7);
    expect(view).toMatchObject({ kind: 'thread', status: 'candidate', candidateId: 'cand:taro.yamada@example.jp', decline: { level: 'soft' } });
  });

  it('ranks suggestions for the sidebar from the log, with an edited built-in in place of the shipped one', async () => {
    const db = freshDb();
    const shipped = getBuiltinTemplate('decline_hint_call', 'ja');
    await db.templates.put({ ...shipped, builtin: false, body: shipped.body + '\n追伸', updatedAt: new Date().toISOString() });
    const tabs = new TabViews();
    await dispatch(createHandlers(db, Date.now, undefined, tabs), { channel: 'afterfollow', type: 'page.view', data: pageView() }, SENDERS.content, () => {}, identify);
    const view = tabs.view(7);
    if (view.kind !== 'thread' || !view.candidateId) throw new Error('expected a candidate thread');
    const panel = await loadThreadPanel(db, { threadKey: view.threadKey, candidateId: view.candidateId, language: 'ja', declineLevel: 'soft', now: Date.now() });
    // The candidate's mail hints at declining: the call proposal comes first, in the team's wording.
    expect(panel?.suggestions[0]?.template.id).toBe(shipped.id);
    expect(panel?.suggestions[0]?.template.body.endsWith('追伸')).toBe(true);
    const ids = panel!.suggestions.map((s) => s.template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects an unknown type with a logged, typed error and touches nothing', async () => {
    const db = freshDb();
    const logged: [string, ProtocolError][] = [];
    const result = await dispatch(createHandlers(db), { channel: 'afterfollow', type: 'db.dropAll', data: {} }, SENDERS.dashboard, (t, e) => logged.push([t, e]), identify);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown_type' }) });
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toBe('db.dropAll');
  });

  it('rejects a malformed payload before it reaches the database', async () => {
    const db = freshDb();
    const logged: ProtocolError[] = [];
    const bad = { ...pageView(), site: 'yahoo', view: { kind: 'thread', thread: { id: 'x', subject: '', participants: [], messages: 'lots' } } };
    const result = await dispatch(createHandlers(db), { channel: 'afterfollow', type: 'page.view', data: bad }, SENDERS.content, (_, e) => logged.push(e), identify);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(logged[0]?.issues?.join('\n')).toMatch(/site/);
    expect(logged[0]?.issues?.join('\n')).toMatch(/messages/);
    expect(await db.candidates.count()).toBe(0);
    expect(await countAllItems(db)).toBe(0);
  });

  it.each([
    ['page.view', 'sidebar', pageView()],
    ['page.view', 'dashboard', pageView()],
    ['page.view', 'otherSite', pageView()],
    ['data.deleteAll', 'content', { confirm: true }],
    ['settings.set', 'content', { retentionDays: 1 }],
    ['settings.get', 'content', {}],
    ['item.update', 'content', { id: 'x', candidateId: 'cand:x@example.com', status: 'answered_now' }],
    ['sidebar.hello', 'dashboard', {}],
    ['tab.insert', 'content', { text: 'hello' }],
    ['tab.layoutReport', 'content', {}],
    ['tab.layoutReport', 'dashboard', {}],
    ['data.deleteAll', 'otherExtension', { confirm: true }],
  ] as const)('refuses %s from a %s sender, and writes nothing', async (type, from, data) => {
    const db = freshDb();
    await db.settings.put({ key: 'settings', value: { retentionDays: 365 } });
    const result = await dispatch(createHandlers(db), { channel: 'afterfollow', type, data }, SENDERS[from], () => {}, identify);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.candidates.count()).toBe(0);
    expect((await db.settings.get('settings'))?.value).toEqual({ retentionDays: 365 });
  });

  describe('page-layout report', () => {
    const report = { site: 'outlook', viewName: 'outlook.other', page: 'outlook.office.com /mail/…', outline: '<div role="main">\n  <div>' };
    const withTab = (answer: unknown) => {
      const asked: unknown[] = [];
      const tabs = new TabViews();
      const handlers = createHandlers(freshDb(), Date.now, { openDashboard: async () => {}, dataChanged: () => {}, sendToTab: async (tabId, message) => (asked.push([tabId, message]), answer), mailTabs: async () => [], showTab: async () => {} }, tabs);
      return { handlers, asked, tabs };
    };

    it('the sidebar gets its own tab\'s report, checked on the way', async () => {
      const { handlers, asked } = withTab(report);
      const result = await dispatch(handlers, { channel: 'afterfollow', type: 'tab.layoutReport', data: {} }, SENDERS.sidebar, () => {}, identify);
      expect(result).toEqual({ ok: true, data: { report } });
      expect(asked).toEqual([[7, { type: 'layout-report' }]]);
    });

    it.each([
      ['no answer', undefined],
      ['an outline beyond its bound', { ...report, outline: 'x'.repeat(400_001) }],
      ['a view name that is not one of ours', { ...report, viewName: '<img src=x>' }],
      ['an unknown site', { ...report, site: 'evil' }],
    ])('%s from the page gives no report', async (_name, answer) => {
      const { handlers } = withTab(answer);
      const result = await dispatch(handlers, { channel: 'afterfollow', type: 'tab.layoutReport', data: {} }, SENDERS.sidebar, () => {}, identify);
      expect(result).toEqual({ ok: true, data: { report: null } });
    });

    it('an unsupported page view keeps the view name the adapter saw for the sidebar; a malformed one is refused whole', async () => {
      const { handlers, tabs } = withTab(undefined);
      const view = { kind: 'unsupported', reason: 'outlook: this reading pane is not one we can read', viewName: 'outlook.popout-read' };
      const ok = await dispatch(handlers, { channel: 'afterfollow', type: 'page.view', data: { site: 'outlook', url: 'https://outlook.office.com/mail/', user: null, view } }, SENDERS.content, () => {}, identify);
      expect(ok).toMatchObject({ ok: true });
      expect(tabs.view(7)).toEqual({ kind: 'unsupported', site: 'outlook', reason: view.reason, viewName: 'outlook.popout-read' });
      const bad = await dispatch(handlers, { channel: 'afterfollow', type: 'page.view', data: { site: 'outlook', url: 'https://outlook.office.com/mail/', user: null, view: { ...view, viewName: 'Outlook Other!' } } }, SENDERS.content, () => {}, identify);
      expect(bad).toMatchObject({ ok: false });
      expect(tabs.view(7)).toEqual({ kind: 'unsupported', site: 'outlook', reason: view.reason, viewName: 'outlook.popout-read' });
    });
  });

  it('accepts data-changing messages from extension pages', async () => {
    const db = freshDb();
    const result = await dispatch(createHandlers(db), { channel: 'afterfollow', type: 'settings.set', data: { recruiterName: '佐藤' } }, SENDERS.dashboard, () => {}, identify);
    expect(result).toMatchObject({ ok: true, data: { recruiterName: '佐藤' } });
  });

  it('knows the sidebar only as a frame inside a tab', () => {
    expect(identify(SENDERS.sidebar)).toBe('sidebar');
    expect(identify({ ...SENDERS.sidebar, frameId: 0 })).toBeNull();
    expect(identify({ ...SENDERS.content, url: 'http://mail.google.com/' })).toBeNull();
  });

  it("takes an about:blank window as a content page only with a mail host's origin (Outlook's projected pop-out)", () => {
    const blank = { ...SENDERS.content, url: 'about:blank' };
    expect(identify({ ...blank, origin: 'https://outlook.office.com' } as never)).toBe('content');
    expect(identify({ ...blank, url: 'about:blank?windowId=7', origin: 'https://outlook.cloud.microsoft' } as never)).toBe('content');
    expect(identify({ ...blank, origin: 'https://evil.example.com' } as never)).toBeNull();
    expect(identify(blank)).toBeNull();
    expect(identify({ ...blank, url: 'about:srcdoc', origin: 'https://outlook.office.com' } as never)).toBeNull();
    expect(identify({ ...blank, origin: 'https://outlook.office.com', frameId: 2 } as never)).toBeNull();
  });

  it('ignores envelopes that are not ours so other listeners can answer', async () => {
    const result = await dispatch(createHandlers(freshDb()), { hello: 'world' }, SENDERS.dashboard, undefined, identify);
    expect(result).toBeUndefined();
  });

  it('validates on the sending side too: a bad request never leaves the page', async () => {
    const transport = vi.fn();
    await expect(send('item.update', { id: '', candidateId: 'cand:x@example.com' }, transport)).rejects.toBeInstanceOf(ProtocolFailure);
    expect(transport).not.toHaveBeenCalled();
  });

  it('refuses a response that does not match its schema', async () => {
    const transport = async () => ({ ok: true, data: { pong: 'yes' } });
    await expect(send('ping', {}, transport)).rejects.toMatchObject({ error: { code: 'bad_response' } });
  });

  it('surfaces handler errors as typed failures', async () => {
    const stop = listen(createHandlers(freshDb()), undefined, () => 'page');
    await expect(send('item.update', { id: 'nope', candidateId: 'cand:x@example.com', status: 'answered_now' })).rejects.toMatchObject({
      error: { code: 'handler_failed', message: expect.stringContaining('nope') },
    });
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
