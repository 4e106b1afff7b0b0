// @vitest-environment node
import type { ThreadData } from '../../lib/sites/types';
import { readThread } from '../../lib/thread-reading';

const own = '面接のお礼です。\nリモートワークは週に何日可能でしょうか。\n他社からも内定をいただいており、少し考える時間をいただけますでしょうか。\n';
const quote = '> 2026年11月20日 採用担当:\n> 辞退される方もいらっしゃいますが、ご不安な点はありますか？\n';
const text = own + quote;

const thread: ThreadData = {
  id: 'FMfcgz1',
  subject: 'Re: 一次面接のお礼',
  participants: [
    { name: '山田 太郎', email: 'taro@example.jp' },
    { name: '採用担当', email: 'hr@company.example' },
  ],
  messages: [
    {
      id: 'm1',
      sender: { name: '採用担当', email: 'hr@company.example' },
      recipients: [],
      date: '2026-11-20T01:00:00.000Z',
      expanded: false,
      text: '',
      segments: [],
    },
    {
      id: 'm2',
      sender: { name: '山田 太郎', email: 'taro@example.jp' },
      recipients: [],
      date: '2026-11-21T01:00:00.000Z',
      expanded: true,
      text,
      segments: [
        { kind: 'own', start: 0, end: own.length },
        { kind: 'quote', start: own.length, end: text.length },
      ],
    },
  ],
};

describe('readThread', () => {
  it('marks the signed-in user\'s own mails, by address, or by name where Outlook shows no address', () => {
    const byAddress = readThread('gmail', thread, { name: '', email: 'HR@company.example' }, new Map(), '');
    expect(byAddress.request.messages.map((m) => [m.fromUser, m.fromCandidate])).toEqual([
      [true, false],
      [false, true],
    ]);
    const nameOnly = { ...thread, messages: thread.messages.map((m, i) => (i === 0 ? { ...m, sender: { name: '採用担当', email: '' } } : m)) };
    expect(readThread('outlook', nameOnly, { name: '採用担当 ', email: 'hr@company.example' }, new Map(), '').request.messages[0]!.fromUser).toBe(true);
    expect(readThread('outlook', nameOnly, { name: '別の人', email: 'hr@company.example' }, new Map(), '').request.messages[0]!.fromUser).toBe(false);
    expect(readThread('gmail', thread, null, new Map(), '').request.messages[0]!.fromUser).toBe(false);
  });

  it('logs the candidate’s own questions with offsets into the message text, never the quoted ones', () => {
    const r = readThread('gmail', thread, { name: '', email: 'HR@company.example' }, new Map(), 'https://mail.google.com/mail/u/0/#inbox/FMfcgz1');
    expect(r.request.counterpart?.email).toBe('taro@example.jp');
    expect(r.request.detected).toBe(true);
    expect(r.request.url).toMatch(/^https:\/\/mail\.google\.com/);
    const m2 = r.request.messages[1]!;
    expect(m2.fromCandidate).toBe(true);
    const texts = m2.items.map((i) => i.text);
    expect(texts).toContain('リモートワークは週に何日可能でしょうか。');
    expect(texts.some((t) => t.includes('ご不安な点'))).toBe(false);
    for (const i of m2.items) expect(text.slice(i.start, i.end)).toBe(i.text);
    expect(r.request.messages[0]!.items).toEqual([]);
  });

  it('reports the decline hint of the newest candidate mail with highlight spans inside its own text', () => {
    const r = readThread('gmail', thread, { name: '', email: 'hr@company.example' });
    expect(r.decline?.level).toBe('soft');
    expect(r.decline?.messageId).toBe('m2');
    expect(r.highlights.length).toBeGreaterThan(0);
    for (const h of r.highlights) {
      expect(h.end).toBeLessThanOrEqual(own.length);
      expect(text.slice(h.start, h.end).length).toBeGreaterThan(0);
    }
    expect(r.language).toBe('ja');
  });

  it('finds the candidate without knowing the current user', () => {
    const r = readThread('gmail', thread, null);
    expect(r.request.counterpart?.email).toBe('taro@example.jp');
  });
});
