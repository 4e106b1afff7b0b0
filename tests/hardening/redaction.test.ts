// Issue 15 point 9: redacted exports carry no hash of a sentence and no free text.
import { exportBackup } from '../../lib/db/export-import';
import { ingestThread } from '../../lib/db/ingest-thread';
import { updateCandidate } from '../../lib/db/edits';
import { fnv1a64Hex } from '../../lib/export/pseudonym';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { freshDb, threadOpenRequest } from '../helpers/db';

async function seeded() {
  const db = freshDb();
  const state = await ingestThread(db, threadOpenSchema.parse(threadOpenRequest()));
  await updateCandidate(db, { id: state.candidate!.id, patch: { position: '山田さん専用の特別ポジション' } });
  return db;
}

describe('redacted exports', () => {
  it('hold no dictionary-checkable hash of a sentence, and re-key ids per export', async () => {
    const db = await seeded();
    const a = await exportBackup(db, { redact: true });
    const b = await exportBackup(db, { redact: true });
    const text = JSON.stringify(a);
    for (const sentence of threadOpenRequest().messages[0]!.items.map((i) => i.text)) {
      expect(text).not.toContain(fnv1a64Hex(sentence.replace(/\s+/g, ' ').trim()));
      expect(text).not.toContain(sentence);
    }
    // The site's own message and thread ids are gone too.
    expect(text).not.toContain('msg-1');
    expect(text).not.toContain('thread-1');
    // A per-export salt: two exports of the same database share no item id.
    const idsA = new Set(a.tables.items.map((i) => i.id));
    expect(b.tables.items.some((i) => idsA.has(i.id))).toBe(false);
    // Candidates keep their stable pseudonyms, so files from several recruiters still line up.
    expect(a.tables.candidates.map((c) => c.id)).toEqual(b.tables.candidates.map((c) => c.id));
    // Still joins: items name their candidate, message and thread.
    const messages = new Set(a.tables.messages.map((m) => m.id));
    const threads = new Set(a.tables.threads.map((t) => t.id));
    for (const i of a.tables.items) {
      expect(messages.has(i.messageId!)).toBe(true);
      expect(threads.has(i.threadId!)).toBe(true);
    }
  });

  it('redact the position (free text)', async () => {
    const a = await exportBackup(await seeded(), { redact: true });
    expect(JSON.stringify(a)).not.toContain('特別ポジション');
    expect(a.tables.candidates.every((c) => c.position === '')).toBe(true);
  });
});
