// @vitest-environment node
// Team sync against a real CouchDB-protocol server (express-pouchdb on 127.0.0.1, in memory), with
// PouchDB's memory adapter for each "browser": replication both ways, named errors, a server that
// goes away mid-way, and hostile documents (issue 18).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamSync, type SyncDeps } from '../../lib/sync/engine';
import type { TeamConfig } from '../../lib/sync/config';
import { bookDocId } from '../../lib/sync/docs';
import { groupTeam, teamFigures } from '../../lib/sync/team-view';
import { NodePouch, startCouchServer, startHtmlServer, type CouchServer } from '../helpers/couch-server';
import { book, MemoryStore, T0 } from './fixtures';

let server: CouchServer;
let browsers = 0;

function browser(user: string, over: Partial<TeamConfig> = {}, deps: Partial<SyncDeps> = {}) {
  const store = new MemoryStore();
  const wakes: number[] = [];
  let now = Date.now();
  const sync = new TeamSync({
    Pouch: NodePouch,
    localAdapter: 'memory',
    fetch: (url, init) => fetch(url, init),
    now: () => now,
    store,
    granted: async () => true,
    wakeAt: (at) => wakes.push(at),
    randomSalt: () => `salt-${user}`,
    prefix: `b${browsers++}-`,
    ...deps,
  });
  const config: TeamConfig = { enabled: true, serverUrl: server.url, database: 'team', username: user, password: `pw-${user}`, displayName: user.toUpperCase(), share: 'everything', ...over };
  return { sync, store, wakes, config, advance: (ms: number) => (now += ms) };
}

beforeAll(async () => {
  server = await startCouchServer({ users: { alice: 'pw-alice', bob: 'pw-bob', hr: 'pw-hr' }, databases: ['team'] });
});
afterAll(async () => {
  await server.stop();
});

describe('team sync', () => {
  it("two recruiters' items reach HR; nobody's own log takes a teammate's rows; a shared item keeps the newest status", async () => {
    const alice = browser('alice');
    const bob = browser('bob');
    const hr = browser('hr');
    alice.store.books = [book('taro@example.jp', [{ key: 'a1' }, { key: 'shared', status: 'answered_now', updatedAt: T0 + 60_000 }])];
    bob.store.books = [book('taro@example.jp', [{ key: 'shared', status: 'open' }]), book('hanako@example.jp', [{ key: 'b1' }, { key: 'b2', status: 'deferred' }])];
    for (const b of [alice, bob, hr]) await b.sync.save(b.config);
    expect((await alice.sync.sync('manual')).lastError).toBeNull();
    expect((await bob.sync.sync('manual')).lastError).toBeNull();
    const status = await hr.sync.sync('manual');
    expect(status.lastError).toBeNull();
    expect(status.skippedReasons).toEqual([]);
    expect(status.teamDocs).toBe(3);
    expect([...hr.store.team.keys()].sort()).toEqual([bookDocId('alice', 'cand:taro@example.jp', 0), bookDocId('bob', 'cand:hanako@example.jp', 0), bookDocId('bob', 'cand:taro@example.jp', 0)].sort());
    // Alice's own documents never come back into her team store.
    await alice.sync.sync('manual');
    expect([...alice.store.team.keys()].every((id) => id.startsWith('b:bob:'))).toBe(true);
    const team = groupTeam({ name: 'HR', books: [] }, [...hr.store.team.values()]);
    const { rows, total } = teamFigures(team);
    expect(rows.map((r) => [r.name, r.items, r.open])).toEqual([
      ['HR', 0, 0],
      ['ALICE', 2, 1],
      ['BOB', 3, 2],
    ]);
    // The shared item counts once, with Alice's newer status.
    expect(total).toMatchObject({ candidates: 2, items: 4, open: 2, answered: 1, deferred: 1 });
  });

  it('only changed documents are written again, and a deleted candidate is deleted on the server', async () => {
    const alice = browser('alice2');
    await alice.sync.save({ ...alice.config, username: 'alice', password: 'pw-alice' });
    alice.store.books = [book('one@example.jp', [{ key: 'x' }]), book('two@example.jp', [{ key: 'y' }])];
    await alice.sync.sync('manual');
    const revOf = async (id: string) => (await server.db('team').get(id))._rev;
    const oneRev = await revOf(bookDocId('alice', 'cand:one@example.jp', 0));
    alice.store.books[1]!.items[0]!.status = 'answered_now';
    alice.store.books[1]!.items[0]!.updatedAt = T0 + 1000;
    const s = await alice.sync.sync('manual');
    expect(s.pending).toBe(0);
    expect(await revOf(bookDocId('alice', 'cand:one@example.jp', 0))).toBe(oneRev);
    alice.store.books = alice.store.books.slice(1);
    await alice.sync.sync('manual');
    await expect(server.db('team').get(bookDocId('alice', 'cand:one@example.jp', 0))).rejects.toMatchObject({ status: 404 });
  });

  it('a restarted background (a new engine on the same local stores) keeps its settings, status and checkpoints', async () => {
    const first = browser('alice');
    first.config.displayName = 'Alice';
    first.store.books = [book('r1@example.jp', [{ key: 'r1' }])];
    await first.sync.save(first.config);
    const done = await first.sync.sync('manual');
    expect(done.lastError).toBeNull();
    // The service worker stops; a new one starts with the same IndexedDB (here: the same memory databases).
    const prefix = `b${browsers - 1}-`;
    const again = new TeamSync({ Pouch: NodePouch, localAdapter: 'memory', fetch: (u, i) => fetch(u, i), now: Date.now, store: first.store, granted: async () => true, wakeAt: () => {}, prefix });
    expect(await again.view()).toMatchObject({ username: 'alice', displayName: 'Alice', hasPassword: true });
    expect((await again.status()).lastSyncAt).toBe(done.lastSyncAt);
    const r1 = bookDocId('alice', 'cand:r1@example.jp', 0);
    const rev = (await server.db('team').get(r1))._rev;
    first.store.books.push(book('r2@example.jp', [{ key: 'r2' }]));
    const s = await again.sync('manual');
    expect(s.pending).toBe(0);
    // Only the new candidate went up: the first one's document was not written again.
    expect((await server.db('team').get(r1))._rev).toBe(rev);
    expect((await server.db('team').get(bookDocId('alice', 'cand:r2@example.jp', 0))).author).toEqual({ user: 'alice', name: 'Alice' });
  });

  it('wrong credentials are named, and nothing is written', async () => {
    const eve = browser('alice', { password: 'wrong' });
    eve.store.books = [book('x@example.jp', [{ key: 'e' }])];
    await eve.sync.save(eve.config);
    const s = await eve.sync.sync('manual');
    expect(s.lastError?.code).toBe('unauthorized');
    expect(s.pending).toBe(1);
    expect(eve.wakes.at(-1)).toBe((s.nextAttemptAt ?? 0));
  });

  it('a web server that is not CouchDB is named', async () => {
    const html = await startHtmlServer();
    try {
      const b = browser('alice', { serverUrl: html.url });
      await b.sync.save(b.config);
      expect((await b.sync.sync('manual')).lastError?.code).toBe('not_couchdb');
    } finally {
      await html.stop();
    }
  });

  it('a missing database is named', async () => {
    const b = browser('alice', { database: 'no-such-db' });
    await b.sync.save(b.config);
    expect((await b.sync.sync('manual')).lastError?.code).toBe('db_missing');
  });

  it('without the host permission nothing is contacted', async () => {
    const before = server.requests.length;
    const b = browser('alice', {}, { granted: async () => false });
    b.store.books = [book('q@example.jp', [{ key: 'q' }])];
    await b.sync.save(b.config);
    const s = await b.sync.sync('manual');
    expect(s.lastError?.code).toBe('not_granted');
    expect(s.pending).toBe(1);
    expect(server.requests.length).toBe(before);
  });

  it('the server stopped mid-way loses nothing: changes stay queued, back off, and go once it is back', async () => {
    const own = await startCouchServer({ users: { carol: 'pw-carol', hr: 'pw-hr' }, databases: ['team'] });
    const saved = server;
    server = own;
    try {
      const carol = browser('carol');
      const hr = browser('hr');
      await carol.sync.save(carol.config);
      await hr.sync.save(hr.config);
      carol.store.books = Array.from({ length: 30 }, (_, k) => book(`c${k}@example.jp`, [{ key: `k${k}` }]));
      // The server goes away while the push is under way.
      const stopping = new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (own.requests.some((r) => r.includes('_bulk_docs'))) {
            clearInterval(timer);
            void own.stop().then(resolve);
          }
        }, 1);
      });
      const failed = await carol.sync.sync('manual');
      await stopping;
      const failed2 = failed.lastError ? failed : await carol.sync.sync('manual');
      expect(failed2.lastError?.code).toBe('network');
      expect(failed2.pending).toBeGreaterThan(0);
      // Backoff: a timer or a change waits, the user's "Sync now" does not.
      const waiting = await carol.sync.sync('change');
      expect(waiting.lastAttemptAt).toBe(failed2.lastAttemptAt);
      carol.store.books.push(book('late@example.jp', [{ key: 'late' }]));
      await own.start();
      const ok = await carol.sync.sync('manual');
      expect(ok.lastError).toBeNull();
      expect(ok.pending).toBe(0);
      const got = await hr.sync.sync('manual');
      expect(got.teamDocs).toBe(31);
    } finally {
      server = saved;
      await own.stop();
    }
  });

  it('bad documents from the server are skipped and counted; nothing is stored from them, the rest is', async () => {
    const own = await startCouchServer({ users: { hr: 'pw-hr' }, databases: ['team'] });
    const saved = server;
    server = own;
    try {
      const good = book('good@example.jp', [{ key: 'g' }]);
      const base = { type: 'afterfollow.book', v: 1, author: { user: 'mallory', name: 'M' }, share: 'everything', chunk: 0, events: [], interviews: [], messages: [] };
      const db = own.db('team');
      await db.bulkDocs([
        { _id: bookDocId('dave', good.candidate.id, 0), ...base, author: { user: 'dave', name: 'Dave' }, candidate: good.candidate, items: good.items },
        // Schema: an unknown status.
        { _id: bookDocId('mallory', 'cand:a@example.jp', 0), ...base, candidate: book('a@example.jp', []).candidate, items: [{ ...book('a@example.jp', [{ key: 'z' }]).items[0], status: 'pwned' }] },
        // Malformed: not a book at all.
        { _id: 'b:mallory:cand:b@example.jp', hello: 'world' },
        // Oversized: 3 MB of text.
        { _id: bookDocId('mallory', 'cand:c@example.jp', 0), ...base, candidate: book('c@example.jp', []).candidate, items: [], padding: 'x'.repeat(3_000_000) },
        // A row of another candidate smuggled into a book.
        { _id: bookDocId('mallory', 'cand:d@example.jp', 0), ...base, candidate: book('d@example.jp', []).candidate, items: book('e@example.jp', [{ key: 'w' }]).items },
        // An id that claims another author.
        { _id: bookDocId('dave', 'cand:f@example.jp', 0), ...base, candidate: book('f@example.jp', []).candidate, items: [] },
      ]);
      const hr = browser('hr');
      await hr.sync.save(hr.config);
      const s = await hr.sync.sync('manual');
      expect(s.lastError).toBeNull();
      expect(s.skipped).toBe(5);
      expect(s.skippedReasons.join('\n')).toMatch(/status/);
      expect(s.skippedReasons.join('\n')).toMatch(/bytes/);
      expect([...hr.store.team.keys()]).toEqual([bookDocId('dave', good.candidate.id, 0)]);
    } finally {
      server = saved;
      await own.stop();
    }
  });
});
