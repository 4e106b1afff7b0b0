/** The mail clients Afterfollow reads. Host permissions and content-script matches use exactly these. */
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  // Microsoft's newer address for Outlook on the web (work and school accounts; seen 2024–2026).
  'https://outlook.cloud.microsoft/*',
];
