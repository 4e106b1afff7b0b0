// The background's memory of what each mail tab shows: the page's last view, what the analysis found,
// and the request that logged it (so a mark from the sidebar re-logs the same thread). Listeners hear
// every change; the sidebar frame of that tab receives it over its port.
import type { HighlightSpan, TabView, ThreadOpen } from '../messages/protocol';

export interface TabEntry {
  view: TabView;
  /** The logged request of the open thread (null outside a thread). */
  request: ThreadOpen | null;
  /** The decline found in the open mail, shown only while the thread is a candidate's. */
  decline: Extract<TabView, { kind: 'thread' }>['decline'];
  highlights: HighlightSpan[];
  /**
   * The tab is a window holding only a compose (a reply popped out), addressed to these recipients
   * (lower-cased). Its view mirrors the thread a mail tab shows to one of them, when one does.
   */
  compose?: { recipients: string[] };
}

type Listener = (tabId: number, view: TabView) => void;

export class TabViews {
  private readonly tabs = new Map<number, TabEntry>();
  private readonly listeners = new Set<Listener>();
  private readonly reporting = new Map<number, number>();

  get(tabId: number): TabEntry | undefined {
    return this.tabs.get(tabId);
  }

  view(tabId: number): TabView {
    return this.tabs.get(tabId)?.view ?? { kind: 'waiting' };
  }

  set(tabId: number, entry: TabEntry): void {
    const before = this.tabs.get(tabId)?.view;
    this.tabs.set(tabId, entry);
    if (JSON.stringify(before) !== JSON.stringify(entry.view)) for (const l of this.listeners) l(tabId, entry.view);
  }

  /** Every tab's entry (tabs that reported a view since the background started). */
  entries(): [number, TabEntry][] {
    return [...this.tabs];
  }

  /** Tabs whose view is this stored thread (a main window and the compose windows mirroring it). */
  showing(threadKey: string): number[] {
    return this.entries()
      .filter(([, e]) => e.view.kind === 'thread' && e.view.threadKey === threadKey)
      .map(([id]) => id);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** A report of the tab's page is being handled until the returned function is called. */
  beginReport(tabId: number): () => void {
    this.reporting.set(tabId, (this.reporting.get(tabId) ?? 0) + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const left = (this.reporting.get(tabId) ?? 1) - 1;
      if (left > 0) this.reporting.set(tabId, left);
      else this.reporting.delete(tabId);
    };
  }

  /** Whether a report of the tab's page is being handled now (its view will follow without asking). */
  reportInFlight(tabId: number): boolean {
    return this.reporting.has(tabId);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
