// Issue 15 point 4: with text keeping off, nothing the candidate wrote is stored anywhere.
import { ingestThread } from '../../lib/db/ingest-thread';
import { updateSettings } from '../../lib/db/settings';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { freshDb, threadOpenRequest } from '../helpers/db';

const WRITTEN = ['面接の感想について', 'リモートワークは週に何日可能でしょうか', '残業が多いのではないかと不安です', '他社からも内定をいただいており', 'Is relocation paid', 'I have another offer', 'Salary question'];

describe('"Don\'t keep text" keeps no text', () => {
  it('after several thread opens, no table holds a sentence, decline phrase or subject', async () => {
    const db = freshDb();
    await updateSettings(db, { keepItemText: false });
    const base = threadOpenRequest();
    await ingestThread(db, threadOpenSchema.parse({ ...base, subject: '面接の感想について' }));
    await ingestThread(db, threadOpenSchema.parse({ ...base, subject: '面接の感想について' }));
    await ingestThread(
      db,
      threadOpenSchema.parse({
        ...base,
        threadId: 'thread-2',
        subject: 'Salary question',
        language: 'en',
        messages: [
          {
            id: 'msg-en',
            at: Date.UTC(2026, 10, 22, 1),
            fromCandidate: true,
            declineLevel: 'hard',
            declinePhrases: ['I have another offer'],
            items: [{ kind: 'question', category: 'compensation', text: 'Is relocation paid?', start: 0, end: 19 }],
          },
        ],
      }),
    );
    let rows = 0;
    for (const table of db.tables) {
      const all = await table.toArray();
      rows += all.length;
      const text = JSON.stringify(all);
      for (const w of WRITTEN) expect(text, `${table.name} holds "${w}"`).not.toContain(w);
    }
    // The log still works: the candidate, threads, messages and items are there, without text.
    expect(rows).toBeGreaterThan(6);
    expect(await db.threads.count()).toBe(2);
    expect((await db.messages.toArray()).find((m) => m.id === 'gmail:msg-en')?.declineLevel).toBe('hard');
  });
});
