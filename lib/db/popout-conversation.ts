// Outlook's pop-out read window and deeplinks name one item, not its conversation: the page carries no
// conversation id (public captures 2026: no data-convid, no CONV_ subject id, no list selection; the
// item id in the URL does not contain it). Opened in the main window first, the same mail is already
// stored under its conversation; this finds that conversation from the stored messages, so the pop-out
// logs into it instead of starting a second thread.
import type { AfterfollowDb } from './database';
import { candidateKey, messageKey } from './keys';

export interface PopoutMessage {
  id: string;
  sender: { email: string };
  date: string | null;
}

export interface KnownConversation {
  /** The site's own conversation id (the stored thread key without its site prefix). */
  threadId: string;
  /** Pop-out message id → the id the same mail has in the conversation. */
  messageIds: Map<string, string>;
}

/**
 * The stored conversation holding the pop-out's mails: each message from someone other than the user is
 * matched to a stored candidate mail of the same site, sender and minute. Null unless every match points
 * to one and the same stored thread (never a guess between two).
 */
export async function knownConversation(db: AfterfollowDb, site: string, messages: readonly PopoutMessage[], userEmail: string | null): Promise<KnownConversation | null> {
  const prefix = `${site}:`;
  const me = userEmail?.trim().toLowerCase() ?? '';
  const threads = new Set<string>();
  const messageIds = new Map<string, string>();
  for (const m of messages.slice(0, 50)) {
    const email = m.sender.email.trim().toLowerCase();
    const at = m.date ? Date.parse(m.date) : NaN;
    if (!email || email === me || !Number.isFinite(at)) continue;
    const rows = (await db.messages.where('at').equals(at).toArray()).filter(
      (r) => r.fromCandidate && r.candidateId === candidateKey(email) && r.id.startsWith(prefix) && r.threadId.startsWith(prefix) && r.id !== messageKey(site, m.id),
    );
    const found = new Set(rows.map((r) => r.threadId));
    if (found.size !== 1) continue;
    const row = rows[0]!;
    threads.add(row.threadId);
    messageIds.set(m.id, row.id.slice(prefix.length));
  }
  if (threads.size !== 1) return null;
  const thread = [...threads][0]!;
  // The rest (the user's own replies) by their minute within that conversation, when only one mail has it.
  for (const m of messages.slice(0, 50)) {
    const at = m.date ? Date.parse(m.date) : NaN;
    if (messageIds.has(m.id) || !Number.isFinite(at)) continue;
    const rows = (await db.messages.where('at').equals(at).toArray()).filter((r) => r.threadId === thread);
    if (rows.length === 1) messageIds.set(m.id, rows[0]!.id.slice(prefix.length));
  }
  return { threadId: thread.slice(prefix.length), messageIds };
}
