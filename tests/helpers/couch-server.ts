// A CouchDB-protocol server for tests and the sync benchmark (issue 18): express-pouchdb over PouchDB's
// in-memory adapter, on 127.0.0.1 and a free port, started by the test itself. Sign-in is CouchDB's,
// checked in front of express-pouchdb: a session (POST /_session sets the AuthSession cookie, which
// the server renews once a tenth of its timeout has passed and refuses after it; GET and DELETE
// /_session as CouchDB answers them) or Basic authentication, with 401 and CouchDB's JSON error body.
// The server's clock can be moved on to end sessions. With `validate`, design documents'
// validate_doc_update functions are run on every write with the signed-in user's userCtx
// (express-pouchdb's validation, pouchdb-validation). Stopping and starting again keeps the data (the
// memory adapter lives as long as the process), so a test can take the server away mid-sync.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type * as Express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDBCore from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { PouchDatabase } from '../../lib/sync/pouch-types';

export const NodePouch = PouchDBCore.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

export interface CouchUser {
  password: string;
  roles?: string[];
}

export interface CouchServer {
  url: string;
  port: number;
  /** Moves the server's clock on (sessions end after their timeout). */
  advanceClock(seconds: number): void;
  /** The server's own handle on a database (writes here bypass sign-in: a hostile or broken writer). */
  db(name: string): PouchDatabase;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Requests the server answered, as "METHOD path" (for "nothing was sent" checks). */
  requests: string[];
}

let instances = 0;

export async function startCouchServer(options: {
  users: Record<string, string | CouchUser>;
  databases?: string[];
  port?: number;
  /** CouchDB's [chttpd_auth] timeout, in seconds (CouchDB's default: 600). */
  sessionTimeout?: number;
  /** Run design documents' validate_doc_update on writes (as CouchDB does). */
  validate?: boolean;
}): Promise<CouchServer> {
  // A name prefix per server: two servers in one process must not share databases.
  const prefix = `couch${process.pid}-${instances++}-`;
  const Mem = NodePouch.defaults({ adapter: 'memory', prefix });
  const app = express();
  const requests: string[] = [];
  const users = new Map(Object.entries(options.users).map(([name, u]) => [name, typeof u === 'string' ? { password: u, roles: [] } : { password: u.password, roles: u.roles ?? [] }]));
  const timeout = options.sessionTimeout ?? 600;
  const secret = randomBytes(32);
  let clockOffset = 0;
  const nowSeconds = () => Math.floor(Date.now() / 1000) + clockOffset;
  const passwordOk = (name: string, password: string) => {
    const u = users.get(name);
    if (!u) return false;
    const a = Buffer.from(u.password);
    const b = Buffer.from(password);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  // CouchDB's cookie: base64url of "name:hex seconds:HMAC".
  const mac = (name: string, time: string) => createHmac('sha256', secret).update(`${name}:${time}`).digest('hex');
  const sessionCookie = (name: string) => {
    const time = nowSeconds().toString(16).toUpperCase();
    return `AuthSession=${Buffer.from(`${name}:${time}:${mac(name, time)}`).toString('base64url')}; Version=1; Path=/; HttpOnly`;
  };
  /** The user of a valid cookie, and whether it is due for renewal; null when absent, forged or ended. */
  const cookieUser = (cookieHeader: string | undefined): { name: string; renew: boolean } | null => {
    const m = /(?:^|;\s*)AuthSession=([^;]*)/.exec(cookieHeader ?? '');
    if (!m || !m[1]) return null;
    const [name, time, sig] = Buffer.from(m[1], 'base64url').toString('utf8').split(':');
    if (!name || !time || !sig || !users.has(name) || sig !== mac(name, time)) return null;
    const left = parseInt(time, 16) + timeout - nowSeconds();
    if (!(left > 0)) return null;
    return { name, renew: left < timeout * 0.9 };
  };
  const unauthorized = (res: Express.Response) => res.status(401).type('application/json').send(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
  app.post('/_session', express.urlencoded({ extended: false }), express.json(), (req: Express.Request, res: Express.Response) => {
    requests.push(`${req.method} ${req.path}`);
    const body = (req.body ?? {}) as { name?: unknown; password?: unknown };
    const name = typeof body.name === 'string' ? body.name : '';
    if (!passwordOk(name, typeof body.password === 'string' ? body.password : '')) return void unauthorized(res);
    res.setHeader('Set-Cookie', sessionCookie(name));
    res.type('application/json').send(JSON.stringify({ ok: true, name, roles: users.get(name)!.roles }));
  });
  app.use((req: Express.Request, res: Express.Response, next: () => void) => {
    if (!(req.method === 'POST' && req.path === '/_session')) requests.push(`${req.method} ${req.path}`);
    let user: string | null = null;
    let via = '';
    const session = cookieUser(req.headers.cookie);
    if (session) {
      user = session.name;
      via = 'cookie';
      if (session.renew) res.setHeader('Set-Cookie', sessionCookie(user));
    } else if (req.headers.authorization) {
      const m = /^Basic (.+)$/.exec(req.headers.authorization);
      const [name, ...rest] = m ? Buffer.from(m[1]!, 'base64').toString('utf8').split(':') : [];
      // A wrong Basic sign-in is refused outright, as CouchDB does.
      if (!name || !passwordOk(name, rest.join(':'))) return void unauthorized(res);
      user = name;
      via = 'default';
    }
    const userCtx = { name: user, roles: user ? users.get(user)!.roles : [] };
    if (req.path === '/_session') {
      if (req.method === 'DELETE') {
        res.setHeader('Set-Cookie', 'AuthSession=; Version=1; Path=/; HttpOnly; Max-Age=0');
        return void res.type('application/json').send(JSON.stringify({ ok: true }));
      }
      return void res.type('application/json').send(JSON.stringify({ ok: true, userCtx, info: { authentication_handlers: ['cookie', 'default'], ...(via ? { authenticated: via } : {}) } }));
    }
    // The welcome answers anyone; every database needs a signed-in user.
    if (!user && !(req.method === 'GET' && req.path === '/')) return void unauthorized(res);
    (req as unknown as { couchSession: unknown }).couchSession = { ok: true, userCtx, info: {} };
    next();
  });
  app.use(
    expressPouchDB(Mem, {
      mode: 'minimumForPouchDB',
      inMemoryConfig: true,
      logPath: '/dev/null',
      ...(options.validate ? { overrideMode: { include: ['validation'] } } : {}),
    }),
  );
  const handles = new Map<string, PouchDatabase>();
  const db = (name: string): PouchDatabase => {
    const h = handles.get(name) ?? new Mem(name);
    handles.set(name, h);
    return h;
  };
  for (const name of options.databases ?? []) await db(name).info();
  let server: Server | null = null;
  let port = options.port ?? 0;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer(app);
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      s.closeAllConnections();
      s.close(() => resolve());
    });
  await start();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    advanceClock(seconds: number) {
      clockOffset += seconds;
    },
    db,
    stop,
    start,
    requests,
  };
}

/** A web server that is not CouchDB: every path answers with an HTML page. */
export async function startHtmlServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const s = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>');
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  };
}

/**
 * Node's fetch with a cookie jar per origin, standing in for the browser's (Node's fetch keeps no
 * cookies): Set-Cookie answers are kept (Max-Age=0 deletes) and sent back to the same origin.
 */
export function cookieJarFetch(): {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** What the browser's cookies.set would do: a cookie for one server. */
  set(serverUrl: string, name: string, value: string): void;
  get(serverUrl: string, name: string): string | undefined;
} {
  const jar = new Map<string, Map<string, string>>();
  const of = (url: string) => {
    const origin = new URL(url).origin;
    let cookies = jar.get(origin);
    if (!cookies) jar.set(origin, (cookies = new Map()));
    return cookies;
  };
  return {
    async fetch(url, init = {}) {
      const cookies = of(url);
      const headers = new Headers(init.headers);
      if (cookies.size > 0) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      const response = await fetch(url, { ...init, headers });
      for (const line of response.headers.getSetCookie()) {
        const [pair, ...attrs] = line.split(';');
        const eq = pair!.indexOf('=');
        const name = pair!.slice(0, eq).trim();
        const value = pair!.slice(eq + 1).trim();
        if (value === '' || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))) cookies.delete(name);
        else cookies.set(name, value);
      }
      return response;
    },
    set: (serverUrl, name, value) => void of(serverUrl).set(name, value),
    get: (serverUrl, name) => of(serverUrl).get(name),
  };
}
