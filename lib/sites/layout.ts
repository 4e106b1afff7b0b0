// Makes room for the sidebar so it never sits on the mail client's own controls: the main view gets
// right padding reaching past the sidebar's left edge, and its content (message headers with their
// Reply/More buttons, the thread toolbar) reflows to the left of it. One <style> element, replaced on change.
import type { SiteAdapter } from './types';

const STYLE_ID = 'afterfollow-layout';
const GAP = 8;

// The main view of each client. Gmail: div[role=main] (seen 2024–2026, thread and list views).
// Outlook Web: the reading pane / conversation container, else its main region (seen 2024–2026).
const MAIN_VIEW: Record<SiteAdapter['site'], string> = {
  gmail: 'div[role="main"]',
  outlook: '#ReadingPaneContainerId, [data-app-section="ConversationContainer"], div[role="main"]',
};

/**
 * Reserves room left of `sidebarLeft` (viewport x of the sidebar's left edge); null removes it.
 * Measured against the main view's own right edge, which padding does not move. Never throws.
 */
export function reserveSidebarSpace(doc: Document, site: SiteAdapter['site'], sidebarLeft: number | null): void {
  try {
    let style = doc.getElementById(STYLE_ID);
    const main = sidebarLeft === null ? null : doc.querySelector(MAIN_VIEW[site]);
    const rect = main?.getBoundingClientRect();
    // Measured from the view's real right edge (it may overflow the window), but never more than half
    // of it: on an unexpected layout the thread must stay readable.
    const px = rect && sidebarLeft !== null ? Math.min(Math.ceil(rect.right - sidebarLeft + GAP), Math.floor(rect.width / 2)) : 0;
    if (px <= 0) {
      style?.remove();
      return;
    }
    if (!style) {
      style = doc.createElement('style');
      style.id = STYLE_ID;
      (doc.head ?? doc.documentElement).append(style);
    }
    const css = `${MAIN_VIEW[site]} { padding-right: ${px}px !important; box-sizing: border-box !important; }`;
    // Rewriting the same rule still makes the page recompute every element's style: only on a change.
    if (style.textContent !== css) style.textContent = css;
  } catch {
    // A page that refuses our style keeps working; the sidebar stays collapsible.
  }
}
