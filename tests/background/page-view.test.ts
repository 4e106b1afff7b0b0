// The background's one step for a page view: analyse, log, remember the tab's view — and in a pop-out
// read window, which shows no mailbox address, know the user from the main window.
import { createHandlers } from '../../lib/background/handlers';
import { TabViews } from '../../lib/background/tab-views';
import { dispatch } from '../../lib/messages/server';
import { updateItem } from '../../lib/db/edits';
import { freshDb } from '../helpers/db';

const CANDIDATE = { name: '山田 太郎', email: 'taro.yamada@example.jp' };
const ME = { name: '採用担当 佐藤', email: 'sato@corp.example.co.jp' };
const QUESTION = 'リモートワークは週に何日可能でしょうか。';

function view(user: typeof ME | null, messages: Array<{ id: string; sender: typeof ME; text: string; date: string }>) {
  return {
    site: 'outlook' as const,
    url: 'https://outlook.office.com/mail/deeplink/read/AAMk1',
    user,
    view: {
      kind: 'thread' as const,
      thread: {
        id: 'conv-1',
        subject: 'Re: 一次面接のお礼',
        participants: [],
        messages: messages.map((m) => ({ ...m, recipients: [], expanded: true, segments: [{ kind: 'own' as const, start: 0, end: m.text.length }] })),
      },
    },
  };
}

describe('page.view in the background', () => {
  it('uses the address remembered from the main window when a pop-out shows none', async () => {
    const db = freshDb();
    const tabs = new TabViews();
    const handlers = createHandlers(db, Date.now, undefined, tabs);
    const send = (data: unknown, tab: number) =>
      dispatch(handlers, { channel: 'afterfollow', type: 'page.view', data }, { tab: { id: tab } } as never, () => {}, () => 'content');

    // The main window shows the mailbox address.
    const main = await send(view(ME, [{ id: 'm1', sender: CANDIDATE, text: `お世話になっております。\n${QUESTION}`, date: '2026-11-20T01:00:00Z' }]), 1);
    expect(main).toMatchObject({ ok: true, data: { status: 'candidate' } });

    // The pop-out read window: no address on the page; the user's own reply is in the thread.
    const popout = await send(
      view(null, [
        { id: 'm1', sender: CANDIDATE, text: `お世話になっております。\n${QUESTION}`, date: '2026-11-20T01:00:00Z' },
        { id: 'm2', sender: ME, text: 'ご質問ありがとうございます。週2日まで可能です。', date: '2026-11-20T03:00:00Z' },
      ]),
      2,
    );
    expect(popout).toMatchObject({ ok: true, data: { status: 'candidate' } });
    expect(tabs.view(2)).toMatchObject({ kind: 'thread', candidateId: 'cand:taro.yamada@example.jp' });
    // The reply is known as the user's own: it discharges the follow-up as a sent mail.
    const sent = (await db.events.toArray()).filter((e) => e.kind === 'mail_sent');
    expect(sent.map((e) => e.detail.messageId)).toEqual(['outlook:m2']);
  });

  it("logs nothing from a colleague of the user's own organisation, even about a decline", async () => {
    const db = freshDb();
    const tabs = new TabViews();
    const handlers = createHandlers(db, Date.now, undefined, tabs);
    const colleague = { name: '田中 部長', email: 'tanaka@corp.example.co.jp' };
    const text = '山田さんから他社の内定を承諾したので辞退したいと連絡がありました。\n来週の面接枠はどうしましょうか？';
    const r = await dispatch(handlers, { channel: 'afterfollow', type: 'page.view', data: view(ME, [{ id: 'c1', sender: colleague, text, date: '2026-11-20T01:00:00Z' }]) }, { tab: { id: 3 } } as never, () => {}, () => 'content');
    expect(r).toMatchObject({ ok: true, data: { status: 'not_candidate', highlights: [] } });
    expect(await db.candidates.count()).toBe(0);
    expect(await db.table('itemBooks').count()).toBe(0);
  });

  it("shows a colleague's forward as internal, logs nothing, and logs the original sender's mail once the user decides", async () => {
    const db = freshDb();
    const tabs = new TabViews();
    const handlers = createHandlers(db, Date.now, undefined, tabs);
    const colleague = { name: '田中 部長', email: 'tanaka@corp.example.co.jp' };
    const text = [
      '佐藤さん、候補者からのメールを転送します。対応をお願いできますか？',
      '',
      '---------- Forwarded message ---------',
      'From: 山田 太郎 <taro.yamada@example.jp>',
      'Date: 2026年11月20日(金) 10:00',
      'Subject: 一次面接のお礼',
      'To: 田中 部長 <tanaka@corp.example.co.jp>',
      '',
      '一次面接ではありがとうございました。',
      QUESTION,
    ].join('\n');
    const data = { ...view(ME, [{ id: 'f1', sender: colleague, text, date: '2026-11-20T02:00:00Z' }]), site: 'gmail' as const };
    data.view.thread.subject = 'Fwd: 一次面接のお礼';
    const call = (type: string, payload: unknown, kind: 'content' | 'sidebar') =>
      dispatch(handlers, { channel: 'afterfollow', type, data: payload }, { tab: { id: 4 } } as never, () => {}, () => kind);

    expect(await call('page.view', data, 'content')).toMatchObject({ ok: true, data: { status: 'not_candidate' } });
    expect(tabs.view(4)).toMatchObject({ kind: 'thread', status: 'not_candidate', reason: 'internal_forward', forwardedFrom: { email: 'taro.yamada@example.jp' } });
    expect(await db.candidates.count()).toBe(0);

    // One click: the thread is the forwarded candidate's.
    expect(await call('thread.mark', { mark: 'candidate' }, 'sidebar')).toMatchObject({ ok: true });
    expect((await db.candidates.toArray()).map((c) => c.email)).toEqual(['taro.yamada@example.jp']);
    const texts = (await db.table('itemBooks').toArray()).flatMap((b: { items: Array<{ text: string }> }) => b.items.map((i) => i.text));
    expect(texts).toContain(QUESTION);
    expect(texts.join('\n')).not.toContain('対応をお願いできますか');
    // Read again later: still the candidate's, never the colleague's.
    await call('page.view', data, 'content');
    expect((await db.candidates.toArray()).map((c) => c.email)).toEqual(['taro.yamada@example.jp']);
  });

  it('forgets nothing of another tab: each tab keeps its own view', async () => {
    const db = freshDb();
    const tabs = new TabViews();
    const handlers = createHandlers(db, Date.now, undefined, tabs);
    await dispatch(handlers, { channel: 'afterfollow', type: 'page.view', data: { site: 'gmail', url: '', user: ME, view: { kind: 'list' } } }, { tab: { id: 5 } } as never, () => {}, () => 'content');
    expect(tabs.view(5)).toEqual({ kind: 'list', site: 'gmail' });
    expect(tabs.view(6)).toEqual({ kind: 'waiting' });
  });

  describe('a pop-out read window names an item, not its conversation', () => {
    const DECLINE = '他社からも内定をいただいており、今回は辞退させていただきたく存じます。';
    const TEXT = `お世話になっております。\n${QUESTION}\n${DECLINE}`;
    const DATE = '2026-11-20T01:00:00Z';
    const popout = (id: string, messages: Array<{ id: string; sender: typeof ME; text: string; date: string }>) => {
      const v = view(null, messages);
      return { ...v, view: { ...v.view, thread: { ...v.view.thread, id, idKind: 'message' as const } } };
    };
    function setup() {
      const db = freshDb();
      const tabs = new TabViews();
      const handlers = createHandlers(db, Date.now, undefined, tabs);
      const send = (data: unknown, tab: number) =>
        dispatch(handlers, { channel: 'afterfollow', type: 'page.view', data }, { tab: { id: tab } } as never, () => {}, () => 'content') as Promise<{ ok: boolean; data: { status: string; highlights: { messageId: string }[] } }>;
      return { db, tabs, send };
    }

    it('logs into the conversation the main window logged, once, and highlights under the page\'s own ids', async () => {
      const { db, tabs, send } = setup();
      const main = await send(view(ME, [{ id: 'conv-1:aaa', sender: CANDIDATE, text: TEXT, date: DATE }]), 1);
      expect(main.data.status).toBe('candidate');
      const items = await db.table('itemBooks').toArray();
      const r = await send(
        popout('AAkALgItem9', [
          { id: 'AAkALgItem9:bbb', sender: CANDIDATE, text: TEXT, date: DATE },
          { id: 'AAkALgItem9:ccc', sender: ME, text: 'ご連絡ありがとうございます。', date: '2026-11-20T03:00:00Z' },
        ]),
        2,
      );
      expect(r.data.status).toBe('candidate');
      expect(tabs.view(2)).toMatchObject({ kind: 'thread', threadKey: 'outlook:conv-1' });
      expect((await db.threads.toArray()).map((t) => t.id)).toEqual(['outlook:conv-1']);
      expect(await db.table('itemBooks').toArray()).toEqual(items);
      expect((await db.messages.toArray()).map((m) => m.id).sort()).toEqual(['outlook:AAkALgItem9:ccc', 'outlook:conv-1:aaa']);
      expect(r.data.highlights.length).toBeGreaterThan(0);
      expect(new Set(r.data.highlights.map((h) => h.messageId))).toEqual(new Set(['AAkALgItem9:bbb']));
    });

    const conv = (id: string, messages: Array<{ id: string; sender: typeof ME; text: string; date: string }>) => {
      const v = view(ME, messages);
      return { ...v, url: `https://outlook.office.com/mail/inbox/id/${id}`, view: { ...v.view, thread: { ...v.view.thread, id } } };
    };

    it('when two conversations hold a mail of that minute, it stays its own thread (no guess)', async () => {
      const { db, send } = setup();
      await send(conv('conv-1', [{ id: 'conv-1:aaa', sender: CANDIDATE, text: TEXT, date: DATE }]), 1);
      await send(conv('conv-2', [{ id: 'conv-2:aaa', sender: CANDIDATE, text: TEXT, date: DATE }]), 1);
      await send(popout('AAkALgItem7', [{ id: 'AAkALgItem7:bbb', sender: CANDIDATE, text: TEXT, date: DATE }]), 3);
      expect((await db.threads.toArray()).map((t) => t.id).sort()).toEqual(['outlook:AAkALgItem7', 'outlook:conv-1', 'outlook:conv-2']);
    });

    it('opened before the main window, it logs on its own, then joins the conversation once the main window reads it: one thread, items once, statuses kept', async () => {
      const reread: number[] = [];
      const db = freshDb();
      const tabs = new TabViews();
      const handlers = createHandlers(db, Date.now, { openDashboard: async () => {}, dataChanged: () => {}, mailTabs: async () => [], showTab: async () => {}, sendToTab: async (id, m) => void (m.type === 'reread' && reread.push(id)) }, tabs);
      const send = (data: unknown, tab: number) =>
        dispatch(handlers, { channel: 'afterfollow', type: 'page.view', data }, { tab: { id: tab } } as never, () => {}, () => 'content') as Promise<{ ok: boolean; data: { status: string; highlights: { messageId: string }[] } }>;
      // (The user's address known from an earlier session.)
      const popped = {
        ...popout('AAkALgItem9', [
          { id: 'AAkALgItem9:bbb', sender: CANDIDATE, text: TEXT, date: DATE },
          { id: 'AAkALgItem9:ccc', sender: ME, text: 'ご連絡ありがとうございます。', date: '2026-11-20T03:00:00Z' },
        ]),
        user: ME,
      };
      expect((await send(popped, 2)).data.status).toBe('candidate');
      expect((await db.threads.toArray()).map((t) => t.id)).toEqual(['outlook:AAkALgItem9']);
      // The recruiter answers a question in the pop-out's sidebar.
      const book = (await db.table('itemBooks').toArray())[0] as { candidateId: string; items: { id: string; text: string; status: string }[] };
      const question = book.items.find((i) => i.text === QUESTION)!;
      expect(await updateItem(db, { id: question.id, candidateId: book.candidateId, status: 'answered_now' }, Date.now())).toMatchObject({ status: 'answered_now' });
      const sentBefore = (await db.events.toArray()).filter((e) => e.kind === 'mail_sent');
      expect(sentBefore).toHaveLength(1);

      // The main window reads the conversation: the same mails, under the conversation's ids.
      const main = conv('conv-1', [
        { id: 'conv-1:aaa', sender: CANDIDATE, text: TEXT, date: DATE },
        { id: 'conv-1:ddd', sender: ME, text: 'ご連絡ありがとうございます。', date: '2026-11-20T03:00:00Z' },
      ]);
      expect((await send(main, 1)).data.status).toBe('candidate');
      expect((await db.threads.toArray()).map((t) => t.id)).toEqual(['outlook:conv-1']);
      expect((await db.messages.toArray()).map((m) => m.id).sort()).toEqual(['outlook:conv-1:aaa', 'outlook:conv-1:ddd']);
      const items = ((await db.table('itemBooks').toArray())[0] as typeof book).items;
      expect(items.filter((i) => i.text === QUESTION)).toEqual([expect.objectContaining({ status: 'answered_now', threadId: 'outlook:conv-1' })]);
      expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
      const sent = (await db.events.toArray()).filter((e) => e.kind === 'mail_sent');
      expect(sent.map((e) => [e.id, e.threadId])).toEqual([['mail_sent:outlook:conv-1:ddd', 'outlook:conv-1']]);
      // The pop-out reads again and shows the conversation, logging nothing new.
      expect(reread).toEqual([2]);
      await send(popped, 2);
      expect(tabs.view(2)).toMatchObject({ kind: 'thread', threadKey: 'outlook:conv-1' });
      expect((await db.threads.toArray()).map((t) => t.id)).toEqual(['outlook:conv-1']);
      expect(((await db.table('itemBooks').toArray())[0] as typeof book).items).toHaveLength(items.length);
      // The conversation keeps the main window's address.
      expect((await db.threads.get('outlook:conv-1'))?.url).toBe('https://outlook.office.com/mail/inbox/id/conv-1');
    });

    it("never takes a thread the main window logged itself, nor one with another subject", async () => {
      const { db, send } = setup();
      // Another conversation (a real address) holding a mail of the same sender and minute.
      await send(conv('conv-0', [{ id: 'conv-0:aaa', sender: CANDIDATE, text: TEXT, date: DATE }]), 1);
      const other = popout('AAkALgItem5', [{ id: 'AAkALgItem5:bbb', sender: CANDIDATE, text: TEXT, date: '2026-11-21T01:00:00Z' }]);
      await send({ ...other, view: { ...other.view, thread: { ...other.view.thread, subject: '別件のご相談' } } }, 2);
      await send(conv('conv-1', [{ id: 'conv-1:aaa', sender: CANDIDATE, text: TEXT, date: DATE }, { id: 'conv-1:zzz', sender: CANDIDATE, text: TEXT, date: '2026-11-21T01:00:00Z' }]), 1);
      expect((await db.threads.toArray()).map((t) => t.id).sort()).toEqual(['outlook:AAkALgItem5', 'outlook:conv-0', 'outlook:conv-1']);
    });
  });
});

