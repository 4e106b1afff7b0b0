// Team sync (issue 18): this browser's log replicated to and from the team's own CouchDB with
// PouchDB's replication (checkpoints, batching, revisions), never protocol code of our own.
//
//   Dexie log ──mirror──▶ outbox (local PouchDB) ──replicate──▶ team CouchDB ──replicate, validated──▶
//   team cache (local PouchDB) ──validate, merge conflicts──▶ Dexie teamDocs (never the user's own tables)
//
// The outbox holds exactly the documents the log maps to (lib/sync/docs); PouchDB's checkpoints in both
// directions mean a restarted service worker resumes where the last sync stopped, and a server that is
// away loses nothing: the outbox keeps its changes until a push gets through. Browser specifics (the
// PouchDB build, fetch, alarms, the host permission) are passed in, so this runs in Node tests as is.
import { fnv1a64Hex } from '../export/pseudonym';
import { retryDelay, SYNC_PERIOD_MS, mayStart, type SyncReason } from './backoff';
import {
  normaliseServerUrl,
  OFF_STATUS,
  originPattern,
  teamConfigSchema,
  type TeamConfig,
  type TeamConfigView,
  type TeamStatus,
} from './config';
import { authorOfId, mergePayloads, ownDocs, payloadOf, validateTeamDoc, type OwnBook, type TeamPayload } from './docs';
import { classifySyncError, SyncError } from './errors';
import type { PouchDatabase, PouchStatic, ReplicateOptions } from './pouch-types';

export interface SyncStore {
  ownBooks(): Promise<OwnBook[]>;
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
  randomSalt?: () => string;
  /** Prefix of the local databases' names (tests run several "browsers" in one process). */
  prefix?: string;
  /** Largest response body accepted from the server, in bytes. */
  maxResponseBytes?: number;
  requestTimeoutMs?: number;
}

interface StoredConfig {
  config: TeamConfig | null;
  salt: string;
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

/** The Basic authorization header of a user and password (UTF-8, as PouchDB's http adapter sends it). */
export function basicAuth(user: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${user}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
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

  private readStored = () => this.getLocal<StoredConfig>('config', { config: null, salt: '' });
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

  private remote(config: TeamConfig): PouchDatabase {
    return new this.deps.Pouch(`${config.serverUrl}/${encodeURIComponent(config.database)}`, {
      adapter: 'http',
      skip_setup: true,
      auth: { username: config.username, password: config.password },
      fetch: this.fetcher(),
    } );
  }

  private fetcher(): Fetch {
    return boundedFetch(this.deps.fetch, this.deps.maxResponseBytes ?? MAX_RESPONSE_BYTES, this.deps.requestTimeoutMs ?? 60_000);
  }

  async view(): Promise<TeamConfigView | null> {
    const { config } = await this.readStored();
    if (!config) return null;
    const { password, ...rest } = config;
    return { ...rest, hasPassword: password.length > 0 };
  }

  /** Saves the settings (an empty password keeps the stored one); another server, database or user starts afresh. */
  async save(input: TeamConfig): Promise<TeamConfigView> {
    const parsed = teamConfigSchema.parse({ ...input, serverUrl: normaliseServerUrl(input.serverUrl) });
    const stored = await this.readStored();
    const old = stored.config;
    const password = parsed.password === '' && old && old.username === parsed.username && old.serverUrl === parsed.serverUrl ? old.password : parsed.password;
    const config: TeamConfig = { ...parsed, password };
    if (old && this.names(old).outbox !== this.names(config).outbox) await this.forgetData(old);
    await this.putLocal('config', { config, salt: stored.salt || (this.deps.randomSalt ?? (() => crypto.randomUUID()))() });
    return (await this.view())!;
  }

  private async forgetData(config: TeamConfig): Promise<void> {
    const names = this.names(config);
    await this.local(names.outbox).destroy().catch(() => {});
    await this.local(names.team).destroy().catch(() => {});
    await this.deps.store.clearTeam();
    await this.putLocal('status', FRESH_STATUS);
  }

  /** Turns sync off and forgets the settings, the queued changes and the teammates' documents here. */
  async disconnect(): Promise<void> {
    const { config } = await this.readStored();
    if (config) await this.forgetData(config);
    await this.putLocal('config', { config: null, salt: '' });
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
    const { config, salt } = await this.readStored();
    if (!config || !config.enabled) return this.status();
    const status = await this.readStatus();
    const now = this.deps.now();
    if (!(await this.deps.granted(originPattern(config.serverUrl)))) {
      // Nothing is contacted without the host permission; the outbox still follows the log.
      await this.mirror(config, salt, status).catch(() => {});
      await this.putLocal('status', { ...status, lastAttemptAt: now, lastError: { code: 'not_granted', detail: originPattern(config.serverUrl) } });
      return this.status();
    }
    if (!mayStart(reason, now, status.nextAttemptAt, status.failures)) {
      await this.mirror(config, salt, status);
      await this.putLocal('status', status);
      return this.status();
    }
    const skipped: string[] = [];
    let skippedCount = 0;
    try {
      await this.mirror(config, salt, status);
      await this.preflight(config);
      const names = this.names(config);
      const outbox = this.local(names.outbox);
      const team = this.local(names.team);
      const remote = this.remote(config);
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
  private async mirror(config: TeamConfig, salt: string, status: StoredStatus): Promise<void> {
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
      const doc = ownDocs(books, author, 'counts', salt, this.deps.now()).values().next().value!;
      const print = fingerprint(contentOf(doc as unknown as Record<string, unknown>));
      if (prints['*'] === print) keep('*');
      else add('*', print, [doc]);
    } else {
      for (const book of books) {
        const key = book.candidate.id;
        const print = fingerprint(bookSignature(book, author.name));
        if (prints[key] === print && oldIds[key]) keep(key);
        else add(key, print, ownDocs([book], author, config.share, salt, 0).values());
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

  /** Names the problem before replicating: no server, not CouchDB, wrong credentials, no database. */
  private async preflight(config: TeamConfig): Promise<void> {
    const fetch = this.fetcher();
    const headers = { Accept: 'application/json', Authorization: basicAuth(config.username, config.password) };
    const getJson = async (url: string): Promise<{ status: number; body: unknown }> => {
      let response: Response;
      try {
        response = await fetch(url, { headers, credentials: 'include' });
      } catch (e) {
        if (e instanceof SyncError) throw e;
        throw new SyncError('network', `${url}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (response.status === 401) throw new SyncError('unauthorized', `${response.status} at ${url}`);
      const text = await response.text();
      try {
        return { status: response.status, body: JSON.parse(text) };
      } catch {
        throw new SyncError('not_couchdb', `${response.status} ${response.headers.get('content-type') ?? ''} at ${url}`);
      }
    };
    const root = await getJson(`${config.serverUrl}/`);
    const welcome = root.body as Record<string, unknown> | null;
    if (!welcome || typeof welcome !== 'object' || (typeof welcome.couchdb !== 'string' && typeof welcome['express-pouchdb'] !== 'string')) {
      throw new SyncError('not_couchdb', `${root.status} at ${config.serverUrl}/ without a CouchDB welcome`);
    }
    const db = await getJson(`${config.serverUrl}/${encodeURIComponent(config.database)}`);
    if (db.status === 403) throw new SyncError('forbidden', config.database);
    if (db.status === 404) throw new SyncError('db_missing', config.database);
    if (db.status >= 400) throw new SyncError('server', `${db.status} for ${config.database}`);
    const info = db.body as Record<string, unknown> | null;
    if (!info || typeof info.db_name !== 'string') throw new SyncError('not_couchdb', `no database information for ${config.database}`);
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
