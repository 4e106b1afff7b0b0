// View-change detection shared by both sites: one MutationObserver on the narrowest roots the site
// offers, plus hashchange/popstate, coalesced into at most one check per window. The mutation
// callback itself does O(1) work (it only arms a timer), so Gmail's constant DOM churn costs
// almost nothing; the check compares a cheap view key and stays silent when nothing we read changed.
import type { ViewChangeReason } from './types';

export interface ViewKey {
  url: string;
  thread: string;
  messages: number;
  expanded: number;
  compose: number;
}

export interface ViewWatch {
  /** Narrowest existing roots that contain everything the adapter reads (re-asked on every check). */
  roots(): Node[];
  key(): ViewKey;
}

let live = 0;
const stats = { callbacks: 0, records: 0, checks: 0, ms: 0 };
let mirror: HTMLElement | null = null;

/** Test hook: observers (view watchers and reply waits) currently attached to the host page. */
export const activeObserverCount = (): number => live;

/**
 * Test hook for e2e: mirrors the live count into `<html data-afterfollow-observers>`, which the
 * page's main world (Playwright's page.evaluate) can read while our code runs in an isolated world.
 * Off unless an entrypoint calls it (e.g. in test builds).
 */
export function exposeObserverCount(doc: Document) {
  mirror = doc.documentElement;
  mirror.dataset.afterfollowObservers = String(live);
}

function setLive(n: number) {
  live = n;
  if (mirror) mirror.dataset.afterfollowObservers = String(live);
}

/** Bench hook: cumulative main-thread work done by our observers. */
export const observerWorkStats = () => ({ ...stats });
export const resetObserverWorkStats = () => {
  stats.callbacks = 0;
  stats.records = 0;
  stats.checks = 0;
  stats.ms = 0;
};

/** Counts an observer as live until the returned release function runs (idempotent). */
export function holdObserver(): () => void {
  setLive(live + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    setLive(live - 1);
  };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function reasonFor(prev: ViewKey, next: ViewKey, navigated: boolean): ViewChangeReason | null {
  if (prev.url !== next.url || prev.thread !== next.thread) return 'navigation';
  if (next.expanded !== prev.expanded) return 'message-expanded';
  if (next.compose > prev.compose) return 'compose-opened';
  if (next.messages !== prev.messages || next.compose !== prev.compose) return 'dom-changed';
  return navigated ? 'navigation' : null;
}

const OBSERVE_INIT: MutationObserverInit = {
  childList: true,
  subtree: true,
  // Expanding a message flips aria-expanded on both sites. Outlook brings a cached conversation back by
  // un-hiding its pane (style / hidden / aria-hidden) and moves the list selection (aria-selected), with no
  // node added. Class churn (hover states) is ignored; the callback only arms a timer either way.
  attributes: true,
  attributeFilter: ['aria-expanded', 'aria-selected', 'hidden', 'aria-hidden', 'style'],
};

export function watchView(
  doc: Document,
  watch: ViewWatch,
  onChange: (reason: ViewChangeReason) => void,
  signal: AbortSignal,
  coalesceMs = 100,
): void {
  if (signal.aborted) return;
  const win = doc.defaultView;
  const MO = (win as (Window & typeof globalThis) | null)?.MutationObserver ?? globalThis.MutationObserver;
  const release = holdObserver();
  const safeKey = (): ViewKey | null => {
    try {
      return watch.key();
    } catch {
      return null;
    }
  };
  let last = safeKey();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let navigated = false;
  let observed: Node[] = [];

  const observer = new MO((records) => {
    const t0 = now();
    stats.callbacks++;
    stats.records += records.length;
    schedule();
    stats.ms += now() - t0;
  });

  const attach = () => {
    observer.disconnect();
    try {
      observed = watch.roots();
    } catch {
      observed = doc.body ? [doc.body] : [];
    }
    for (const root of observed) observer.observe(root, OBSERVE_INIT);
    // Top-level swaps (a pane or the whole body replaced) detach the narrow roots: watch for them
    // without subtree, so it costs nothing during normal churn.
    if (doc.body && !observed.includes(doc.body)) observer.observe(doc.body, { childList: true });
    observer.observe(doc.documentElement, { childList: true });
  };

  const check = () => {
    timer = null;
    if (signal.aborted) return;
    const t0 = now();
    stats.checks++;
    let roots: Node[] = observed;
    try {
      roots = watch.roots();
    } catch {
      // keep the old roots
    }
    // Gmail and Outlook replace whole panes; follow the new ones instead of watching a detached tree.
    if (roots.length !== observed.length || roots.some((r, i) => r !== observed[i] || !r.isConnected)) attach();
    const next = safeKey();
    let reason: ViewChangeReason | null;
    if (next && last) reason = reasonFor(last, next, navigated);
    else reason = navigated ? 'navigation' : (next === null) !== (last === null) ? 'dom-changed' : null;
    navigated = false;
    last = next;
    stats.ms += now() - t0;
    if (!reason) return;
    try {
      onChange(reason);
    } catch {
      // The caller's bug must not kill our observer.
    }
  };

  function schedule() {
    if (timer === null && !signal.aborted) timer = setTimeout(check, coalesceMs);
  }

  const onNavigate = () => {
    navigated = true;
    schedule();
  };

  attach();
  win?.addEventListener('hashchange', onNavigate, { signal });
  win?.addEventListener('popstate', onNavigate, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      release();
    },
    { once: true },
  );
}

/**
 * Resolves with `find()` once it returns an element (checked now and after each DOM change), or
 * null after `timeoutMs`. Used to wait for the reply editor Gmail/Outlook open after a click.
 */
export function waitForElement<E extends Element>(doc: Document, find: () => E | null, timeoutMs: number): Promise<E | null> {
  const found = safeFind(find);
  if (found) return Promise.resolve(found);
  const MO = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? globalThis.MutationObserver;
  return new Promise((resolve) => {
    const release = holdObserver();
    let done = false;
    const finish = (el: E | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      release();
      resolve(el);
    };
    const observer = new MO(() => {
      const el = safeFind(find);
      if (el) finish(el);
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'class', 'style'] });
    const timer = setTimeout(() => finish(safeFind(find)), timeoutMs);
  });
}

function safeFind<E>(find: () => E | null): E | null {
  try {
    return find();
  } catch {
    return null;
  }
}
