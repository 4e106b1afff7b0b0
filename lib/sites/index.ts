// Entry point: picks the adapter for the page's host. Nothing outside lib/sites touches the mail DOM.
import type { AdapterOptions } from './adapter';
import { createGmailAdapter } from './gmail/driver';
import { createOutlookAdapter } from './outlook/driver';
import type { SiteAdapter } from './types';

export type { AdapterOptions } from './adapter';
export { pageShape } from './adapter';
export type { SiteDiagnostic } from './diagnostics';
export { censoredOutline } from './outline';
export { activeObserverCount, exposeObserverCount } from './observers';
export { isOutlookWindow } from './outlook/read';
export * from './types';

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

export function siteForHost(hostname: string): 'gmail' | 'outlook' | null {
  const host = hostname.toLowerCase();
  if (host === 'mail.google.com') return 'gmail';
  if (OUTLOOK_HOSTS.has(host)) return 'outlook';
  return null;
}

/**
 * The site of a page, or null. Outlook may render a pop-out (a reply, a message) into a window it opens
 * empty ("projection": window.open('about:blank'), owa-popout-v2's getProjectionUrl, public OWA sources):
 * such a window has the opener's origin and is Outlook's; any other about: page is nobody's.
 */
export function siteForPage(loc: Pick<Location, 'protocol' | 'hostname'>, origin: string | null | undefined): 'gmail' | 'outlook' | null {
  if (loc.protocol !== 'about:') return siteForHost(loc.hostname);
  try {
    return OUTLOOK_HOSTS.has(new URL(origin ?? '').hostname) ? 'outlook' : null;
  } catch {
    return null;
  }
}

/** The adapter for this page, or null when the host is not a supported mail client. */
export function createSiteAdapter(location: Location, document: Document, options?: AdapterOptions): SiteAdapter | null {
  try {
    switch (siteForPage(location, document.defaultView?.origin)) {
      case 'gmail':
        return createGmailAdapter(location, document, options);
      case 'outlook':
        return createOutlookAdapter(location, document, options);
      default:
        return null;
    }
  } catch {
    return null;
  }
}
