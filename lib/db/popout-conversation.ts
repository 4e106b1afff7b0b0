// Outlook's pop-out read window and deeplinks name one item, not its conversation: the page carries no
// conversation id (public captures 2026: no data-convid, no CONV_ subject id, no list selection; the
// item id in the URL does not contain it). Opened in the main window first, the same mail is already
// stored under its conversation; this finds that conversation from the stored messages, so the pop-out
// logs into it instead of starting a second thread.
import type { Item, MessageRecord, ThreadRecord } from '../records';
import type { AfterfollowDb } from './database';
import { bookOf, itemsOfCandidate, itemTables, writeBooks } from './item-store';
import { candidateKey, messageKey, threadKey } from './keys';

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

/** "Re: Re: 件名" → "件名": the reply and forward prefixes the clients put in front of a subject. */
function bareSubject(subject: string): string {
  return subject
    .replace(/^(?:\s*(?:re|fw|fwd|aw|wg|返信|転送|ｒｅ)\s*(?:\[\d+\])?\s*[:：]\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A thread the pop-out logged under its item id: its address was a deeplink or pop-out, or none (a projected window). */
function loggedByPopout(url: string): boolean {
  if (!url) return true;
  try {
    const u = new URL(url);
    return /\/mail\/(?:\d+\/)?deeplink\/read\//i.test(u.pathname) || /[?&](?:ispopout|popoutv2)=1\b/i.test(u.search);
  } catch {
    return false;
  }
}

/**
 * The other way round: a pop-out read window opened before the main window logged its mails under the
 * item's own id. When the main window reads the conversation, every such thread whose stored mails are
 * all mails of this conversation (the candidate's by sender and minute, the user's by minute) moves into
 * it: messages, items (statuses the recruiter set kept), events and a manual mark take the conversation's
 * ids, and the pop-out's thread goes. A thread the main window logged itself (a real address) is never
 * taken, nor one whose subject differs. Returns the stored keys of the threads joined.
 */
export async function joinPopoutThreads(
  db: AfterfollowDb,
  site: string,
  conversationId: string,
  subject: string,
  messages: readonly PopoutMessage[],
  userEmail: string | null,
): Promise<string[]> {
  const prefix = `${site}:`;
  const convKey = threadKey(site, conversationId);
  const me = userEmail?.trim().toLowerCase() ?? '';
  // The conversation's mails by minute: who sent each, and its id.
  const byMinute = new Map<number, { email: string; id: string }[]>();
  for (const m of messages.slice(0, 500)) {
    const at = m.date ? Date.parse(m.date) : NaN;
    if (!Number.isFinite(at)) continue;
    const list = byMinute.get(at) ?? [];
    list.push({ email: m.sender.email.trim().toLowerCase(), id: m.id });
    byMinute.set(at, list);
  }
  // Threads other than this one holding a candidate mail of the same sender and minute.
  const others = new Set<string>();
  for (const [at, list] of byMinute) {
    const senders = new Set(list.map((l) => l.email).filter((e) => e && e !== me).map(candidateKey));
    if (senders.size === 0) continue;
    for (const r of await db.messages.where('at').equals(at).toArray()) {
      if (r.fromCandidate && senders.has(r.candidateId) && r.threadId !== convKey && r.threadId.startsWith(prefix)) others.add(r.threadId);
    }
  }
  if (others.size === 0) return [];
  const joined: string[] = [];
  await db.transaction('rw', [db.threads, db.messages, db.events, ...itemTables(db)], async () => {
    for (const key of others) {
      const thread = await db.threads.get(key);
      if (!thread || thread.mark === 'unmarked' || !loggedByPopout(thread.url)) continue;
      if (thread.subject && subject && bareSubject(thread.subject) !== bareSubject(subject)) continue;
      const rows = await db.messages.where('threadId').equals(key).toArray();
      // Every one of its mails must be one of the conversation's, unambiguously.
      const target = new Map<string, string>();
      const ok = rows.every((r) => {
        const list = r.at === null ? [] : (byMinute.get(r.at) ?? []);
        const hits = r.fromCandidate ? list.filter((l) => candidateKey(l.email) === r.candidateId) : list.filter((l) => !me || l.email === me);
        if (hits.length !== 1) return false;
        target.set(r.id, messageKey(site, hits[0]!.id));
        return true;
      });
      if (!ok || rows.length === 0) continue;
      await moveThread(db, key, convKey, thread, rows, target);
      joined.push(key);
    }
  });
  return joined;
}

async function moveThread(db: AfterfollowDb, from: string, to: string, thread: ThreadRecord, rows: MessageRecord[], target: Map<string, string>) {
  // Messages: under the conversation's ids (a mail it already holds keeps its row).
  const existing = await db.messages.bulkGet(rows.map((r) => target.get(r.id)!));
  await db.messages.bulkPut(rows.flatMap((r, k) => (existing[k] ? [] : [{ ...r, id: target.get(r.id)!, threadId: to }])));
  await db.messages.bulkDelete(rows.map((r) => r.id));
  // Items: their id starts with their message's key; an item the conversation already holds wins if newer.
  const rekey = (id: string, messageId: string | null) => {
    const next = messageId ? target.get(messageId) : undefined;
    return next && id.startsWith(messageId + ':') ? next + id.slice(messageId!.length) : id;
  };
  for (const candidateId of new Set([thread.candidateId, ...rows.map((r) => r.candidateId)].filter((c): c is string => !!c))) {
    const items = await itemsOfCandidate(db, candidateId);
    if (!items.some((i) => i.threadId === from)) continue;
    const byId = new Map<string, Item>();
    for (const i of items) {
      const moved: Item = i.threadId === from ? { ...i, id: rekey(i.id, i.messageId), threadId: to, messageId: i.messageId ? (target.get(i.messageId) ?? i.messageId) : i.messageId } : i;
      const known = byId.get(moved.id);
      if (!known || moved.updatedAt > known.updatedAt) byId.set(moved.id, moved);
    }
    await writeBooks(db, [bookOf(candidateId, [...byId.values()])!]);
  }
  // Events: the thread they belong to, and a sent mail's own key.
  const events = await db.events.where('threadId').equals(from).toArray();
  const movedEvents = events.map((e) => {
    const mail = e.kind === 'mail_sent' && typeof e.detail.messageId === 'string' ? target.get(e.detail.messageId) : undefined;
    return mail ? { ...e, id: `mail_sent:${mail}`, threadId: to, detail: { ...e.detail, messageId: mail } } : { ...e, threadId: to };
  });
  await db.events.bulkDelete(events.map((e) => e.id));
  await db.events.bulkPut(movedEvents);
  // A mark the user set on the pop-out's thread carries over; the pop-out's thread goes.
  if (thread.mark === 'manual' && !(await db.threads.get(to))) await db.threads.put({ ...thread, id: to, url: '' });
  await db.threads.delete(from);
}
