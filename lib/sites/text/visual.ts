// Text a reader cannot see inside a mail body: zero font size, colour like its background (or
// transparent), visibility:hidden without a visible descendant. Such text is left out of what is
// analysed, so a mail cannot plant invisible hints or questions. (Subtrees hidden outright, by
// display:none, opacity:0, aria-hidden, off-screen or clipped boxes, are skipped by extract.ts.)
//
// Works from inline style and presentational attributes (color, bgcolor), plus computed style for
// elements a <style> sheet in the mail may target: testable in happy-dom, cheap in a real browser.
import { VISIBILITY_HIDDEN } from '../visibility';

type Rgba = readonly [number, number, number, number];

export interface VisualState {
  /** Inherited font size is (near) zero. */
  tiny: boolean;
  /** visibility:hidden inherited. */
  invisible: boolean;
  /** Inherited text colour; null = the client's default (dark on light). */
  color: Rgba | null;
  /** Nearest opaque background; null = the client's default (white). */
  bg: Rgba | null;
  /** Text nodes under this state are not shown to the reader. */
  hidesText: boolean;
}

export const DEFAULT_VISUAL: VisualState = { tiny: false, invisible: false, color: null, bg: null, hidesText: false };

const WHITE: Rgba = [255, 255, 255, 1];
const NAMED: Record<string, Rgba> = {
  white: WHITE, snow: [255, 250, 250, 1], ivory: [255, 255, 240, 1], whitesmoke: [245, 245, 245, 1],
  ghostwhite: [248, 248, 255, 1], floralwhite: [255, 250, 240, 1], azure: [240, 255, 255, 1], mintcream: [245, 255, 250, 1],
  black: [0, 0, 0, 1], gray: [128, 128, 128, 1], grey: [128, 128, 128, 1], silver: [192, 192, 192, 1],
  red: [255, 0, 0, 1], green: [0, 128, 0, 1], blue: [0, 0, 255, 1], yellow: [255, 255, 0, 1], transparent: [0, 0, 0, 0],
};

/** #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() (comma or space syntax), a few names; else null. */
export function parseColor(raw: string | null | undefined): Rgba | null {
  if (!raw) return null;
  const v = raw.trim().toLowerCase();
  if (v.startsWith('#')) {
    const hex = v.slice(1);
    if (!/^[0-9a-f]+$/.test(hex)) return null;
    if (hex.length === 3 || hex.length === 4) {
      const [r, g, b, a] = hex.split('').map((c) => parseInt(c + c, 16));
      return [r!, g!, b!, a === undefined ? 1 : a / 255];
    }
    if (hex.length === 6 || hex.length === 8) {
      const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
      return [n(0), n(2), n(4), hex.length === 8 ? n(6) / 255 : 1];
    }
    return null;
  }
  const m = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    const ch = (s: string) => (s.endsWith('%') ? (parseFloat(s) * 255) / 100 : parseFloat(s));
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [ch(m[1]!), ch(m[2]!), ch(m[3]!), alpha];
  }
  return NAMED[v] ?? null;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = Math.min(255, Math.max(0, c)) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio (1 = identical, 21 = black on white). */
export function contrast(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Below this ratio text is indistinguishable from its background (#eee on white is 1.16). */
const MIN_CONTRAST = 1.2;

function computeHides(s: Omit<VisualState, 'hidesText'>): boolean {
  if (s.tiny || s.invisible) return true;
  if (!s.color) return false;
  if (s.color[3] < 0.1) return true;
  return contrast(s.color, s.bg ?? WHITE) < MIN_CONTRAST;
}

const DECL: Record<string, RegExp> = {};
for (const prop of ['color', 'background-color', 'background', 'font-size', 'font']) DECL[prop] = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;!]+)`, 'i');
const decl = (style: string, prop: 'color' | 'background-color' | 'background' | 'font-size' | 'font'): string | null => {
  const m = DECL[prop]!.exec(style);
  return m ? m[1]!.trim() : null;
};
const DECL_COLOR = /(?:^|;)\s*color\s*:/i;
const DECL_BG = /(?:^|;)\s*background(?:-color)?\s*:/i;
const DECL_FONT = /(?:^|;)\s*font(?:-size)?\s*:/i;
const DECL_VIS = /(?:^|;)\s*visibility\s*:/i;

/** "0", "0px", "0.5px", "1px", "0pt", "0em", "0%" are too small to read. */
function tinySize(value: string): boolean | null {
  const m = /(?:^|\s)(\d*\.?\d+)(px|pt|em|rem|%|ex|ch|vw|vh)?(?:\s|\/|$)/i.exec(value);
  if (!m) return null;
  const n = parseFloat(m[1]!);
  const unit = (m[2] ?? 'px').toLowerCase();
  if (n === 0) return true;
  if (unit === 'px' || unit === 'pt') return n < 2;
  if (unit === '%') return n < 15;
  if (unit === 'em' || unit === 'rem' || unit === 'ex' || unit === 'ch') return n < 0.15;
  return false;
}

function backgroundColor(value: string): Rgba | null {
  // The shorthand may carry an image and positions; the colour is a standalone token.
  for (const token of value.replace(/url\([^)]*\)/gi, ' ').match(/#[0-9a-f]{3,8}|rgba?\([^)]*\)|[a-z]+/gi) ?? []) {
    const c = parseColor(token);
    if (c) return c;
  }
  return null;
}

interface Changes {
  color?: Rgba | null;
  bg?: Rgba | null;
  tiny?: boolean;
  invisible?: boolean;
}

// Mail HTML repeats the same style attribute on every line (OWA's x_elementToProof divs): parse each once.
const styleMemo = new Map<string, Changes>();

/** Inline style and presentational attributes of one element. */
function inlineChanges(el: Element, out: Changes) {
  const colorAttr = el.getAttribute('color');
  if (colorAttr) out.color = parseColor(colorAttr);
  const bgAttr = el.getAttribute('bgcolor');
  if (bgAttr) out.bg = parseColor(bgAttr);
  const style = el.getAttribute('style');
  if (!style) return;
  Object.assign(out, parsedStyle(style));
}

function parsedStyle(style: string): Changes {
  let parsed = styleMemo.get(style);
  if (!parsed) {
    parsed = {};
    parseStyle(style, parsed);
    if (styleMemo.size > 2000) styleMemo.clear();
    styleMemo.set(style, parsed);
  }
  return parsed;
}

function parseStyle(style: string, out: Changes) {
  if (DECL_COLOR.test(style)) {
    const c = parseColor(decl(style, 'color'));
    if (c) out.color = c;
  }
  if (DECL_BG.test(style)) {
    const raw = decl(style, 'background-color') ?? decl(style, 'background');
    const c = raw ? backgroundColor(raw) : null;
    if (c) out.bg = c;
  }
  if (DECL_FONT.test(style)) {
    const raw = decl(style, 'font-size') ?? decl(style, 'font');
    const t = raw ? tinySize(raw) : null;
    if (t !== null) out.tiny = t;
  }
  if (DECL_VIS.test(style)) out.invisible = VISIBILITY_HIDDEN.test(style);
}

/** Computed style, for elements a sheet inside the mail may style (class or id selectors). */
function computedChanges(el: Element, out: Changes): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const cs = win.getComputedStyle(el);
  if (cs.display === 'none') return true;
  const opacity = parseFloat(cs.opacity);
  if (cs.opacity !== '' && Number.isFinite(opacity) && opacity < 0.05) return true;
  if (cs.visibility === 'hidden' || cs.visibility === 'collapse') out.invisible = true;
  else if (cs.visibility === 'visible' && out.invisible === undefined) out.invisible = false;
  if (cs.fontSize) {
    const t = tinySize(cs.fontSize);
    if (t !== null && out.tiny === undefined) out.tiny = t;
  }
  const c = parseColor(cs.color);
  if (c && out.color === undefined) out.color = c;
  const bg = parseColor(cs.backgroundColor);
  if (bg && bg[3] >= 0.5 && out.bg === undefined) out.bg = bg;
  return false;
}

/**
 * The visual state inside `el`, given the state outside it; `null` when `el` hides its whole subtree
 * (found only through computed style; inline hiding is caught earlier by the caller).
 */
export function visualStateOf(el: Element, outer: VisualState, useComputed: boolean): VisualState | null {
  // Fast path (nearly every styled element of a mail): only an inline style, already parsed; the state it
  // leads to from `outer` is cached, so a body of identically styled lines costs two map lookups a line.
  if (!(useComputed && (el.hasAttribute('class') || el.hasAttribute('id'))) && !el.hasAttribute('color') && !el.hasAttribute('bgcolor')) {
    const style = el.getAttribute('style');
    if (!style) return outer;
    const parsed = parsedStyle(style);
    let byOuter = transitions.get(outer);
    if (!byOuter) transitions.set(outer, (byOuter = new Map()));
    let next = byOuter.get(parsed);
    if (!next) {
      next = apply(outer, { ...parsed });
      if (byOuter.size < 500) byOuter.set(parsed, next);
    }
    return next;
  }
  const changes: Changes = {};
  inlineChanges(el, changes);
  if (useComputed && (el.hasAttribute('class') || el.hasAttribute('id')) && computedChanges(el, changes)) return null;
  return apply(outer, changes);
}

const transitions = new WeakMap<VisualState, Map<Changes, VisualState>>();

function apply(outer: VisualState, changes: Changes): VisualState {
  if (changes.bg && changes.bg[3] < 0.5) delete changes.bg;
  const next = {
    tiny: changes.tiny ?? outer.tiny,
    invisible: changes.invisible ?? outer.invisible,
    color: changes.color === undefined ? outer.color : changes.color,
    bg: changes.bg === undefined ? outer.bg : changes.bg,
  };
  if (next.tiny === outer.tiny && next.invisible === outer.invisible && next.color === outer.color && next.bg === outer.bg) return outer;
  return { ...next, hidesText: computeHides(next) };
}
