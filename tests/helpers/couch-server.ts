// A CouchDB-protocol server for tests and the sync benchmark (issue 18): express-pouchdb over PouchDB's
// in-memory adapter, on 127.0.0.1 and a free port, started by the test itself. Sign-in is CouchDB's
// Basic authentication, checked in front of express-pouchdb (401 with CouchDB's JSON error body).
// Stopping and starting again keeps the data (the memory adapter lives as long as the process), so a
// test can take the server away in the middle of a sync.
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

export interface CouchServer {
  url: string;
  port: number;
  /** The server's own handle on a database (writes here bypass sign-in: a hostile or broken writer). */
  db(name: string): PouchDatabase;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Requests the server answered, as "METHOD path" (for "nothing was sent" checks). */
  requests: string[];
}

let instances = 0;

export async function startCouchServer(options: { users: Record<string, string>; databases?: string[]; port?: number }): Promise<CouchServer> {
  // A name prefix per server: two servers in one process must not share databases.
  const prefix = `couch${process.pid}-${instances++}-`;
  const Mem = NodePouch.defaults({ adapter: 'memory', prefix });
  const app = express();
  const requests: string[] = [];
  app.use((req: Express.Request, res: Express.Response, next: () => void) => {
    requests.push(`${req.method} ${req.path}`);
    const header = req.headers.authorization ?? '';
    const m = /^Basic (.+)$/.exec(header);
    const [user, ...rest] = m ? Buffer.from(m[1]!, 'base64').toString('utf8').split(':') : [];
    if (!user || options.users[user] === undefined || options.users[user] !== rest.join(':')) {
      res.status(401).type('application/json').send(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
      return;
    }
    next();
  });
  app.use(expressPouchDB(Mem, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' }));
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
