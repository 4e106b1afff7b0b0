// The only code of Afterfollow in the mail page: the site adapter (read, observe, insert, highlight)
// and a small bridge. The sidebar is an extension page in an iframe (entrypoints/sidebar); analysis
// and the log live in the background. Nothing here renders UI or stores data.
import { MAIL_HOSTS } from '../../lib/hosts';
import { activeObserverCount, createSiteAdapter, isOutlookWindow, siteForPage } from '../../lib/sites';
import { clearHighlights, ensureStyle, paintHighlights } from '../../lib/sites/highlight';
import { messageColumnWidth, mountSidebarFrame } from '../../lib/sites/sidebar-frame';
import type { InsertOutcome, Thread } from '../../lib/sites/types';
import { parsePageViewAnswer, parseTabMessage, plainView, postToBackground } from './bridge';

export default defineContentScript({
  matches: MAIL_HOSTS,
  // At document_start, so the sidebar frame (an extension page in its own process) loads while the
  // mail page is still being parsed: at document_end the script ran ~90 ms after DOMContentLoaded
  // and the frame followed. The adapter starts once the DOM is parsed.
  runAt: 'document_start',
  // Also the about:blank windows a mail page opens: Outlook renders some pop-outs (a reply, a message) into a
  // window it opened empty ("projection"). Only Outlook's, and only once Outlook has filled it, get a sidebar.
  matchAboutBlank: true,
  async main(ctx) {
    const site = siteForPage(location, self.origin);
    if (!site) return;
    await untilBody(ctx.signal);
    if (ctx.signal.aborted) return;
    if (location.protocol === 'about:') {
      await until(() => isOutlookWindow(document), ctx.signal);
      if (ctx.signal.aborted) return;
    }

    let thread: Thread | null = null;
    let viewKind = 'none';
    let lastSignature = '';
    let generation = 0;
    ensureStyle(document);
    const frame = mountSidebarFrame({
      doc: document,
      site,
      src: browser.runtime.getURL('/sidebar.html'),
      textColumnWidth: () => {
        const open = thread?.messages.findLast((m) => m.expanded && m.text.length > 0);
        return open ? messageColumnWidth(open.bodyRange(0, open.text.length)) : null;
      },
    });

    await untilParsed(ctx.signal);
    const adapter = ctx.signal.aborted
      ? null
      : createSiteAdapter(location, document, {
          // A view check costs about 2 ms (20-message thread): a short window keeps thread switches prompt.
          coalesceMs: 25,
          onDiagnostic: (d) => void postToBackground('diagnostics.log', { ...d, at: Date.now() }).catch(() => {}),
        });
    if (!adapter) {
      frame.remove();
      return;
    }

    // Placing the frame measures the page (a few forced layouts): in a task of its own after a read,
    // so that the view goes to the background first and neither task grows long.
    let placing: ReturnType<typeof setTimeout> | undefined;
    const placeSoon = () => {
      placing ??= setTimeout(() => {
        placing = undefined;
        frame.place(viewKind === 'thread');
      }, 0);
    };

    const report = async (force: boolean) => {
      const view = adapter.readView();
      const signature =
        view.kind === 'thread'
          ? view.thread.id + '|' + view.thread.messages.map((m) => `${m.id}:${m.expanded ? 'e' : 'c'}:${m.text.length}`).join(',')
          : view.kind === 'compose'
            ? 'compose|' + view.recipients.map((p) => p.email).join(',')
            : view.kind;
      if (view.kind !== 'thread') clearHighlights();
      // The frame follows the page (a compose window may have opened) even when the thread did not change.
      const threadChanged = (view.kind === 'thread' ? view.thread.id : view.kind) !== (thread?.id ?? viewKind);
      thread = view.kind === 'thread' ? view.thread : null;
      viewKind = view.kind;
      placeSoon();
      if (signature === lastSignature && !force) return;
      lastSignature = signature;
      if (threadChanged) clearHighlights();
      const mine = ++generation;
      performance.mark('afterfollow:view-changed');
      const answer = parsePageViewAnswer(
        await postToBackground('page.view', { site: adapter.site, url: location.href, user: adapter.currentUser(), view: plainView(view), force }).catch(() => null),
      );
      // A newer read has started meanwhile: its answer will paint.
      if (mine !== generation || !answer || !thread) return;
      const open = thread;
      const ranges = answer.highlights
        .map((h) => open.messages.find((m) => m.id === h.messageId)?.bodyRange(h.start, h.end) ?? null)
        .filter((r): r is Range => r !== null);
      paintHighlights(document, ranges);
      performance.mark('afterfollow:logged');
    };

    const insert = async (text: string): Promise<InsertOutcome> => {
      try {
        return await adapter.insertText(text);
      } catch (err) {
        return { kind: 'failed', reason: err instanceof Error ? err.message : String(err) };
      }
    };

    // Messages from the background: the sidebar's requests relayed, the keyboard command, test stats.
    const listener = (raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      const message = parseTabMessage(raw);
      if (!message) return false;
      switch (message.type) {
        case 'reread':
          void report(true);
          sendResponse(true);
          return false;
        case 'toggle':
          frame.toggle();
          sendResponse(true);
          return false;
        case 'focus-mail':
          frame.focusMail();
          sendResponse(true);
          return false;
        case 'layout-report':
          // The censored outline only (tag names, whitelisted attributes): never mail text.
          sendResponse(adapter.layoutReport());
          return false;
        case 'compose-state':
          // Whether a compose is open, when the caret was last in it, whom it is addressed to: no text.
          sendResponse({ site: adapter.site, ...adapter.composeState() });
          return false;
        case 'stats':
          sendResponse({ observers: activeObserverCount(), view: viewKind, thread: thread?.id ?? null, frame: frame.mode() });
          return false;
        case 'insert':
          void insert(message.text).then(sendResponse);
          return true;
      }
    };
    browser.runtime.onMessage.addListener(listener);

    const ac = new AbortController();
    const onResize = () => frame.place(viewKind === 'thread');
    window.addEventListener('resize', onResize, { signal: ac.signal });
    adapter.observe(() => void report(false), ac.signal);
    frame.watchFloating(onResize, ac.signal);
    ctx.onInvalidated(() => {
      ac.abort();
      clearTimeout(placing);
      browser.runtime.onMessage.removeListener(listener);
      clearHighlights();
      frame.remove();
    });
    // The first read of the page runs our code cold (a read costs several times what it does warm): each
    // step in a task of its own (start observing | read and send | place), so none grows long on a busy machine.
    await nextTask();
    if (!ac.signal.aborted) void report(false);
  },
});

/** Resolves in a task of its own (after the current one and its microtasks). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the page has a body (the parser creates it early, long before the DOM is complete). */
function untilBody(signal: AbortSignal): Promise<void> {
  if (document.body) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, { childList: true });
    signal.addEventListener('abort', () => (observer.disconnect(), resolve()), { once: true });
  });
}

/** Resolves once `ready()` holds, checked as the page's DOM changes (an empty window being filled). */
function until(ready: () => boolean, signal: AbortSignal): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) return;
      // Coalesced: a page being rendered changes a lot at once.
      timer = setTimeout(() => {
        timer = undefined;
        if (!ready()) return;
        observer.disconnect();
        resolve();
      }, 50);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => (observer.disconnect(), clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Resolves once the page's DOM is parsed, in a task of its own after DOMContentLoaded: the adapter's
 * first read must not lengthen the page's own DOMContentLoaded handlers.
 */
function untilParsed(signal: AbortSignal): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => void setTimeout(resolve, 0), { once: true, signal });
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
