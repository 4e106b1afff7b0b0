// Background → content script messages. The content script checks them with the hand-written parser
// in lib/sites/bridge.ts (no schema library in the mail page); this is the one description of them.
export type TabMessage =
  | { type: 'reread' }
  | { type: 'insert'; text: string }
  | { type: 'toggle' }
  | { type: 'focus-mail' }
  | { type: 'stats' }
  /** Answered with the adapter's censored layoutReport(). */
  | { type: 'layout-report' }
  /** Answered with the adapter's composeState() and the page's site: where an insertion may go. */
  | { type: 'compose-state' };

export const TAB_CHANNEL = 'afterfollow-tab';
