// Team sync's settings (issue 18): where the team's CouchDB is, who signs in, what is shared. Off by
// default; kept by the background outside the log (never exported, never replicated). No secret is
// stored: a password is exchanged at once for a CouchDB session (POST /_session), and a session cookie
// goes to the browser's cookie store for that server only; the browser then sends it, and the server
// renews it, like any site's sign-in. The team key of pseudonymised sharing is kept only in its
// derived form (lib/sync/team-key). Pure.
import { z } from 'zod';

export const SHARE_MODES = ['everything', 'pseudonymised', 'counts'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

/** http is accepted only on the machine itself (tests, an admin's local CouchDB); anything else must be https. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type UrlProblem = 'not_a_url' | 'not_https' | 'has_credentials' | 'has_query';

/** Why a server address is refused, or null when it is usable. */
export function serverUrlProblem(text: string): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not_a_url';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return 'not_https';
  if (url.username || url.password) return 'has_credentials';
  if (url.search || url.hash) return 'has_query';
  return null;
}

/** The server address without a trailing slash (CouchDB may sit under a path behind a proxy). */
export function normaliseServerUrl(text: string): string {
  const url = new URL(text.trim());
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The host permission pattern to request: exactly this server's host (Chromium and Firefox match any
 * port when the pattern names none, and the manifest's optional_host_permissions list only https
 * hosts and the loopback addresses).
 */
export function originPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** CouchDB's rule for database names (docs.couchdb.org, PUT /{db}): lower case, 238 characters at most. */
export const DB_NAME_RULE = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

export const SIGN_IN_METHODS = ['password', 'cookie'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** A cookie value as RFC 6265 allows it (no space, quote, comma, semicolon or backslash). */
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]{1,4000}$/;

/** What a pasted session cookie holds: the value alone, or "AuthSession=value" as copied from a browser. */
export function sessionCookieValue(text: string): string | null {
  const value = text.trim().replace(/^AuthSession=/, '').replace(/;.*$/, '');
  return COOKIE_VALUE.test(value) ? value : null;
}

const settingsSchema = z.object({
  enabled: z.boolean(),
  serverUrl: z
    .string()
    .max(2000)
    .refine((u) => serverUrlProblem(u) === null, 'not an https address (http only on 127.0.0.1 or localhost)'),
  database: z.string().regex(DB_NAME_RULE, 'not a CouchDB database name (a–z first, then a–z 0–9 _ $ ( ) + - /)'),
  /** The CouchDB user: also the author of every document this browser writes. */
  username: z.string().trim().min(1).max(200),
  displayName: z.string().trim().min(1).max(200),
  share: z.enum(SHARE_MODES),
  signIn: z.enum(SIGN_IN_METHODS),
});

/** The stored settings: no password, no cookie, no passphrase. */
export const teamConfigSchema = settingsSchema.extend({
  /** Pseudonymised sharing: the team key derived from the team's passphrase (64 hex digits). */
  pseudonymKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});
export type TeamConfig = z.infer<typeof teamConfigSchema>;

/** What the options page sees: the settings and the team key's id, never the key. */
export const teamConfigViewSchema = settingsSchema.extend({ teamKeyId: z.string().nullable() });
export type TeamConfigView = z.infer<typeof teamConfigViewSchema>;

/**
 * A save from the options page. `password` (password sign-in) is used once for POST /_session and
 * dropped; `cookie` (cookie sign-in) goes to the browser's cookie store; both empty keep the session
 * the browser already holds for that server. `teamKey` is the passphrase: empty keeps the stored key.
 */
export const teamConfigInputSchema = settingsSchema.extend({
  password: z.string().max(1000),
  cookie: z.string().max(4096),
  teamKey: z.string().max(1000),
});
export type TeamConfigInput = z.infer<typeof teamConfigInputSchema>;

export const SYNC_ERRORS = ['unauthorized', 'signed_out', 'not_couchdb', 'network', 'db_missing', 'forbidden', 'server', 'not_granted', 'no_team_key'] as const;
export type SyncErrorCode = (typeof SYNC_ERRORS)[number];

export const teamStatusSchema = z.object({
  enabled: z.boolean(),
  granted: z.boolean(),
  lastSyncAt: z.number().nullable(),
  lastAttemptAt: z.number().nullable(),
  pending: z.number().int().nonnegative(),
  lastError: z.object({ code: z.enum(SYNC_ERRORS), detail: z.string().max(500) }).nullable(),
  /** Documents from the server refused by validation in the last sync (nothing was written from them). */
  skipped: z.number().int().nonnegative(),
  skippedReasons: z.array(z.string().max(300)).max(5),
  /** Documents of teammates stored here. */
  teamDocs: z.number().int().nonnegative(),
  nextAttemptAt: z.number().nullable(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;

export const OFF_STATUS: TeamStatus = {
  enabled: false,
  granted: false,
  lastSyncAt: null,
  lastAttemptAt: null,
  pending: 0,
  lastError: null,
  skipped: 0,
  skippedReasons: [],
  teamDocs: 0,
  nextAttemptAt: null,
};
