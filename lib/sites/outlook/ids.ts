// Outlook ids: the conversation id is in the URL (/mail/inbox/id/AAQk…, /mail/0/inbox/id/…,
// /mail/id/…) or on the selected list row (data-convid). Messages carry no id in the DOM, so a
// message id is derived from what identifies it and does not move: conversation, sender, timestamp.

/** The URL-encoded item/conversation id after "/id/", decoded; null when the path has none. */
export function outlookIdFromPath(pathname: string): string | null {
  const m = /\/mail\/(?:\d+\/)?(?:[^?#]*?\/)?id\/([^/?#]+)/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
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
