// Which addresses Afterfollow will store and open as a mail thread: https on the mail hosts only.
// A thread URL comes from a content script or a backup file and is opened by a reminder click, so
// it is checked at all three places with this one function. Pure.
import { MAIL_HOSTS } from './hosts';

/** Hosts of the content-script matches, plus Outlook's newer address (outlook.cloud.microsoft). */
export const THREAD_URL_HOSTS: ReadonlySet<string> = new Set([
  ...MAIL_HOSTS.map((pattern) => new URL(pattern.replace(/\*$/, '')).hostname),
  'outlook.cloud.microsoft',
]);

export const MAX_URL_LENGTH = 2000;

const hasControl = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
};

function parse(url: string): URL | null {
  // The URL parser trims spaces and control characters; a stored value must already be clean.
  if (url.length > MAX_URL_LENGTH || url !== url.trim() || hasControl(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** An https address, with no credentials and the default port. */
export function isHttpsUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'https:' && u.username === '' && u.password === '' && u.port === '';
}

/** An https address on one of the mail hosts: the only kind of thread link stored or opened. */
export function isMailThreadUrl(url: string): boolean {
  return isHttpsUrl(url) && THREAD_URL_HOSTS.has(new URL(url).hostname);
}
