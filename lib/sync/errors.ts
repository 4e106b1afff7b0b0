// What went wrong in a sync, by name (the Options page says it in the user's language). Pure.
import type { SyncErrorCode } from './config';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'SyncError';
  }
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  reason?: unknown;
}

/** Maps an error from fetch, PouchDB or our own checks to its named problem. */
export function classifySyncError(err: unknown): { code: SyncErrorCode; detail: string } {
  if (err instanceof SyncError) return { code: err.code, detail: err.message.slice(0, 500) };
  const e = (err ?? {}) as ErrorLike;
  const message = String(e.message ?? e.reason ?? err ?? '').slice(0, 400);
  const status = typeof e.status === 'number' ? e.status : 0;
  if (status === 401) return { code: 'unauthorized', detail: message };
  if (status === 403) return { code: 'forbidden', detail: message };
  if (status === 404) return { code: 'db_missing', detail: message };
  if (status >= 500) return { code: 'server', detail: `${status} ${message}` };
  if (e.name === 'SyntaxError' || /JSON|Unexpected token/i.test(message)) return { code: 'not_couchdb', detail: message };
  if (e.name === 'TypeError' || e.name === 'AbortError' || /fetch|network|ECONNREFUSED|certificate|SSL|TLS|timed out/i.test(message)) {
    return { code: 'network', detail: message };
  }
  return { code: 'server', detail: message || 'unknown error' };
}
