// Issue 15 point 5: one long sentence or one bad message never blocks the rest of its thread;
// requests and event details are capped.
import { createHandlers } from '../../lib/background/handlers';
import { dispatch } from '../../lib/messages/server';
import { threadOpenSchema, type ThreadOpen } from '../../lib/messages/protocol';
import { eventSchema } from '../../lib/records';
import { fitRequest, readThread } from '../../lib/thread-reading';
import { freshDb, threadOpenRequest } from '../helpers/db';

const me = { name: 'Recruiter', email: 'hr@company.example' };
const cand = { name: 'Taro', email: 'taro@example.jp' };
const at = (d: number) => new Date(Date.UTC(2026, 10, d, 1)).toISOString();

describe('long sentences and bad messages', () => {
  it('a 6,000-character question is clipped with an ellipsis and the thread is logged with its other items', () => {
    const long = 'リモートワークは' + 'とても'.repeat(2000) + '可能でしょうか？';
    const reading = readThread(
      'gmail',
      {
        id: 't1',
        subject: '一次面接のお礼',
        participants: [cand, me],
        messages: [
          { id: 'm1', sender: cand, recipients: [me], date: at(20), expanded: true, text: `${long}\n残業は多いのでしょうか？`, segments: [] },
          { id: 'm2', sender: cand, recipients: [me], date: at(21), expanded: true, text: '大変恐縮ですが、他社からも内定をいただいており、辞退も検討しております。', segments: [] },
        ],
      },
      me,
    );
    const parsed = threadOpenSchema.safeParse(reading.request);
    expect(parsed.success).toBe(true);
    const texts = reading.request.messages.flatMap((m) => m.items.map((i) => i.text));
    const clipped = texts.find((t) => t.startsWith('リモートワークは'));
    expect(clipped).toBeDefined();
    expect(clipped!.length).toBe(5000);
    expect(clipped!.endsWith('…')).toBe(true);
    expect(texts.some((t) => t.includes('残業'))).toBe(true);
    // The decline hint of the newest mail still starts its timer.
    expect(reading.request.messages[1]!.declineLevel).not.toBe('none');
  });

  it('a message the schema refuses is dropped alone; the rest of the thread stays', () => {
    const base = threadOpenRequest();
    const bad = { ...base.messages[0]!, id: '', at: null };
    const request = { ...base, messages: [bad, ...base.messages] } as ThreadOpen;
    expect(threadOpenSchema.safeParse(request).success).toBe(false);
    const fitted = fitRequest(request);
    expect(threadOpenSchema.safeParse(fitted).success).toBe(true);
    expect(fitted.messages.map((m) => m.id)).toEqual(['msg-1', 'msg-2']);
  });

  it('a bad item is dropped alone; its message and the other items stay', () => {
    const base = threadOpenRequest();
    const m = base.messages[0]!;
    const request = { ...base, messages: [{ ...m, items: [{ ...m.items[0]!, start: -5 }, m.items[1]!] }] } as ThreadOpen;
    const fitted = fitRequest(request);
    expect(fitted.messages).toHaveLength(1);
    expect(fitted.messages[0]!.items.map((i) => i.text)).toEqual([m.items[1]!.text]);
  });

  it('a huge thread is cut to the request budget, newest messages first', () => {
    const base = threadOpenRequest();
    const item = { kind: 'question' as const, category: 'other' as const, text: 'あ'.repeat(4999), start: 0, end: 4999 };
    const messages = Array.from({ length: 500 }, (_, k) => ({ ...base.messages[0]!, id: `m${k}`, at: Date.UTC(2026, 0, 1) + k * 60_000, items: Array.from({ length: 3 }, () => item) }));
    const fitted = fitRequest({ ...base, messages } as ThreadOpen);
    expect(JSON.stringify(fitted).length).toBeLessThan(2_000_000);
    expect(threadOpenSchema.safeParse(fitted).success).toBe(true);
    expect(fitted.messages.at(-1)!.items).toHaveLength(3);
    expect(fitted.messages).toHaveLength(500);
  });

  it('the background refuses a request over the size cap without running the handler', async () => {
    const db = freshDb();
    const text = 'x'.repeat(9000);
    const messages = Array.from({ length: 500 }, (_, k) => ({
      id: `m${k}`,
      sender: { name: 'A', email: 'a@example.com' },
      recipients: [],
      date: null,
      expanded: true,
      text,
      segments: [{ kind: 'own', start: 0, end: text.length }],
    }));
    const data = { site: 'gmail', url: '', user: null, view: { kind: 'thread', thread: { id: 't', subject: 's', participants: [], messages } } };
    const result = await dispatch(createHandlers(db), { channel: 'afterfollow', type: 'page.view', data }, { tab: { id: 1 } } as never, () => {}, () => 'content');
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await db.candidates.count()).toBe(0);
  });

  it('event details are capped in keys and key length', () => {
    const event = { id: 'e', candidateId: 'c', threadId: null, kind: 'follow_up_done', at: Date.now(), detail: {} };
    expect(eventSchema.safeParse({ ...event, detail: Object.fromEntries(Array.from({ length: 21 }, (_, k) => [`k${k}`, k])) }).success).toBe(false);
    expect(eventSchema.safeParse({ ...event, detail: { ['k'.repeat(65)]: 1 } }).success).toBe(false);
    expect(eventSchema.safeParse({ ...event, detail: { refId: 'x', workMs: 1 } }).success).toBe(true);
  });
});
