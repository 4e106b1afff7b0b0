// Who may send what. The background answers a message only when its sender is of a kind allowed for
// that type: thread views only from our content scripts on the mail hosts, data-changing messages only
// from our own extension pages (the dashboard, the options, the sidebar frame).
import { isMailPageUrl } from '../hosts';
import type { MessageType } from './protocol';

export type SenderKind = 'content' | 'sidebar' | 'page';

export interface SenderInfo {
  id?: string;
  url?: string;
  /** The sending document's origin (Chromium): for an about:blank window, the origin of the page that opened it. */
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

const CONTENT = ['content'] as const;
const SIDEBAR = ['sidebar'] as const;
const PAGES = ['page', 'sidebar'] as const;

export const ALLOWED_SENDERS: Record<MessageType, readonly SenderKind[]> = {
  ping: ['content', 'page', 'sidebar'],
  'page.view': CONTENT,
  'diagnostics.log': ['content', 'page', 'sidebar'],
  'sidebar.hello': SIDEBAR,
  'thread.mark': SIDEBAR,
  'tab.insert': SIDEBAR,
  'tab.layout': SIDEBAR,
  'tab.layoutReport': SIDEBAR,
  'correction.add': SIDEBAR,
  'corrections.reset': PAGES,
  'candidate.update': PAGES,
  'item.update': PAGES,
  'item.add': PAGES,
  'event.record': PAGES,
  'interview.add': PAGES,
  'interview.notes': PAGES,
  'settings.get': PAGES,
  'settings.set': PAGES,
  'data.deleteCandidate': PAGES,
  'data.deleteAll': PAGES,
  'data.changed': PAGES,
  'ui.openDashboard': PAGES,
  // Team sync's settings hold a password: only the Options page (never the sidebar inside a mail page).
  'team.get': ['page'],
  'team.save': ['page'],
  'team.sync': ['page'],
  'team.disconnect': ['page'],
};

/**
 * The kind of a runtime message's sender, or null for anything else. `extensionOrigin` is
 * browser.runtime.getURL('/') without the trailing slash; `extensionId` is browser.runtime.id.
 */
export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (!sender || sender.id !== extensionId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin + '/')) {
    const path = new URL(sender.url).pathname;
    // The sidebar is a frame inside a mail tab; the same page opened on its own is not.
    if (path === '/sidebar.html') return sender.tab?.id !== undefined && sender.frameId !== 0 ? 'sidebar' : null;
    return 'page';
  }
  // Our content script runs in the top frame of mail pages only…
  if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && isMailPageUrl(sender.url)) return 'content';
  // …and of the windows Outlook opens empty and renders itself (a "projected" pop-out: about:blank with the
  // mail host's origin, lib/sites/index.ts siteForPage).
  if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && /^about:blank(?:[?#]|$)/.test(sender.url) && isMailPageUrl(`${sender.origin ?? ''}/`)) return 'content';
  return null;
}

export function senderAllowed(type: MessageType, kind: SenderKind | null): boolean {
  return kind !== null && ALLOWED_SENDERS[type].includes(kind);
}
