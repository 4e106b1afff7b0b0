import { openDb } from '../../lib/db/database';
import { threadOpenSchema, type ThreadOpen, type ThreadOpenInput } from '../../lib/messages/protocol';

let n = 0;
/** A fresh database per test (fake-indexeddb), so tests never share rows. */
export function freshDb() {
  n += 1;
  return openDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
}

export function threadOpenRequest(over: Partial<ThreadOpenInput> = {}): ThreadOpen {
  return threadOpenSchema.parse({
    site: 'gmail',
    threadId: 'thread-1',
    subject: '一次面接のお礼',
    language: 'ja',
    counterpart: { name: '山田 太郎', email: 'Taro.Yamada@example.jp' },
    detected: true,
    messages: [
      {
        id: 'msg-1',
        at: Date.UTC(2026, 10, 20, 1),
        fromCandidate: true,
        declineLevel: 'soft',
        declinePhrases: ['他社からも内定をいただいており'],
        items: [
          { kind: 'question', category: 'workstyle', text: 'リモートワークは週に何日可能でしょうか。', start: 10, end: 30 },
          { kind: 'anxiety', category: 'workstyle', text: '残業が多いのではないかと不安です。', start: 31, end: 48 },
        ],
      },
      { id: 'msg-2', at: Date.UTC(2026, 10, 21, 1), fromCandidate: false, declineLevel: 'none', declinePhrases: [], items: [] },
    ],
    ...over,
  });
}
