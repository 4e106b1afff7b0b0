// Gmail ids. The same thread or message appears as a hex "legacy" id (data-legacy-*), as a decimal
// "thread-f:"/"#msg-f:" perm id, and as an opaque URL token. The hex and decimal forms are the same
// number, so both normalise to hex: whichever attribute a Gmail version ships, the id is stable.

/** "thread-f:1784567890123456789" / "#msg-f:…" → hex; "thread-a:r-123" (unsynced) kept as is. */
export function normaliseGmailId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim().replace(/^#/, '');
  if (/^[0-9a-f]{12,20}$/i.test(value)) return value.toLowerCase();
  const m = /^(?:thread|msg)-f:(\d{1,20})$/.exec(value);
  if (m) {
    try {
      return BigInt(m[1]!).toString(16);
    } catch {
      return null;
    }
  }
  return /^[\w:.-]{1,200}$/.test(value) ? value : null;
}

export type GmailRoute =
  | { kind: 'list' }
  | { kind: 'thread'; token: string }
  | { kind: 'other' };

// Routes whose first segment takes an argument (a label name, a query) before the thread token.
const ROUTES_WITH_ARG = new Set(['label', 'search', 'category', 'advanced-search', 'apps', 'settings', 'create-filter']);
const LIST_ROUTES = new Set([
  'inbox', 'starred', 'snoozed', 'sent', 'drafts', 'imp', 'all', 'spam', 'trash', 'scheduled', 'chats', 'label',
  'search', 'category', 'advanced-search', 'muted', 'outbox',
]);
const TOKEN = /^[A-Za-z0-9_-]{16,}$/;

/** Reads Gmail's hash: "#inbox", "#inbox/FMfcg…", "#label/Recruiting/FMfcg…", "#search/q/FMfcg…". */
export function parseGmailHash(hash: string): GmailRoute {
  const clean = hash.replace(/^#/, '').split('?')[0] ?? '';
  if (!clean) return { kind: 'list' }; // Gmail's default view is the inbox
  const parts = clean.split('/').filter(Boolean);
  const head = decodeURIComponent(parts[0] ?? '');
  if (head === 'settings') return { kind: 'other' };
  const rest = parts.slice(ROUTES_WITH_ARG.has(head) ? 2 : 1);
  const last = rest[rest.length - 1];
  if (last && TOKEN.test(last)) return { kind: 'thread', token: last };
  if (LIST_ROUTES.has(head) || /^p\d+$/.test(last ?? '')) return { kind: 'list' };
  return { kind: 'other' };
}
