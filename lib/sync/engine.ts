// Team sync (issue 18): this browser's log replicated to and from the team's own CouchDB with
// PouchDB's replication (checkpoints, batching, revisions), never protocol code of our own.
//
//   Dexie log ──mirror──▶ outbox (local PouchDB) ──replicate──▶ team CouchDB ──replicate, validated──▶
//   team cache (local PouchDB) ──validate, merge conflicts──▶ Dexie teamDocs (never the user's own tables)
//
// The outbox holds exactly the documents the log maps to (lib/sync/docs); PouchDB's checkpoints in both
// directions mean a restarted service worker resumes where the last sync stopped, and a server that is
// away loses nothing: the outbox keeps its changes until a push gets through. The first sync of a new
// outbox (a new browser, a reinstall) first takes this recruiter's own documents back from the server:
// into the outbox (so later pushes continue their revisions) and, shared in full, into the log (merged
// like an import). Sign-in is CouchDB's session cookie, kept and sent by the browser: no password or
// cookie is stored here. Browser specifics (the PouchDB build, fetch, alarms, the host permission, the
// cookie store) are passed in, so this runs in Node tests as is.
import { fnv1a64Hex } from '../export/pseudonym';
import { retryDelay, SYNC_PERIOD_MS, mayStart, type SyncReason } from './backoff';
import {
  normaliseServerUrl,
  OFF_STATUS,
  originPattern,
  sessionCookieValue,
  teamConfigInputSchema,
  teamConfigSchema,
  type TeamConfig,
  type TeamConfigInput,
  type TeamConfigView,
  type TeamStatus,
} from './config';
import { authorOfId, mergePayloads, ownDocs, payloadOf, validateTeamDoc, type BookPayload, type OwnBook, type TeamPayload } from './docs';
import { deriveTeamKey, MIN_TEAM_KEY_LENGTH, teamKeyId } from './team-key';
import { classifySyncError, SyncError } from './errors';
import type { PouchDatabase, PouchStatic, ReplicateOptions } from './pouch-types';

export interface SyncStore {
  ownBooks(): Promise<OwnBook[]>;
  /** Merges books from the team database into this browser's own log, the way an import merges. */
  restoreOwn(books: OwnBook[]): Promise<void>;
  applyTeam(put: Array<{ id: string; payload: TeamPayload }>, remove: string[]): Promise<void>;
  countTeam(): Promise<number>;
  clearTeam(): Promise<void>;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface SyncDeps {
  /** PouchDB with the http adapter and replication; `localAdapter` names the adapter of local databases. */
  Pouch: PouchStatic;
  localAdapter: string;
  fetch: Fetch;
  now: () => number;
  store: SyncStore;
  /** Whether the browser lets the extension reach this host pattern (the optional host permission). */
  granted: (pattern: string) => Promise<boolean>;
  /** Wake the sync at this time (an alarm in the extension). */
  wakeAt: (at: number) => void;
  /**
   * Puts a CouchDB session cookie (AuthSession) into the browser's cookie store for this server only
   * (cookies.set, an optional permission asked for with the host). Absent: cookie sign-in is refused.
   */
  setSessionCookie?: (serverUrl: string, value: string) => Promise<void>;
  /** Prefix of the local databases' names (tests run several "browsers" in one process). */
  prefix?: string;
  /** Largest response body accepted from the server, in bytes. */
  maxResponseBytes?: number;
  requestTimeoutMs?: number;
}

interface StoredConfig {
  config: TeamConfig | null;
}

/**
 * The settings as stored, or null. Settings written before sign-in became a session held a password
 * (and a per-browser salt): read without it (the caller rewrites the store), as a password sign-in.
 */
function readConfig(raw: unknown): { config: TeamConfig | null; legacy: boolean } {
  if (!raw || typeof raw !== 'object') return { config: null, legacy: false };
  const r = raw as Record<string, unknown>;
  const legacy = 'password' in r || !('signIn' in r);
  const { password: _password, ...rest } = r;
  const parsed = teamConfigSchema.safeParse({ signIn: 'password', pseudonymKey: null, ...rest });
  return { config: parsed.success ? parsed.data : null, legacy };
}

interface StoredStatus {
  lastSyncAt: number | null;
  lastAttemptAt: number | null;
  lastError: TeamStatus['lastError'];
  skipped: number;
  skippedReasons: string[];
  failures: number;
  nextAttemptAt: number | null;
  /** The outbox sequence the last successful push reached. */
  pushedSeq: number | string;
  /** The team cache sequence whose changes are in Dexie. */
  ingestedSeq: number | string;
  /** Fingerprint of each candidate's rows as last mirrored ('*' for the counts document), to write only what changed. */
  fingerprints: Record<string, string>;
  /** The outbox documents each candidate mapped to (a book may span chunks). */
  docIds: Record<string, string[]>;
  /** This recruiter's own documents were taken back from the server into the outbox (and the log). */
  restored: boolean;
}

const FRESH_STATUS: StoredStatus = {
  lastSyncAt: null,
  lastAttemptAt: null,
  lastError: null,
  skipped: 0,
  skippedReasons: [],
  failures: 0,
  nextAttemptAt: null,
  pushedSeq: 0,
  ingestedSeq: 0,
  fingerprints: {},
  docIds: {},
  restored: false,
};

const MAX_RESPONSE_BYTES = 64_000_000;
const PUSH_BATCH = 50;
const PULL_BATCH = 25;
const INGEST_BATCH = 200;

/** 64 bits of two 32-bit FNV-1a passes with different offsets: fast over megabytes of JSON. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0') + text.length.toString(36);
}

/**
 * What identifies a version of a candidate's rows, without serialising every item: rows change
 * through edits that move their clock (items' updatedAt, events' at, messages' seenAt, the
 * candidate's updatedAt), plus the fields an edit may change; interviews (few, and their notes have
 * no clock) are taken whole.
 */
export function bookSignature(book: OwnBook, authorName: string): string {
  const parts: string[] = [authorName, JSON.stringify(book.candidate), JSON.stringify(book.interviews)];
  for (const i of book.items) parts.push(`${i.id}|${i.updatedAt}|${i.status}|${i.category}|${i.text.length}`);
  for (const e of book.events) parts.push(`${e.id}|${e.at}`);
  for (const m of book.messages) parts.push(`${m.id}|${m.seenAt}|${m.declineLevel}`);
  return parts.join('\n');
}

const contentOf = (doc: Record<string, unknown>) => {
  const p = payloadOf(doc);
  // A counts document's time of writing alone is no change.
  if (p.type === 'afterfollow.counts') delete p.at;
  return JSON.stringify(p);
};

/** A fetch that gives up after a time and refuses bodies beyond a size (a hostile server's huge answer). */
export function boundedFetch(fetch: Fetch, maxBytes: number, timeoutMs: number): Fetch {
  return async (url, init = {}) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(url, { ...init, signal: abort.signal });
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > maxBytes) throw new SyncError('not_couchdb', `an answer of ${declared} bytes (more than ${maxBytes})`);
      const reader = response.body?.getReader();
      const chunks: Uint8Array[] = [];
      let total = 0;
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            await reader.cancel().catch(() => {});
            throw new SyncError('not_couchdb', `an answer of more than ${maxBytes} bytes`);
          }
          chunks.push(value);
        }
      }
      const body = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        body.set(c, at);
        at += c.byteLength;
      }
      // 204 and 304 carry no body.
      return new Response(response.status === 204 || response.status === 304 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
      clearTimeout(timer);
    }
  };
}

export class TeamSync {
  private readonly state: PouchDatabase;
  private running: Promise<TeamStatus> | null = null;
  private again = false;

  constructor(private readonly deps: SyncDeps) {
    this.state = new deps.Pouch(`${deps.prefix ?? ''}afterfollow-sync-state`, { adapter: deps.localAdapter });
  }

  private async getLocal<T extends object>(name: string, fallback: T): Promise<T> {
    try {
      const doc = (await this.state.get(`_local/${name}`)) as unknown as { value: T };
      return { ...structuredClone(fallback), ...doc.value };
    } catch {
      // A copy: the caller changes what it gets.
      return structuredClone(fallback);
    }
  }

  private async putLocal(name: string, value: object): Promise<void> {
    const id = `_local/${name}`;
    for (let attempt = 0; ; attempt++) {
      let rev: string | undefined;
      try {
        rev = (await this.state.get(id))._rev;
      } catch {
        rev = undefined;
      }
      try {
        await this.state.put({ _id: id, ...(rev ? { _rev: rev } : {}), value } );
        return;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  }

  private async readStored(): Promise<StoredConfig> {
    const stored = await this.getLocal<{ config: unknown }>('config', { config: null });
    const { config, legacy } = readConfig(stored.config);
    // Never leave an old plaintext password behind.
    if (legacy) await this.putLocal('config', { config });
    return { config };
  }
  private readStatus = () => this.getLocal<StoredStatus>('status', FRESH_STATUS);

  /** The local databases of one server, database, user and share mode: another setup starts afresh. */
  private names(config: TeamConfig) {
    const key = fnv1a64Hex(`${config.serverUrl}\n${config.database}\n${config.username}\n${config.share}`);
    const prefix = this.deps.prefix ?? '';
    return { outbox: `${prefix}afterfollow-outbox-${key}`, team: `${prefix}afterfollow-team-${key}` };
  }

  private local(name: string): PouchDatabase {
    return new this.deps.Pouch(name, { adapter: this.deps.localAdapter });
  }

  /** The team database; PouchDB's http adapter sends the browser's cookies (credentials: 'include'). */
  private remote(config: TeamConfig): PouchDatabase {
    return new this.deps.Pouch(`${config.serverUrl}/${encodeURIComponent(config.database)}`, {
      adapter: 'http',
      skip_setup: true,
      fetch: this.fetcher(),
    });
  }

  private fetcher(): Fetch {
    return boundedFetch(this.deps.fetch, this.deps.maxResponseBytes ?? MAX_RESPONSE_BYTES, this.deps.requestTimeoutMs ?? 60_000);
  }

  async view(): Promise<TeamConfigView | null> {
    const { config } = await this.readStored();
    if (!config) return null;
    const { pseudonymKey, ...rest } = config;
    return { ...rest, teamKeyId: pseudonymKey ? teamKeyId(pseudonymKey) : null };
  }

  /**
   * Saves the settings and, when sync is on and the host granted, signs in: a password is exchanged
   * for a session (POST /_session) and forgotten, a pasted cookie goes to the browser's cookie store;
   * with neither, the session the browser holds is kept. Another server, database, user or share mode
   * starts afresh; a new team key re-sends every pseudonymised document under it. Returns whether the
   * sign-in (if one was asked for) worked: a failed one is the status line's error.
   */
  async save(input: TeamConfigInput): Promise<{ view: TeamConfigView; signedIn: boolean | null }> {
    const parsed = teamConfigInputSchema.parse({ ...input, serverUrl: normaliseServerUrl(input.serverUrl) });
    const { password, cookie, teamKey, ...settings } = parsed;
    const old = (await this.readStored()).config;
    if (teamKey !== '' && teamKey.length < MIN_TEAM_KEY_LENGTH) throw new Error(`the team key needs ${MIN_TEAM_KEY_LENGTH} characters or more`);
    const pseudonymKey = teamKey !== '' ? deriveTeamKey(teamKey, settings.database) : old && old.database === settings.database ? old.pseudonymKey : null;
    if (settings.share === 'pseudonymised' && !pseudonymKey) throw new Error('pseudonymised sharing needs the team key');
    const cookieValue = settings.signIn === 'cookie' && cookie.trim() !== '' ? sessionCookieValue(cookie) : null;
    if (settings.signIn === 'cookie' && cookie.trim() !== '' && !cookieValue) throw new Error('not a cookie value');
    const config: TeamConfig = { ...settings, pseudonymKey };
    if (old && this.names(old).outbox !== this.names(config).outbox) await this.forgetData(old);
    else if (old && old.pseudonymKey !== pseudonymKey) {
      // Every pseudonym changes: map every book again (the old documents are deleted on the server).
      const status = await this.readStatus();
      await this.putLocal('status', { ...status, fingerprints: {} });
    }
    await this.putLocal('config', { config });
    let signedIn: boolean | null = null;
    if (config.enabled && ((config.signIn === 'password' && password !== '') || cookieValue)) {
      signedIn = await this.signIn(config, config.signIn === 'password' ? { password } : { cookie: cookieValue! });
    }
    return { view: (await this.view())!, signedIn };
  }

  /** One sign-in; its outcome becomes the status line's error (or clears it). The secret is not kept. */
  private async signIn(config: TeamConfig, secret: { password: string } | { cookie: string }): Promise<boolean> {
    const status = await this.readStatus();
    const at = this.deps.now();
    let error: TeamStatus['lastError'] = null;
    if (!(await this.deps.granted(originPattern(config.serverUrl)))) error = { code: 'not_granted', detail: originPattern(config.serverUrl) };
    else {
      try {
        if ('password' in secret) await this.openSession(config, secret.password);
        else {
          if (!this.deps.setSessionCookie) throw new SyncError('signed_out', 'this browser cannot store a session cookie');
          await this.deps.setSessionCookie(config.serverUrl, secret.cookie);
          await this.checkSession(config);
        }
      } catch (err) {
        error = classifySyncError(err);
      }
    }
    await this.putLocal('status', { ...status, lastAttemptAt: at, lastError: error, ...(error ? {} : { failures: 0, nextAttemptAt: null }) });
    return error === null;
  }

  private async forgetData(config: TeamConfig): Promise<void> {
    const names = this.names(config);
    await this.local(names.outbox).destroy().catch(() => {});
    await this.local(names.team).destroy().catch(() => {});
    await this.deps.store.clearTeam();
    await this.putLocal('status', FRESH_STATUS);
  }

  /**
   * Turns sync off and forgets the settings, the queued changes and the teammates' documents here,
   * and ends the session at the server (DELETE /_session clears the browser's cookie for it).
   */
  async disconnect(): Promise<void> {
    const { config } = await this.readStored();
    if (config) {
      await this.forgetData(config);
      if (await this.deps.granted(originPattern(config.serverUrl)).catch(() => false)) {
        await this.fetcher()(`${config.serverUrl}/_session`, { method: 'DELETE', credentials: 'include', headers: { Accept: 'application/json' } }).catch(() => {});
      }
    }
    await this.putLocal('config', { config: null });
  }

  async status(): Promise<TeamStatus> {
    const { config } = await this.readStored();
    if (!config) return OFF_STATUS;
    const s = await this.readStatus();
    const granted = await this.deps.granted(originPattern(config.serverUrl));
    let pending = 0;
    try {
      const outbox = this.local(this.names(config).outbox);
      pending = (await outbox.changes({ since: s.pushedSeq as number, limit: 100_000 })).results.length;
    } catch {
      pending = 0;
    }
    return {
      enabled: config.enabled,
      granted,
      lastSyncAt: s.lastSyncAt,
      lastAttemptAt: s.lastAttemptAt,
      pending,
      lastError: s.lastError,
      skipped: s.skipped,
      skippedReasons: s.skippedReasons,
      teamDocs: await this.deps.store.countTeam(),
      nextAttemptAt: s.nextAttemptAt,
    };
  }

  /** One sync (push, then pull); concurrent calls share it, and a call during a sync runs one more after it. */
  sync(reason: SyncReason): Promise<TeamStatus> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        let result = await this.syncOnce(reason);
        while (this.again) {
          this.again = false;
          result = await this.syncOnce('change');
        }
        return result;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async syncOnce(reason: SyncReason): Promise<TeamStatus> {
    const { config } = await this.readStored();
    if (!config || !config.enabled) return this.status();
    const status = await this.readStatus();
    const now = this.deps.now();
    if (!(await this.deps.granted(originPattern(config.serverUrl)))) {
      // Nothing is contacted without the host permission; the outbox still follows the log.
      await this.mirror(config, status).catch(() => {});
      await this.putLocal('status', { ...status, lastAttemptAt: now, lastError: { code: 'not_granted', detail: originPattern(config.serverUrl) } });
      return this.status();
    }
    if (!mayStart(reason, now, status.nextAttemptAt, status.failures)) {
      await this.mirror(config, status);
      await this.putLocal('status', status);
      return this.status();
    }
    const skipped: string[] = [];
    let skippedCount = 0;
    try {
      await this.mirror(config, status);
      await this.preflight(config);
      const names = this.names(config);
      const outbox = this.local(names.outbox);
      const team = this.local(names.team);
      const remote = this.remote(config);
      if (!status.restored) {
        await this.restore(config, outbox, remote);
        // Every book is mapped again on top of the revisions that came back.
        status.fingerprints = {};
        await this.mirror(config, status);
        status.restored = true;
        // Written at once: a restore is not repeated when a later step of this sync fails.
        await this.putLocal('status', status);
      }
      const pushed = await this.deps.Pouch.replicate(outbox, remote, { batch_size: PUSH_BATCH });
      if (pushed.doc_write_failures > 0) {
        throw new SyncError('forbidden', `the server refused ${pushed.doc_write_failures} of this browser's documents`);
      }
      status.pushedSeq = pushed.last_seq as number;
      const me = config.username;
      await this.deps.Pouch.replicate(remote, team, {
        batch_size: PULL_BATCH,
        filter: (doc) => {
          const author = authorOfId(doc._id);
          // Design documents (the admin's validate_doc_update) and this browser's own documents stay on the server.
          if (author === null || author === me) return false;
          if (doc._deleted) return true;
          const verdict = validateTeamDoc(doc);
          if (!verdict.ok) {
            skippedCount++;
            if (skipped.length < 5) skipped.push(verdict.reason);
          }
          return verdict.ok;
        },
      } satisfies ReplicateOptions);
      const ingested = await this.ingest(team, status.ingestedSeq, me);
      skippedCount += ingested.skipped.length;
      for (const r of ingested.skipped) if (skipped.length < 5) skipped.push(r);
      status.ingestedSeq = ingested.seq;
      const done = this.deps.now();
      Object.assign(status, {
        lastSyncAt: done,
        lastAttemptAt: done,
        lastError: null,
        skipped: skippedCount,
        skippedReasons: skipped,
        failures: 0,
        nextAttemptAt: done + SYNC_PERIOD_MS,
      });
    } catch (err) {
      const failures = status.failures + 1;
      const at = this.deps.now();
      Object.assign(status, {
        lastAttemptAt: at,
        lastError: classifySyncError(err),
        skipped: skippedCount,
        skippedReasons: skipped,
        failures,
        nextAttemptAt: at + retryDelay(failures),
      });
    }
    await this.putLocal('status', status);
    this.deps.wakeAt(status.nextAttemptAt ?? this.deps.now() + SYNC_PERIOD_MS);
    return this.status();
  }

  /**
   * Makes the outbox hold exactly the documents the log maps to now. Each candidate's rows are
   * fingerprinted as they come from the log; only a candidate whose fingerprint changed is mapped to
   * documents again and written (100,000 items: one serialisation pass instead of mapping them all).
   */
  private async mirror(config: TeamConfig, status: StoredStatus): Promise<void> {
    const outbox = this.local(this.names(config).outbox);
    const books = await this.deps.store.ownBooks();
    const author = { user: config.username, name: config.displayName };
    const prints = status.fingerprints;
    const oldIds = status.docIds;
    const nextPrints: Record<string, string> = {};
    const nextIds: Record<string, string[]> = {};
    const changed: Array<Record<string, unknown> & { _id: string }> = [];
    const add = (key: string, print: string, docs: Iterable<TeamPayload & { _id: string }>) => {
      nextPrints[key] = print;
      nextIds[key] = [];
      for (const d of docs) {
        nextIds[key].push(d._id);
        changed.push(d as unknown as Record<string, unknown> & { _id: string });
      }
    };
    const keep = (key: string) => {
      nextPrints[key] = prints[key]!;
      nextIds[key] = oldIds[key] ?? [];
    };
    if (config.share === 'counts') {
      const doc = ownDocs(books, author, 'counts', null, this.deps.now()).values().next().value!;
      const print = fingerprint(contentOf(doc as unknown as Record<string, unknown>));
      if (prints['*'] === print) keep('*');
      else add('*', print, [doc]);
    } else {
      for (const book of books) {
        const key = book.candidate.id;
        const print = fingerprint(bookSignature(book, author.name));
        if (prints[key] === print && oldIds[key]) keep(key);
        else add(key, print, ownDocs([book], author, config.share, config.pseudonymKey, 0).values());
      }
    }
    const wanted = new Set(Object.values(nextIds).flat());
    const gone = Object.values(oldIds)
      .flat()
      .filter((id) => !wanted.has(id));
    if (changed.length === 0 && gone.length === 0) return;
    const ids = [...changed.map((d) => d._id), ...gone];
    const revs = new Map<string, string>();
    for (let k = 0; k < ids.length; k += 1000) {
      const res = await outbox.allDocs({ keys: ids.slice(k, k + 1000) });
      for (const row of res.rows) if (row.value && !row.value.deleted) revs.set(row.id, row.value.rev);
    }
    const writes: object[] = [
      ...changed.map((d) => (revs.has(d._id) ? { ...d, _rev: revs.get(d._id) } : d)),
      ...gone.filter((id) => revs.has(id)).map((id) => ({ _id: id, _rev: revs.get(id), _deleted: true })),
    ];
    for (let k = 0; k < writes.length; k += 200) await outbox.bulkDocs(writes.slice(k, k + 200));
    status.fingerprints = nextPrints;
    status.docIds = nextIds;
  }

  /** A JSON answer from the server, sent with the browser's cookies; a page that is not JSON is named. */
  private async requestJson(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
    let response: Response;
    try {
      response = await this.fetcher()(url, { ...init, credentials: 'include', headers: { Accept: 'application/json', ...(init.headers as Record<string, string> | undefined) } });
    } catch (e) {
      if (e instanceof SyncError) throw e;
      throw new SyncError('network', `${url}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) };
    } catch {
      throw new SyncError('not_couchdb', `${response.status} ${response.headers.get('content-type') ?? ''} at ${url}`);
    }
  }

  /**
   * Password sign-in: POST /_session (form-encoded, as CouchDB's own Fauxton does). The server answers
   * with its AuthSession cookie, which the browser keeps for that server; the password is not kept.
   */
  private async openSession(config: TeamConfig, password: string): Promise<void> {
    const url = `${config.serverUrl}/_session`;
    const body = new URLSearchParams({ name: config.username, password }).toString();
    const res = await this.requestJson(url, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    if (res.status === 401) throw new SyncError('unauthorized', `401 at ${url}`);
    if (res.status >= 400) throw new SyncError(res.status >= 500 ? 'server' : 'not_couchdb', `${res.status} at ${url}`);
    const answer = res.body as { ok?: unknown; name?: unknown } | null;
    if (!answer || answer.ok !== true) throw new SyncError('not_couchdb', `${res.status} at ${url} without a CouchDB session`);
    if (typeof answer.name === 'string' && answer.name !== config.username) throw new SyncError('unauthorized', `signed in as ${answer.name.slice(0, 200)}`);
  }

  /**
   * Who the browser's session signs in as (GET /_session; CouchDB renews the cookie on the way). No
   * session, or an ended one, is named; so is a session of another user than the settings name.
   */
  private async checkSession(config: TeamConfig): Promise<void> {
    const url = `${config.serverUrl}/_session`;
    const res = await this.requestJson(url);
    if (res.status === 401) throw new SyncError('signed_out', `401 at ${url}`);
    if (res.status >= 400) throw new SyncError(res.status >= 500 ? 'server' : 'not_couchdb', `${res.status} at ${url}`);
    const ctx = (res.body as { userCtx?: { name?: unknown } } | null)?.userCtx;
    if (!ctx || typeof ctx !== 'object') throw new SyncError('not_couchdb', `${res.status} at ${url} without a CouchDB session`);
    if (ctx.name === null || ctx.name === undefined) throw new SyncError('signed_out', `no session at ${config.serverUrl}`);
    if (ctx.name !== config.username) throw new SyncError('unauthorized', `signed in as ${String(ctx.name).slice(0, 200)}, not ${config.username}`);
  }

  /** Names the problem before replicating: no server, not CouchDB, not signed in, no database. */
  private async preflight(config: TeamConfig): Promise<void> {
    const root = await this.requestJson(`${config.serverUrl}/`);
    if (root.status === 401) throw new SyncError('signed_out', `401 at ${config.serverUrl}/`);
    const welcome = root.body as Record<string, unknown> | null;
    if (!welcome || typeof welcome !== 'object' || (typeof welcome.couchdb !== 'string' && typeof welcome['express-pouchdb'] !== 'string')) {
      throw new SyncError('not_couchdb', `${root.status} at ${config.serverUrl}/ without a CouchDB welcome`);
    }
    await this.checkSession(config);
    const db = await this.requestJson(`${config.serverUrl}/${encodeURIComponent(config.database)}`);
    if (db.status === 401) throw new SyncError('signed_out', config.database);
    if (db.status === 403) throw new SyncError('forbidden', config.database);
    if (db.status === 404) throw new SyncError('db_missing', config.database);
    if (db.status >= 400) throw new SyncError('server', `${db.status} for ${config.database}`);
    const info = db.body as Record<string, unknown> | null;
    if (!info || typeof info.db_name !== 'string') throw new SyncError('not_couchdb', `no database information for ${config.database}`);
  }

  /**
   * The first sync of a new outbox: this recruiter's own documents on the server (a browser before a
   * reinstall, another browser of theirs) come into the outbox with their revisions, so this browser's
   * pushes continue them instead of starting conflicting ones (where the outbox already wrote one of
   * them, the revisions are merged and the losing ones closed). Documents shared in full also come
   * back into the log, merged the way an import merges (the newer edit of each row wins; nothing here
   * is lost). Pseudonymised and counts-only documents hold no log to restore. Each is validated first.
   */
  private async restore(config: TeamConfig, outbox: PouchDatabase, remote: PouchDatabase): Promise<void> {
    const me = config.username;
    const ids: string[] = [];
    for (const prefix of [`b:${me}:`, `c:${me}`]) {
      const res = await remote.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0` });
      for (const row of res.rows) if (authorOfId(row.id) === me) ids.push(row.id);
    }
    if (ids.length === 0) return;
    await this.deps.Pouch.replicate(remote, outbox, { batch_size: PULL_BATCH, doc_ids: ids });
    const books = new Map<string, BookPayload>();
    for (let k = 0; k < ids.length; k += INGEST_BATCH) {
      const res = await outbox.allDocs({ keys: ids.slice(k, k + INGEST_BATCH), include_docs: true, conflicts: true });
      for (const row of res.rows) {
        const doc = row.doc as (Record<string, unknown> & { _conflicts?: string[] }) | undefined;
        if (!doc) continue;
        const verdict = validateTeamDoc(doc);
        let payload = verdict.ok && verdict.payload.author.user === me ? verdict.payload : null;
        for (const rev of doc._conflicts ?? []) {
          const other = validateTeamDoc(await outbox.get(row.id, { rev }).catch(() => null));
          if (other.ok && other.payload.author.user === me) payload = payload ? mergePayloads(payload, other.payload) : other.payload;
        }
        // Written apart (by this outbox and the server, or two browsers of this recruiter): the merged
        // rows go into the log and from there into the next revision; the losing revisions are closed.
        if (doc._conflicts?.length) await outbox.bulkDocs(doc._conflicts.map((rev) => ({ _id: row.id, _rev: rev, _deleted: true })));
        if (!payload || payload.type !== 'afterfollow.book' || payload.share !== 'everything') continue;
        const seen = books.get(payload.candidate.id);
        books.set(payload.candidate.id, seen ? (mergePayloads(seen, payload) as BookPayload) : payload);
      }
    }
    if (books.size === 0) return;
    await this.deps.store.restoreOwn(
      [...books.values()].map((b) => ({ candidate: b.candidate, items: b.items, events: b.events, interviews: b.interviews, messages: b.messages })),
    );
  }

  /** Copies the team cache's new changes into Dexie: each revision validated, conflicting ones merged. */
  private async ingest(team: PouchDatabase, since: number | string, me: string): Promise<{ seq: number | string; skipped: string[] }> {
    const skipped: string[] = [];
    let seq = since;
    for (;;) {
      const res = await team.changes({ since: seq as number, include_docs: true, conflicts: true, limit: INGEST_BATCH, style: 'all_docs' });
      if (res.results.length === 0) break;
      const put: Array<{ id: string; payload: TeamPayload }> = [];
      const remove: string[] = [];
      for (const change of res.results) {
        const author = authorOfId(change.id);
        if (author === null || author === me) continue;
        if (change.deleted) {
          remove.push(change.id);
          continue;
        }
        const doc = change.doc as unknown as Record<string, unknown> & { _conflicts?: string[] };
        const verdict = validateTeamDoc(doc);
        if (!verdict.ok) {
          skipped.push(verdict.reason);
          continue;
        }
        let payload = verdict.payload;
        for (const rev of doc._conflicts ?? []) {
          const other = validateTeamDoc(await team.get(change.id, { rev }).catch(() => null));
          if (other.ok) payload = mergePayloads(payload, other.payload);
        }
        if (payload.author.user !== author) {
          skipped.push(`${change.id.slice(0, 80)}: author does not match the id`);
          continue;
        }
        put.push({ id: change.id, payload });
      }
      await this.deps.store.applyTeam(put, remove);
      seq = res.last_seq;
    }
    return { seq, skipped };
  }
}
