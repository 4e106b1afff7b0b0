// The one SiteAdapter implementation; each site supplies a driver that knows its DOM. Everything
// here is fail-closed: a throwing driver becomes an `unsupported` view, never an exception in the page.
import { defaultDeps, insertPlainText, trackCaret, type CaretMemory, type ComposeDeps, type ComposeSite, type ExecCommand } from './compose';
import { createReporter, type DiagnosticSink, type Reporter } from './diagnostics';
import { watchView, type ViewWatch } from './observers';
import { parseForward } from '../people/organisation';
import { checkThreadData } from './check';
import { censoredOutline } from './outline';
import { person as makePerson } from './people';
import type { ComposeState, LayoutReport, Person, SiteAdapter, SiteView } from './types';

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
  /**
   * The user's address remembered from an earlier page (the main window), for layouts that show none
   * (Outlook's pop-out read window and deeplinks). A function is asked on every currentUser() call,
   * so storage loaded later is picked up. Used only when the page itself names nobody.
   */
  rememberedUser?: Person | null | (() => Person | null | undefined);
  /** Called when the page shows the signed-in user (once per distinct address), so the caller can remember it. */
  onUserSeen?: (user: Person) => void;
}

export interface SiteDriver extends ComposeSite {
  readonly site: 'gmail' | 'outlook';
  read(report: Reporter): SiteView;
  /** The user as the page shows them (header, folder tree, title, account data in the page or URL). */
  currentUser(): Person | null;
  /** The element whose outline goes into a page-layout report (the mail area, else the body). */
  reportRoot(): Element | null;
  readonly watch: ViewWatch;
}

/** Host and path shape for a report: ids, tokens, labels and the query are replaced. */
export function pageShape(loc: Pick<Location, 'hostname' | 'pathname' | 'hash'>): string {
  const censor = (part: string) => (/^(?:mail|u|\d{1,2}|inbox|id|deeplink|read|compose|sxs|popout|search|label|sent|drafts|archive|junkemail|deleteditems|sentitems)$/i.test(part) ? part : part ? '…' : part);
  const path = loc.pathname.split('/').map(censor).join('/');
  const hash = loc.hash ? '#' + loc.hash.replace(/^#/, '').split('?')[0]!.split('/').map(censor).join('/') : '';
  return `${loc.hostname} ${path}${hash}`;
}

export function buildAdapter(driver: SiteDriver, doc: Document, options: AdapterOptions = {}, loc?: Pick<Location, 'hostname' | 'pathname' | 'hash'>): SiteAdapter {
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
  const caret: CaretMemory = { editor: null, range: null, at: 0 };
  let lastSeen = '';
  const unsupportedName = `${driver.site}.other`;

  return {
    site: driver.site,
    readView(): SiteView {
      try {
        const view = driver.read(report);
        if (view.kind !== 'thread') return view;
        // A forwarded original named in a message's own text (never who sent the message itself).
        for (const m of view.thread.messages) {
          if (!m.expanded || !m.text) continue;
          const fwd = parseForward(m.text, view.thread.subject);
          if (fwd) m.forward = { from: { name: fwd.from.name, email: fwd.from.email }, start: fwd.start };
        }
        // The data half is validated like any message crossing a trust boundary; the live
        // bodyRange handles stay on the objects we built.
        const { messages, ...rest } = view.thread;
        const checked = checkThreadData({
          ...rest,
          messages: messages.map(({ bodyRange: _bodyRange, ...data }) => data),
        });
        if (!checked) return { kind: 'unsupported', reason: `${driver.site}: thread data did not validate`, viewName: view.viewName ?? unsupportedName };
        return view;
      } catch (err) {
        return { kind: 'unsupported', reason: `${driver.site}: reading failed (${err instanceof Error ? err.name : 'error'})`, viewName: unsupportedName };
      }
    },
    currentUser() {
      let shown: Person | null = null;
      try {
        shown = driver.currentUser();
      } catch {
        shown = null;
      }
      if (shown?.email) {
        if (options.onUserSeen && shown.email !== lastSeen) {
          lastSeen = shown.email;
          try {
            options.onUserSeen(shown);
          } catch {
            // the caller's storage failing must not hide the user
          }
        }
        return shown;
      }
      try {
        const r = typeof options.rememberedUser === 'function' ? options.rememberedUser() : options.rememberedUser;
        return r?.email ? makePerson(r.name, r.email) : shown;
      } catch {
        return shown;
      }
    },
    layoutReport(): LayoutReport {
      let viewName = unsupportedName;
      let outline = '';
      try {
        viewName = this.readView().viewName ?? unsupportedName;
      } catch {
        // keep the fallback name
      }
      try {
        const root = driver.reportRoot() ?? doc.body ?? doc.documentElement;
        outline = root ? censoredOutline(root, 1500) : '';
      } catch {
        outline = '';
      }
      let page = '';
      try {
        page = loc ? pageShape(loc) : '';
      } catch {
        page = '';
      }
      return { site: driver.site, viewName, page, outline };
    },
    hasOpenCompose() {
      try {
        return driver.findCompose() !== null;
      } catch {
        return false;
      }
    },
    composeState(): ComposeState {
      try {
        const editor = driver.findCompose();
        if (!editor) return { open: false, focusedAt: 0, recipients: [] };
        const active = doc.activeElement;
        // In it right now (a window the user is typing in), else when the caret was last in it.
        const inNow = doc.hasFocus() && !!active && (active === editor || editor.contains(active));
        const focusedAt = inNow ? Date.now() : caret.editor === editor || (caret.editor?.isConnected && driver.editorOf(caret.editor) === editor) ? caret.at : 0;
        const recipients = [...new Set(driver.recipientsOf(editor).map((p) => p.email).filter(Boolean))].slice(0, 100);
        return { open: true, focusedAt, recipients };
      } catch {
        return { open: false, focusedAt: 0, recipients: [] };
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
