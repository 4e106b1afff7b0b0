// The part of PouchDB's API team sync uses, typed here (DefinitelyTyped's @types/pouchdb-* are for
// PouchDB 7 and change Node's global types for the whole project). Types only.

export interface PouchChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: unknown;
}

export interface PouchDatabase {
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Record<string, unknown> & { _id: string; _rev: string }>;
  put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: object[]): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: string }>>;
  allDocs(options: { keys?: string[]; startkey?: string; endkey?: string; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<{
    total_rows: number;
    rows: Array<{ id: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: unknown; error?: string }>;
  }>;
  changes(options: {
    since?: number | string;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
    style?: 'all_docs' | 'main_only';
    return_docs?: boolean;
  }): Promise<{ results: PouchChange[]; last_seq: number | string }>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  last_seq: number | string;
}

export interface ReplicateOptions {
  /** Only these documents (CouchDB's _doc_ids filter). */
  doc_ids?: string[];
  batch_size?: number;
  batches_limit?: number;
  filter?: (doc: Record<string, unknown> & { _id: string; _deleted?: boolean }) => boolean;
}

export interface PouchStatic {
  new (name: string, options?: object): PouchDatabase;
  replicate(source: PouchDatabase, target: PouchDatabase, options?: ReplicateOptions): Promise<ReplicationResult>;
  plugin(plugin: unknown): PouchStatic;
  defaults(options: object): PouchStatic;
}
