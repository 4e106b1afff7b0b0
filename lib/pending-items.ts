// While a newer read of the same thread is being logged, the sidebar keeps the logged state and adds
// the newly read sentences as pending items, so new questions show at once. Pure.
import type { DetectedItem, SeenMessage, ThreadState } from './messages/protocol';
import type { Item } from './records';

/** A freshly detected, still open item: the one row shape the log and the pending view share. */
export function openItem(
  it: DetectedItem,
  where: { id: string; candidateId: string; threadId: string | null; messageId: string; text: string },
  at: number,
  now: number,
): Item {
  return {
    ...where,
    kind: it.kind,
    category: it.category,
    start: it.start,
    end: it.end,
    status: 'open',
    source: 'detected',
    at,
    createdAt: now,
    updatedAt: now,
  };
}

export const PENDING_PREFIX = 'pending:';
export const isPending = (item: Pick<Item, 'id'>) => item.id.startsWith(PENDING_PREFIX);

export function withPendingItems(state: ThreadState, site: string, messages: SeenMessage[], now: number): ThreadState {
  if (!state.candidate) return state;
  const logged = new Set(state.items.map((i) => `${i.messageId}|${i.kind}|${i.text}`));
  const pending: Item[] = [];
  for (const m of messages) {
    if (!m.fromCandidate) continue;
    const messageId = `${site}:${m.id}`;
    for (const it of m.items) {
      if (logged.has(`${messageId}|${it.kind}|${it.text}`)) continue;
      const id = `${PENDING_PREFIX}${messageId}:${it.kind}:${it.start}`;
      pending.push(openItem(it, { id, candidateId: state.candidate.id, threadId: state.thread?.id ?? null, messageId, text: it.text }, m.at ?? now, now));
    }
  }
  return pending.length ? { ...state, items: [...state.items, ...pending] } : state;
}
