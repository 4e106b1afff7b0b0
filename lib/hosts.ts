/** The mail clients Afterfollow reads. Host permissions and content-script matches use exactly these. */
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  // Microsoft's newer address for Outlook on the web (work and school accounts; seen 2024–2026).
  'https://outlook.cloud.microsoft/*',
];

const MAIL_HOSTNAMES = new Set(MAIL_HOSTS.map((p) => new URL(p.replace('/*', '/')).hostname));

/** An https page on one of the mail hosts (a content script's page, a thread's address). */
export function isMailPageUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && MAIL_HOSTNAMES.has(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}
