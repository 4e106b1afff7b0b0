// A reply popped out into its own window (Outlook's "Open in new window") holds no mail to read, only
// whom it answers. Its sidebar shows the thread a mail tab shows to one of those recipients, so that
// "Propose a call" and the templates there write into that very reply; insertions asked for in the mail
// tab may land in it too (./insert-target.ts).
import type { TabEntry, TabViews } from './tab-views';

const lower = (s: string) => s.trim().toLowerCase();

/** The thread some other tab shows to one of these recipients (the most recently opened), or null. */
function threadFor(tabs: TabViews, site: string, recipients: readonly string[], except: number): TabEntry | null {
  const wanted = new Set(recipients.map(lower));
  let best: TabEntry | null = null;
  for (const [id, entry] of tabs.entries()) {
    if (id === except || entry.compose || entry.view.kind !== 'thread' || !entry.request || entry.request.site !== site) continue;
    const counterpart = entry.request.counterpart?.email;
    if (!counterpart || !wanted.has(lower(counterpart))) continue;
    if (!best || (best.view.kind === 'thread' && entry.view.openedAt > best.view.openedAt)) best = entry;
  }
  return best;
}

function mirrorOf(thread: TabEntry, compose: { recipients: string[] }, previous: TabEntry | undefined): TabEntry {
  // No highlights: the compose window shows none of the thread's mail.
  const openedAt = previous?.view.kind === 'thread' && thread.view.kind === 'thread' && previous.view.threadKey === thread.view.threadKey ? previous.view.openedAt : null;
  const view = thread.view.kind === 'thread' && openedAt !== null ? { ...thread.view, openedAt } : thread.view;
  return { view, request: thread.request, decline: thread.decline, highlights: [], compose };
}

/** A compose window reported: it mirrors the thread it answers, or says it holds a reply. Returns its status. */
export function showComposeWindow(tabs: TabViews, tabId: number, site: 'gmail' | 'outlook', recipients: readonly string[]): 'candidate' | 'not_candidate' | 'none' {
  const compose = { recipients: [...new Set(recipients.map(lower).filter(Boolean))] };
  const thread = threadFor(tabs, site, compose.recipients, tabId);
  if (thread?.view.kind === 'thread') {
    tabs.set(tabId, mirrorOf(thread, compose, tabs.get(tabId)));
    return thread.view.status;
  }
  tabs.set(tabId, { view: { kind: 'compose', site }, request: null, decline: null, highlights: [], compose });
  return 'none';
}

/** A mail tab's thread entry changed: the compose windows answering its counterpart follow it. */
export function followThread(tabs: TabViews, fromTab: number): void {
  const entry = tabs.get(fromTab);
  if (!entry || entry.compose || entry.view.kind !== 'thread' || !entry.request?.counterpart?.email) return;
  const counterpart = lower(entry.request.counterpart.email);
  for (const [id, other] of tabs.entries()) {
    if (id === fromTab || !other.compose || !other.compose.recipients.includes(counterpart)) continue;
    const site = other.view.kind === 'compose' || other.view.kind === 'thread' ? other.view.site : null;
    if (site !== entry.request.site) continue;
    tabs.set(id, mirrorOf(entry, other.compose, other));
  }
}
