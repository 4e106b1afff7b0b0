// Keeps every open sidebar frame up to date: after a change of its tab's view, and after every write
// to the log from any context (the one change signal), the tab's state is read once here, where the
// database lives, and posted over the sidebar's port.
import type { AfterfollowDb } from '../db/database';
import { getSettings } from '../db/settings';
import { loadThreadPanel } from '../db/thread-panel';
import type { SidebarState } from '../messages/protocol';
import type { TabViews } from './tab-views';

export async function readSidebarState(db: AfterfollowDb, tabs: TabViews, tabId: number, now: number): Promise<SidebarState> {
  const view = tabs.view(tabId);
  const [settings, panel] = await Promise.all([
    getSettings(db),
    view.kind === 'thread' && view.status === 'candidate' && view.candidateId
      ? loadThreadPanel(db, { threadKey: view.threadKey, candidateId: view.candidateId, language: view.language, declineLevel: view.decline?.level ?? 'none', declineAt: view.decline?.messageAt ?? null, now })
      : null,
  ]);
  return { view, panel, settings };
}

export interface FeedPort {
  postMessage(message: unknown): void;
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
