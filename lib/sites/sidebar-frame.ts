// Places the sidebar — an extension page in an iframe, which the mail page can neither read nor drive —
// beside the mail, and keeps the mail readable: the client's main view is given room (./layout.ts);
// where that room would squeeze the open message below a readable width, the sidebar becomes a slim
// rail; it is shortened or hidden so that it never covers a floating compose window or dialog.
import { reserveSidebarSpace } from './layout';
import { first } from './selector-chain';
import * as gmail from './gmail/selectors';
import * as outlook from './outlook/selectors';
import type { SiteAdapter } from './types';
import { THEME_MESSAGE, themeFromColours, type ThemeMessage } from '../messages/theme';

export type FrameMode = 'open' | 'rail';

/** Widths in CSS px. The rail still shows the signals (a decline hint, the overdue count). */
export const FRAME_WIDTH: Record<FrameMode, number> = { open: 340, rail: 44 };
/** A message column narrower than this beside the open sidebar is too narrow to read (about 55 Latin characters)… */
export const READABLE_PX = 400;
/** …unless the layout itself is narrower: then keeping this share of its own width is enough. */
export const READABLE_SHARE = 0.6;
const GAP = 8;
const MIN_HEIGHT = { open: 240, rail: 120 } as const;

const PLACE: Record<SiteAdapter['site'], { top: number; right: number; floating: string; floatingRoots: readonly string[] }> = {
  // Below Gmail's top bar, left of its 56 px side-panel strip (2023–2026). Compose windows open in its
  // bottom-right dock; the pop-out dialog is appended to the body.
  gmail: { top: 64, right: 56, floating: gmail.floatingWindows, floatingRoots: gmail.composeDock },
  // Below Outlook's 48 px header (2021–2026). Its dialogs are appended to the body.
  outlook: { top: 48, right: 0, floating: outlook.floatingWindows, floatingRoots: [] },
};

export interface SidebarFrameOptions {
  doc: Document;
  site: SiteAdapter['site'];
  /** The extension page's address (runtime.getURL('/sidebar.html')). */
  src: string;
  /** The open message's text column width (px), or null outside a thread. */
  textColumnWidth(): number | null;
}

export interface SidebarFrame {
  readonly iframe: HTMLIFrameElement;
  mode(): FrameMode;
  /** The page changed (view, compose, size): place again. `thread` says whether a thread is open. */
  place(thread: boolean): void;
  /** Keyboard/command toggle: opens and focuses the sidebar, or (when it has focus) closes it and returns focus. */
  toggle(): void;
  /** Escape in the sidebar: focus goes back to where it was in the mail. */
  focusMail(): void;
  /**
   * Places again when a floating window may have opened or closed: watches the body's children and the
   * compose dock only (not the page's whole tree), coalesced. Stops when `signal` aborts.
   */
  watchFloating(onChange: () => void, signal: AbortSignal): void;
  remove(): void;
}

export function mountSidebarFrame(options: SidebarFrameOptions): SidebarFrame {
  const { doc, site } = options;
  const win = doc.defaultView ?? window;
  const place = PLACE[site];
  const iframe = doc.createElement('iframe');
  iframe.src = options.src;
  iframe.title = 'Afterfollow';
  iframe.dataset.afterfollow = 'sidebar';
  // Nothing of the mail page is given to the frame; the frame is an extension page and needs no sandbox.
  // Only writing to the clipboard is delegated (the "Copy page-layout report" button): a cross-origin frame
  // has no clipboard-write unless its embedder allows it.
  iframe.setAttribute('allow', 'clipboard-write');
  iframe.style.cssText = [
    'position:fixed',
    `top:${place.top}px`,
    `right:${place.right}px`,
    'border:0',
    'margin:0',
    'padding:0',
    'z-index:2147483000',
    'border-radius:12px 0 0 12px',
    'box-shadow:0 10px 25px rgba(15,23,42,.25)',
    'background:transparent',
    'color-scheme:normal',
  ].join(';');
  (doc.body ?? doc.documentElement).append(iframe);

  // The frame follows the mail client's theme and the OS: tell it both when they change (checked on
  // every placement, i.e. every view change) and whenever the frame (re)loads.
  // Not URL#origin: for a chrome-extension: address some engines answer "null".
  const frameOrigin = options.src.split('/').slice(0, 3).join('/');
  const osDark = win.matchMedia?.('(prefers-color-scheme: dark)');
  let toldTheme = '';
  const tellTheme = () => {
    const style = (el: Element | null) => (el ? win.getComputedStyle(el) : null);
    const body = style(doc.body);
    const message: ThemeMessage = {
      type: THEME_MESSAGE,
      page: themeFromColours([body?.backgroundColor ?? '', style(doc.documentElement)?.backgroundColor ?? ''], body?.color ?? ''),
      os: osDark?.matches ? 'dark' : 'light',
    };
    const key = `${message.page}|${message.os}`;
    if (key === toldTheme) return;
    toldTheme = key;
    iframe.contentWindow?.postMessage(message, frameOrigin);
  };
  iframe.addEventListener('load', () => ((toldTheme = ''), tellTheme()));
  osDark?.addEventListener('change', tellTheme);

  let userMode: FrameMode | null = null;
  let current: FrameMode = 'rail';
  let inThread = false;
  let returnFocus: HTMLElement | null = null;

  const apply = (mode: FrameMode) => {
    current = mode;
    iframe.style.width = `${FRAME_WIDTH[mode]}px`;
    reserveSidebarSpace(doc, site, win.innerWidth - place.right - FRAME_WIDTH[mode]);
  };

  /** Lowest bottom edge that keeps the frame off every floating window overlapping its column; null: no room. */
  const bottomFor = (mode: FrameMode): number | null => {
    const right = win.innerWidth - place.right;
    const left = right - FRAME_WIDTH[mode];
    let bottom = win.innerHeight - 16;
    for (const el of Array.from(doc.querySelectorAll<HTMLElement>(place.floating))) {
      if (el === iframe || iframe.contains(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= left || r.left >= right || r.bottom <= place.top) continue;
      bottom = Math.min(bottom, r.top - GAP);
    }
    return bottom - place.top >= MIN_HEIGHT[mode] ? bottom : null;
  };

  const readable = (): boolean => {
    const before = options.textColumnWidth();
    if (!before) return true;
    apply('open');
    // A column squeezed to nothing (or hidden by the client's own responsive layout) measures 0 and is
    // unreadable; a column that cannot be measured at all keeps the width it had.
    const after = options.textColumnWidth() ?? before;
    return after > 0 && after >= Math.min(READABLE_PX, before * READABLE_SHARE);
  };

  const frame: SidebarFrame = {
    iframe,
    mode: () => current,
    place(thread) {
      try {
        // An explicit "open" lasts while a thread is open; an explicit "rail" lasts until the user opens it again.
        if (thread !== inThread && !thread && userMode === 'open') userMode = null;
        inThread = thread;
        let mode: FrameMode = userMode ?? (thread ? 'open' : 'rail');
        if (mode === 'open' && userMode === null) {
          // Measured without our reservation first: the width the layout gives the mail on its own.
          reserveSidebarSpace(doc, site, null);
          if (!readable()) mode = 'rail';
        }
        let bottom = bottomFor(mode);
        if (bottom === null && mode === 'open') {
          mode = 'rail';
          bottom = bottomFor('rail');
        }
        apply(mode);
        iframe.style.visibility = bottom === null ? 'hidden' : 'visible';
        iframe.style.height = `${Math.max(0, (bottom ?? win.innerHeight) - place.top)}px`;
        tellTheme();
      } catch {
        // A page that refuses our layout keeps working; the sidebar stays where it is.
      }
    },
    toggle() {
      const focused = doc.activeElement === iframe;
      if (current === 'open' && focused) {
        userMode = 'rail';
        frame.place(inThread);
        frame.focusMail();
        return;
      }
      if (current !== 'open') userMode = 'open';
      frame.place(inThread);
      if (!focused) returnFocus = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
      iframe.focus();
    },
    focusMail() {
      iframe.blur();
      const target = returnFocus?.isConnected ? returnFocus : null;
      returnFocus = null;
      if (target) target.focus();
      else win.focus();
    },
    watchFloating(onChange, signal) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const observer = new MutationObserver(() => {
        if (timer === undefined) timer = setTimeout(() => ((timer = undefined), onChange()), 50);
      });
      const watch = () => {
        if (doc.body) observer.observe(doc.body, { childList: true });
        const dock = first(doc, place.floatingRoots);
        if (dock) observer.observe(dock, { childList: true, subtree: true });
      };
      watch();
      signal.addEventListener('abort', () => {
        observer.disconnect();
        clearTimeout(timer);
      });
    },
    remove() {
      osDark?.removeEventListener('change', tellTheme);
      reserveSidebarSpace(doc, site, null);
      iframe.remove();
    },
  };
  // Mounted while the page is still parsed: no room is reserved yet (that measures the main view and so
  // forces a layout of a half-built page); the first place() after the page is read does it.
  iframe.style.width = `${FRAME_WIDTH.rail}px`;
  iframe.style.height = `${win.innerHeight - place.top - 16}px`;
  return frame;
}

/**
 * Width of the open message's text column: the element holding the newest expanded message's text;
 * 0 when the layout squeezed or hid it, null when there is nothing to measure.
 */
export function messageColumnWidth(range: Range | null): number | null {
  if (!range) return null;
  const node = range.commonAncestorContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el ? el.getBoundingClientRect().width : null;
}
