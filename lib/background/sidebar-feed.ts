// Keeps every open sidebar frame up to date: after a change of its tab's view, and after every write
// to the log from any context (the one change signal), the tab's state is read once here, where the
// database lives, and posted over the sidebar's port.
import type { AfterfollowDb } from '../db/database';
import { getScheduleSettings, loadDueItems } from '../db/due-items';
import { getSettings } from '../db/settings';
import { dueTodayCount } from '../schedule/alarm-plan';
import { loadThreadPanel } from '../db/thread-panel';
import { SIDEBAR_PORT } from '../messages/ports';
import type { SidebarState } from '../messages/protocol';
import { senderKind, type SenderInfo } from '../messages/senders';
import type { TabMessage } from './tab-messages';
import type { TabViews } from './tab-views';

export async function readSidebarState(db: AfterfollowDb, tabs: TabViews, tabId: number, now: number): Promise<SidebarState> {
  const view = tabs.view(tabId);
  const candidate = view.kind === 'thread' && view.status === 'candidate' && view.candidateId ? view : null;
  const [settings, panel, dueToday] = await Promise.all([
    getSettings(db),
    candidate
      ? loadThreadPanel(db, {
          threadKey: candidate.threadKey,
          candidateId: candidate.candidateId!,
          language: candidate.language,
          declineLevel: candidate.decline?.level ?? 'none',
          declineAt: candidate.decline?.messageAt ?? null,
          now,
        })
      : null,
    // Outside a candidate thread the sidebar is the rail with today's count (in one, the candidate's own due list shows).
    candidate ? 0 : countDueToday(db, now),
  ]);
  return { view, panel, settings, dueToday };
}

async function countDueToday(db: AfterfollowDb, now: number): Promise<number> {
  const [due, schedule] = await Promise.all([loadDueItems(db, now), getScheduleSettings(db)]);
  return dueTodayCount(due, now, schedule.calendar.timeZone);
}

export interface FeedPort {
  postMessage(message: unknown): void;
}

/** A runtime port as the background receives it (runtime.onConnect). */
export interface SidebarPort extends FeedPort {
  name: string;
  sender?: SenderInfo;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * A sidebar frame connected: only our sidebar page inside a mail tab is kept. Its state is posted at
 * once and after every change; a tab the background knows nothing of (a worker that just woke) is
 * asked to report its page again, unless that report is on its way.
 */
export function acceptSidebarPort(
  port: SidebarPort,
  tabs: TabViews,
  feed: SidebarFeed,
  sendToTab: (tabId: number, message: TabMessage) => Promise<unknown>,
  identity: { id: string; origin: string },
): void {
  const tabId = port.sender?.tab?.id;
  if (port.name !== SIDEBAR_PORT || tabId === undefined || senderKind(port.sender ?? {}, identity.id, identity.origin) !== 'sidebar') {
    port.disconnect();
    return;
  }
  // Not while the page's own report is being handled (a frame mounted early connects during the page's
  // first report): that would read, analyse and log the page a second time during its load.
  if (tabs.view(tabId).kind === 'waiting' && !tabs.reportInFlight(tabId)) void sendToTab(tabId, { type: 'reread' }).catch(() => {});
  feed.attach(tabId, port);
  port.onDisconnect.addListener(() => feed.detach(tabId, port));
}

export class SidebarFeed {
  private readonly ports = new Map<number, FeedPort>();
  private readonly latest = new Map<number, number>();

  constructor(
    private readonly db: AfterfollowDb,
    private readonly tabs: TabViews,
    private readonly now: () => number = Date.now,
  ) {}

  attach(tabId: number, port: FeedPort): void {
    this.ports.set(tabId, port);
    void this.push(tabId);
  }

  detach(tabId: number, port: FeedPort): void {
    if (this.ports.get(tabId) === port) this.ports.delete(tabId);
  }

  /** Reads and posts the tab's state; an older read that finishes late is dropped. */
  async push(tabId: number): Promise<void> {
    const port = this.ports.get(tabId);
    if (!port) return;
    const ticket = (this.latest.get(tabId) ?? 0) + 1;
    this.latest.set(tabId, ticket);
    try {
      const state = await readSidebarState(this.db, this.tabs, tabId, this.now());
      if (this.latest.get(tabId) === ticket && this.ports.get(tabId) === port) port.postMessage({ type: 'state', state });
    } catch (e) {
      console.warn('[afterfollow] sidebar state', e);
    }
  }

  pushAll(): void {
    for (const tabId of this.ports.keys()) void this.push(tabId);
  }
}
