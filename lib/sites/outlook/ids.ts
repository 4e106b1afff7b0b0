// Outlook ids: the conversation id is in the URL (/mail/inbox/id/AAQk…, /mail/0/inbox/id/…,
// /mail/id/…) or on the selected list row (data-convid). Messages carry no id in the DOM, so a
// message id is derived from what identifies it and does not move: conversation, sender, timestamp.

const decode = (raw: string) => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/**
 * The item/conversation id of the URL, decoded; null when it has none. Forms: "/mail/inbox/id/<id>",
 * "/mail/0/inbox/id/<id>", "/mail/id/<id>", "/mail/deeplink/read/<id>" (pop-out read window and web
 * links, 2024–2026), "/mail/deeplink/read/id/<id>", and the "ItemID=" query of deeplinks.
 */
export function outlookIdFromPath(pathname: string, search = ''): string | null {
  const m = /\/mail\/(?:\d+\/)?(?:[^?#]*?\/)?id\/([^/?#]+)/.exec(pathname) ?? /\/mail\/(?:\d+\/)?deeplink\/read\/([^/?#]+)/.exec(pathname);
  if (m) return decode(m[1]!);
  const q = /[?&]ItemID=([^&#]+)/i.exec(search);
  return q ? decode(q[1]!.replace(/\+/g, '%2B')) : null;
}

/** Pop-out read windows and web links: one message, no message list. */
export function isDeeplinkPath(pathname: string): boolean {
  return /\/mail\/(?:\d+\/)?deeplink\/read\//i.test(pathname);
}

export function isOutlookMailPath(pathname: string): boolean {
  return /^\/mail(?:\/|$)/.test(pathname);
}

/** FNV-1a, 32 bit, as 8 hex chars: a short stable fingerprint, not a security hash. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
