// Is this part of the mail page on screen? Outlook keeps recently opened conversations in the page as
// hidden reading panes, Gmail keeps the list under an open thread (and a thread under the list), and a
// mail can hide text from its reader. Only what the reader sees may be read.
//
// Checks are layered so they work (and are tested) without a layout engine:
//  1. attributes and inline style on the element and its ancestors (cheap, exact, works in happy-dom);
//  2. `checkVisibility()` where the browser has it (Chromium 121+, Firefox 125+; happy-dom implements
//     it from computed style): display:none / visibility / opacity from any stylesheet;
//  3. geometry (zero size, outside the viewport) only where layout exists: happy-dom's rects are all 0.

/** Inline-style declarations that hide an element and everything inside it. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)\s*(?:!important)?\s*(?:;|$)|content-visibility\s*:\s*hidden)/i;
/**
 * Inline style parking a pane off-screen: OWA and Gmail keep cached views at negative offsets or
 * translated away (left:-10000px, top:-9999px, transform: translate(-200vw)).
 */
const OFFSCREEN_STYLE = /(?:^|;)\s*(?:(?:left|top|inset-inline-start|text-indent)\s*:\s*-\d{4,}(?:\.\d+)?px|transform\s*:[^;]*translate[XY]?\(\s*-\d{4,}px|transform\s*:[^;]*translate[XY]?\(\s*-\d{3,}v[wh]|transform\s*:[^;]*scale\(\s*0\s*\)|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\))/i;
/** width:0 / height:0 together with overflow hidden (a collapsed, clipped box). */
const ZERO_BOX = /(?:^|;)\s*(?:max-)?(?:height|width)\s*:\s*0(?:px|em|rem|%)?\s*(?:!important)?\s*(?:;|$)/i;
const OVERFLOW_HIDDEN = /overflow(?:-[xy])?\s*:\s*(?:hidden|clip)/i;

/** visibility:hidden is inherited but a descendant may set visibility:visible again. */
export const VISIBILITY_HIDDEN = /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)/i;

// Pages and mails repeat the same style attribute on many elements (OWA's x_elementToProof lines):
// each distinct string goes through the regular expressions once.
const subtreeMemo = new Map<string, boolean>();

/** True when an inline style hides the element and all its descendants, whatever they say. */
export function styleHidesSubtree(style: string | null): boolean {
  if (!style) return false;
  let hides = subtreeMemo.get(style);
  if (hides === undefined) {
    hides = HIDING_STYLE.test(style) || OFFSCREEN_STYLE.test(style) || (ZERO_BOX.test(style) && OVERFLOW_HIDDEN.test(style));
    if (subtreeMemo.size >= 2000) subtreeMemo.clear();
    if (style.length <= 2000) subtreeMemo.set(style, hides);
  }
  return hides;
}

/** True when an inline style attribute alone hides the element (visibility included). */
export function styleHides(style: string | null): boolean {
  return !!style && (styleHidesSubtree(style) || VISIBILITY_HIDDEN.test(style));
}

/**
 * aria-hidden on a direct child of <body> is how modal dialogs (Fluent's Modal, Gmail's dialogs) hide
 * the rest of the app from screen readers while it stays on screen: that one does not count.
 */
function ariaHidden(el: Element): boolean {
  if (el.getAttribute('aria-hidden') !== 'true') return false;
  const parent = el.parentElement;
  return !!parent && parent !== el.ownerDocument.body && parent !== el.ownerDocument.documentElement;
}

/** Whether the element itself (not its ancestors) is hidden by attributes or inline style. */
export function selfHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  return el.hasAttribute('hidden') || ariaHidden(el) || styleHides(el.getAttribute('style'));
}

// One answer per document and task: a read asks for every pane and message.
let layoutMemo: { doc: Document; value: boolean } | null = null;

/** Whether the document has a layout engine behind it (real browsers yes, happy-dom no). */
export function hasLayout(doc: Document): boolean {
  if (layoutMemo?.doc === doc) return layoutMemo.value;
  const root = doc.documentElement;
  const r = root?.getBoundingClientRect();
  const value = !!r && (r.width > 0 || r.height > 0);
  layoutMemo = { doc, value };
  queueMicrotask(() => {
    layoutMemo = null;
  });
  return value;
}

export interface ShownOptions {
  /** Stop the ancestor walk here (already known to be shown). */
  within?: Element | null;
  /** Also treat elements entirely outside the viewport as hidden (panes, not messages in a scrolled list). */
  offscreen?: boolean;
  /** Result of hasLayout(doc), when the caller already knows it; false skips geometry. */
  layout?: boolean;
}

type CheckVisibility = (options?: { checkOpacity?: boolean; checkVisibilityCSS?: boolean; opacityProperty?: boolean; visibilityProperty?: boolean }) => boolean;

/** Is `el` on screen for the reader? Never throws; when unsure, says shown. */
export function isShown(el: Element, options: ShownOptions = {}): boolean {
  try {
    if (!el.isConnected) return false;
    const stop = options.within ?? null;
    for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
      if (selfHidden(node)) return false;
    }
    const check = (el as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
    // The opacity test walks every ancestor's style; inside an already shown pane (layout: false) inline
    // opacity was seen by the walk above, and display/visibility are all that is left to ask.
    const deep = options.layout !== false;
    const asked = deep ? { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true } : { checkVisibilityCSS: true, visibilityProperty: true };
    if (typeof check === 'function' && !check.call(el, asked)) return false;
    const layout = options.layout ?? hasLayout(el.ownerDocument);
    if (!layout) return true;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    if (options.offscreen) {
      // Parked panes sit beside the window (left:-10000px, translateX(-200vw)). Vertically out of view is
      // only scrolled (a long thread's subject above, a bottom pane below a tall list), never hidden.
      const w = el.ownerDocument.defaultView?.innerWidth ?? Infinity;
      if (r.right <= 0 || r.left >= w) return false;
    }
    return true;
  } catch {
    return true;
  }
}

/** Visible area (px²) where layout exists, else 0; ranks several shown candidates. */
export function shownArea(el: Element, layout: boolean): number {
  if (!layout) return 0;
  try {
    const r = el.getBoundingClientRect();
    const win = el.ownerDocument.defaultView;
    const w = win?.innerWidth ?? r.right;
    const h = win?.innerHeight ?? r.bottom;
    const width = Math.max(0, Math.min(r.right, w) - Math.max(r.left, 0));
    const height = Math.max(0, Math.min(r.bottom, h) - Math.max(r.top, 0));
    return width * height;
  } catch {
    return 0;
  }
}

/**
 * Of several candidates, the one the reader sees: hidden ones dropped; with layout, the largest
 * on-screen area; without, the last shown one in document order (a pane rendered for the newly
 * opened view is appended after the cached ones). Null when none is shown.
 */
export function pickShown<E extends Element>(candidates: readonly E[], doc: Document): E | null {
  if (candidates.length === 0) return null;
  const layout = hasLayout(doc);
  const shown = candidates.filter((c) => isShown(c, { offscreen: true, layout }));
  if (shown.length <= 1) return shown[0] ?? null;
  // Nested candidates (a pane and its own container) are the same view: keep the outermost.
  const outer = shown.filter((c) => !shown.some((o) => o !== c && o.contains(c)));
  if (!layout) return outer[outer.length - 1] ?? null;
  let best = outer[0]!;
  let bestArea = shownArea(best, layout);
  for (const c of outer.slice(1)) {
    const a = shownArea(c, layout);
    if (a > bestArea) {
      best = c;
      bestArea = a;
    }
  }
  return best;
}
