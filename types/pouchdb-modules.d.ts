// PouchDB 9's packages ship no types; lib/sync/pouch-types.ts describes the part team sync uses.
declare module 'pouchdb-core' {
  import type { PouchStatic } from '../lib/sync/pouch-types';
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
// Test server only (tests/helpers/couch-server.ts).
declare module 'express-pouchdb' {
  import type { PouchStatic } from '../lib/sync/pouch-types';
  const expressPouchDB: (PouchDB: PouchStatic, options?: object) => (req: unknown, res: unknown, next: () => void) => void;
  export default expressPouchDB;
}
declare module 'express' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export interface Request extends IncomingMessage {
    path: string;
    method: string;
    /** Set by the body parsers. */
    body?: unknown;
  }
  export interface Response extends ServerResponse {
    status(code: number): Response;
    type(type: string): Response;
    send(body: string): Response;
  }
  type Handler = (req: Request, res: Response, next: () => void) => void;
  interface App {
    (req: IncomingMessage, res: ServerResponse): void;
    use(handler: Handler): void;
    use(handler: (req: unknown, res: unknown, next: () => void) => void): void;
    post(path: string, ...handlers: Handler[]): void;
  }
  const express: (() => App) & {
    urlencoded(options: { extended: boolean }): Handler;
    json(): Handler;
  };
  export default express;
}
