// The one SiteAdapter implementation; each site supplies a driver that knows its DOM. Everything
// here is fail-closed: a throwing driver becomes an `unsupported` view, never an exception in the page.
import { defaultDeps, insertPlainText, trackCaret, type CaretMemory, type ComposeDeps, type ComposeSite, type ExecCommand } from './compose';
import { createReporter, type DiagnosticSink, type Reporter } from './diagnostics';
import { watchView, type ViewWatch } from './observers';
import { checkThreadData } from './check';
import type { Person, SiteAdapter, SiteView } from './types';

export interface AdapterOptions {
  /** Receives a censored DOM outline when a selector misses on what looks like a thread page. */
  onDiagnostic?: DiagnosticSink;
  /** Seam for tests: replaces document.execCommand. */
  exec?: ExecCommand;
  /** Seam for tests: replaces navigator.clipboard.writeText. */
  copyToClipboard?: (text: string) => Promise<void>;
  /** How long to wait for the reply editor after clicking Reply (default 3000 ms). */
  replyTimeoutMs?: number;
  /** Coalescing window for view-change events (default 100 ms). */
  coalesceMs?: number;
  /**
   * A selector miss is reported only if it is still there after this long (default 2000 ms):
   * right after navigation the new thread is often not rendered yet, and that is not a bug.
   */
  diagnosticDelayMs?: number;
}

export interface SiteDriver extends ComposeSite {
  readonly site: 'gmail' | 'outlook';
  read(report: Reporter): SiteView;
  currentUser(): Person | null;
  readonly watch: ViewWatch;
}

export function buildAdapter(driver: SiteDriver, doc: Document, options: AdapterOptions = {}): SiteAdapter {
  const direct = createReporter(driver.site, options.onDiagnostic);
  const delay = options.diagnosticDelayMs ?? 2000;
  const pending = new Set<string>();
  const report: Reporter = (selector, root, viewKey) => {
    if (!options.onDiagnostic) return;
    if (delay <= 0) return direct(selector, root, viewKey);
    const key = `${selector}|${viewKey}`;
    if (pending.has(key) || pending.size > 50) return;
    pending.add(key);
    // Re-read later; whatever still misses then is reported with the DOM of that moment.
    setTimeout(() => {
      try {
        driver.read(direct);
      } catch {
        // the page went away
      }
    }, delay);
  };
  const base = defaultDeps(doc);
  const deps: ComposeDeps = {
    exec: options.exec ?? base.exec,
    copy: options.copyToClipboard ?? base.copy,
    replyTimeoutMs: options.replyTimeoutMs ?? base.replyTimeoutMs,
  };
  const caret: CaretMemory = { editor: null, range: null };

  return {
    site: driver.site,
    readView(): SiteView {
      try {
        const view = driver.read(report);
        if (view.kind !== 'thread') return view;
        // The data half is validated like any message crossing a trust boundary; the live
        // bodyRange handles stay on the objects we built.
        const { messages, ...rest } = view.thread;
        const checked = checkThreadData({
          ...rest,
          messages: messages.map(({ bodyRange: _bodyRange, ...data }) => data),
        });
        if (!checked) return { kind: 'unsupported', reason: `${driver.site}: thread data did not validate` };
        return view;
      } catch (err) {
        return { kind: 'unsupported', reason: `${driver.site}: reading failed (${err instanceof Error ? err.name : 'error'})` };
      }
    },
    currentUser() {
      try {
        return driver.currentUser();
      } catch {
        return null;
      }
    },
    hasOpenCompose() {
      try {
        return driver.findCompose() !== null;
      } catch {
        return false;
      }
    },
    insertText(text: string) {
      return insertPlainText(doc, driver, text, deps, caret);
    },
    observe(onChange, signal) {
      if (signal.aborted) return;
      try {
        watchView(doc, driver.watch, onChange, signal, options.coalesceMs);
        trackCaret(doc, driver, caret, signal);
      } catch {
        // No observation is better than an exception in the host page.
      }
    },
  };
}
