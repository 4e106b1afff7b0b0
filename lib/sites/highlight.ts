// CSS Custom Highlight API: marks text in the host page without touching its DOM tree
// (wrapping words in spans inside a mail client would corrupt replies and break its editor).
export const DECLINE_HIGHLIGHT = 'afterfollow-decline';
const STYLE_ID = 'afterfollow-highlight-style';

// Explicit foreground and background: readable on Gmail's and Outlook's light and dark themes alike.
const CSS_TEXT = `::highlight(${DECLINE_HIGHLIGHT}) { background-color: #fde047; color: #1f2937; text-decoration: underline wavy #dc2626; }`;

/**
 * Adds the highlight's style rule. Called once while the page is still being parsed (nearly free then):
 * a style sheet added to a fully built page makes it recompute every element's style.
 */
export function ensureStyle(doc: Document) {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS_TEXT;
  (doc.head ?? doc.documentElement).append(style);
}

/** Replaces the named highlight with these ranges; a no-op where the API is missing. */
export function paintHighlights(doc: Document, ranges: Range[], name = DECLINE_HIGHLIGHT): boolean {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  if (!registry || typeof Highlight === 'undefined') return false;
  if (ranges.length === 0) {
    registry.delete(name);
    return true;
  }
  ensureStyle(doc);
  registry.set(name, new Highlight(...ranges));
  return true;
}

export function clearHighlights(name = DECLINE_HIGHLIGHT) {
  (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights?.delete(name);
}
