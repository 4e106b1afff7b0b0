// @vitest-environment node
// Team sync against a real CouchDB-protocol server (express-pouchdb on 127.0.0.1, in memory), with
// PouchDB's memory adapter for each "browser" and a cookie jar standing in for the browser's:
// sign-in by session, replication both ways, named errors, a server that goes away mid-way, hostile
// documents, and a returning recruiter's own log coming back (issue 18).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamSync, type SyncDeps } from '../../lib/sync/engine';
import type { TeamConfigInput } from '../../lib/sync/config';
import { bookDocId } from '../../lib/sync/docs';
import { groupTeam, teamFigures } from '../../lib/sync/team-view';
import { cookieJarFetch, NodePouch, startCouchServer, startHtmlServer, type CouchServer } from '../helpers/couch-server';
import { book, MemoryStore, readmeDesignDoc, T0 } from './fixtures';

let server: CouchServer;
let browsers = 0;

/** One browser: its own local databases, log (a memory store) and cookie jar. */
function browser(user: string, over: Partial<TeamConfigInput> = {}, deps: Partial<SyncDeps> = {}) {
  const store = new MemoryStore();
  const wakes: number[] = [];
  const jar = cookieJarFetch();
  const prefix = `b${browsers++}-`;
  let now = Date.now();
  const make = (more: Partial<SyncDeps> = {}) =>
    new TeamSync({
      Pouch: NodePouch,
      localAdapter: 'memory',
      fetch: jar.fetch,
      now: () => now,
      store,
      granted: async () => true,
      wakeAt: (at) => wakes.push(at),
      setSessionCookie: async (url, value) => jar.set(url, 'AuthSession', value),
      prefix,
      ...deps,
      ...more,
    });
  const config: TeamConfigInput = {
    enabled: true,
    serverUrl: server.url,
    database: 'team',
    username: user,
    displayName: user.toUpperCase(),
    share: 'everything',
    signIn: 'password',
    password: `pw-${user}`,
    cookie: '',
    teamKey: '',
    ...over,
  };
  return { sync: make(), make, store, wakes, config, jar, prefix, advance: (ms: number) => (now += ms) };
}

/** The settings as the sync's own store holds them (the raw local document). */
async function storedSettings(prefix: string): Promise<string> {
  const state = new NodePouch(`${prefix}afterfollow-sync-state`, { adapter: 'memory' });
  return JSON.stringify(await state.get('_local/config'));
}

beforeAll(async () => {
  // One user per test where a test's documents would otherwise come back to another's browser.
  server = await startCouchServer({ users: Object.fromEntries(['alice', 'bob', 'hr', 'ann', 'amy', 'ida', 'ivo', 'kim'].map((u) => [u, `pw-${u}`])), databases: ['team'] });
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
    const alice = browser('ann');
    await alice.sync.save(alice.config);
    alice.store.books = [book('one@example.jp', [{ key: 'x' }]), book('two@example.jp', [{ key: 'y' }])];
    await alice.sync.sync('manual');
    const revOf = async (id: string) => (await server.db('team').get(id))._rev;
    const oneRev = await revOf(bookDocId('ann', 'cand:one@example.jp', 0));
    alice.store.books[1]!.items[0]!.status = 'answered_now';
    alice.store.books[1]!.items[0]!.updatedAt = T0 + 1000;
    const s = await alice.sync.sync('manual');
    expect(s.pending).toBe(0);
    expect(await revOf(bookDocId('ann', 'cand:one@example.jp', 0))).toBe(oneRev);
    alice.store.books = alice.store.books.slice(1);
    await alice.sync.sync('manual');
    await expect(server.db('team').get(bookDocId('ann', 'cand:one@example.jp', 0))).rejects.toMatchObject({ status: 404 });
  });

  it('a restarted background (a new engine on the same local stores) keeps its settings, status and checkpoints', async () => {
    const first = browser('amy');
    first.config.displayName = 'Amy';
    first.store.books = [book('r1@example.jp', [{ key: 'r1' }])];
    await first.sync.save(first.config);
    const done = await first.sync.sync('manual');
    expect(done.lastError).toBeNull();
    // The service worker stops; a new one starts with the same IndexedDB (here: the same memory
    // databases) and the browser's cookie store.
    const again = first.make({ now: Date.now });
    expect(await again.view()).toMatchObject({ username: 'amy', displayName: 'Amy', signIn: 'password', teamKeyId: null });
    expect((await again.status()).lastSyncAt).toBe(done.lastSyncAt);
    const r1 = bookDocId('amy', 'cand:r1@example.jp', 0);
    const rev = (await server.db('team').get(r1))._rev;
    first.store.books.push(book('r2@example.jp', [{ key: 'r2' }]));
    const s = await again.sync('manual');
    expect(s.pending).toBe(0);
    // Only the new candidate went up: the first one's document was not written again.
    expect((await server.db('team').get(r1))._rev).toBe(rev);
    expect((await server.db('team').get(bookDocId('amy', 'cand:r2@example.jp', 0))).author).toEqual({ user: 'amy', name: 'Amy' });
  });

  it('a wrong password is named at saving; no session, so the sync names that and writes nothing', async () => {
    const eve = browser('alice', { password: 'wrong' });
    eve.store.books = [book('x@example.jp', [{ key: 'e' }])];
    const before = server.requests.filter((r) => r.includes('_bulk_docs')).length;
    expect((await eve.sync.save(eve.config)).signedIn).toBe(false);
    expect((await eve.sync.status()).lastError?.code).toBe('unauthorized');
    expect(eve.jar.get(server.url, 'AuthSession')).toBeUndefined();
    const s = await eve.sync.sync('manual');
    expect(s.lastError?.code).toBe('signed_out');
    expect(s.pending).toBe(1);
    expect(eve.wakes.at(-1)).toBe(s.nextAttemptAt ?? 0);
    expect(server.requests.filter((r) => r.includes('_bulk_docs')).length).toBe(before);
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

describe('sign-in by session', () => {
  it('the password is exchanged for a session at saving and stored nowhere; the browser holds the cookie', async () => {
    const ida = browser('ida');
    ida.store.books = [book('s1@example.jp', [{ key: 's1' }])];
    const { signedIn, view } = await ida.sync.save(ida.config);
    expect(signedIn).toBe(true);
    expect(view).toEqual({ enabled: true, serverUrl: server.url, database: 'team', username: 'ida', displayName: 'IDA', share: 'everything', signIn: 'password', teamKeyId: null });
    expect(await storedSettings(ida.prefix)).not.toContain('pw-ida');
    expect(ida.jar.get(server.url, 'AuthSession')).toMatch(/^[A-Za-z0-9_-]+$/);
    const before = server.requests.length;
    expect((await ida.sync.sync('manual')).lastError).toBeNull();
    // Every request of the sync went by the session: no password was available to send.
    expect(server.requests.slice(before)).toContain('GET /_session');
    expect((await server.db('team').get(bookDocId('ida', 'cand:s1@example.jp', 0))).author).toEqual({ user: 'ida', name: 'IDA' });
    // Saving again without a password keeps the session.
    const again = await ida.sync.save({ ...ida.config, password: '', displayName: 'Ida' });
    expect(again.signedIn).toBeNull();
    expect((await ida.sync.sync('manual')).lastError).toBeNull();
    // Turning off ends the session at the server, which clears the browser's cookie.
    await ida.sync.disconnect();
    expect(ida.jar.get(server.url, 'AuthSession')).toBeUndefined();
    expect(server.requests.at(-1)).toBe('DELETE /_session');
  });

  it('the server renews the session at each sync; a session that ended is named, changes wait, and a new sign-in sends them', async () => {
    const own = await startCouchServer({ users: { ivo: 'pw-ivo' }, databases: ['team'], sessionTimeout: 600 });
    const saved = server;
    server = own;
    try {
      const ivo = browser('ivo');
      ivo.store.books = [book('r1@example.jp', [{ key: 'r1' }])];
      await ivo.sync.save(ivo.config);
      expect((await ivo.sync.sync('manual')).lastError).toBeNull();
      const first = ivo.jar.get(own.url, 'AuthSession');
      // Two minutes on (past a tenth of the timeout): the next sync's requests bring a fresh cookie.
      own.advanceClock(120);
      expect((await ivo.sync.sync('manual')).lastError).toBeNull();
      const renewed = ivo.jar.get(own.url, 'AuthSession');
      expect(renewed).not.toBe(first);
      // Nine minutes more: still inside the renewed session's ten (it would have ended without the renewal).
      own.advanceClock(540);
      expect((await ivo.sync.sync('manual')).lastError).toBeNull();
      // The browser was closed for an hour: the session ended at the server.
      own.advanceClock(3600);
      ivo.store.books.push(book('r2@example.jp', [{ key: 'r2' }]));
      const out = await ivo.sync.sync('manual');
      expect(out.lastError?.code).toBe('signed_out');
      expect(out.pending).toBe(1);
      // Signing in again (the password, once) sends what waited.
      expect((await ivo.sync.save(ivo.config)).signedIn).toBe(true);
      const back = await ivo.sync.sync('manual');
      expect(back.lastError).toBeNull();
      expect(back.pending).toBe(0);
      expect((await own.db('team').get(bookDocId('ivo', 'cand:r2@example.jp', 0))).author).toMatchObject({ user: 'ivo' });
    } finally {
      server = saved;
      await own.stop();
    }
  });

  it("a pasted session cookie goes to the browser's cookie store only; a forged or another user's cookie is named", async () => {
    // The user signed in elsewhere (e.g. the server's own page) and copied the cookie.
    const login = await fetch(`${server.url}/_session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'kim', password: 'pw-kim' }) });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const kim = browser('kim', { signIn: 'cookie', password: '', cookie });
    kim.store.books = [book('c1@example.jp', [{ key: 'c1' }])];
    expect((await kim.sync.save(kim.config)).signedIn).toBe(true);
    expect(kim.jar.get(server.url, 'AuthSession')).toBe(cookie.replace('AuthSession=', ''));
    expect(await storedSettings(kim.prefix)).not.toContain(cookie.replace('AuthSession=', '').slice(0, 20));
    expect((await kim.sync.sync('manual')).lastError).toBeNull();
    expect((await server.db('team').get(bookDocId('kim', 'cand:c1@example.jp', 0))).author).toMatchObject({ user: 'kim' });
    // Forged: refused as no session.
    const forged = browser('kim', { signIn: 'cookie', password: '', cookie: 'AuthSession=a2ltOjY1NDNGRjpmb3JnZWQ' });
    expect((await forged.sync.save(forged.config)).signedIn).toBe(false);
    expect((await forged.sync.status()).lastError?.code).toBe('signed_out');
    // Kim's cookie in a browser set up as Ivo: the documents would carry the wrong author.
    const other = browser('ivo', { signIn: 'cookie', password: '', cookie });
    expect((await other.sync.save(other.config)).signedIn).toBe(false);
    expect((await other.sync.status()).lastError).toMatchObject({ code: 'unauthorized', detail: expect.stringContaining('signed in as kim') });
  });

  it('settings saved before sessions (a plaintext password) are rewritten without it', async () => {
    const old = browser('alice');
    const state = new NodePouch(`${old.prefix}afterfollow-sync-state`, { adapter: 'memory' });
    await state.put({
      _id: '_local/config',
      value: { config: { enabled: true, serverUrl: server.url, database: 'team', username: 'alice', password: 'pw-alice', displayName: 'A', share: 'everything' }, salt: 'x' },
    });
    expect(await old.sync.view()).toMatchObject({ username: 'alice', signIn: 'password' });
    expect(await storedSettings(old.prefix)).not.toContain('pw-alice');
    // No session yet: named, nothing sent.
    expect((await old.sync.sync('manual')).lastError?.code).toBe('signed_out');
  });
});

describe('a returning recruiter', () => {
  it("a new browser with the same identity gets the recruiter's own log back, merged with what it already holds, and continues the documents' revisions", async () => {
    const own = await startCouchServer({ users: { alice: 'pw-alice' }, databases: ['team'] });
    const saved = server;
    server = own;
    try {
      const before = browser('alice');
      before.store.books = [
        book('taro@example.jp', [{ key: 't1', status: 'answered_now', updatedAt: T0 + 5000 }, { key: 't2' }]),
        book('hanako@example.jp', [{ key: 'h1', status: 'deferred' }]),
      ];
      await before.sync.save(before.config);
      expect((await before.sync.sync('manual')).lastError).toBeNull();
      // A reinstall: a new profile, the same settings. It already logged one new thing, and an older
      // copy of one of Taro's items.
      const after = browser('alice');
      after.store.books = [book('taro@example.jp', [{ key: 't1', status: 'open', updatedAt: T0 + 1000 }, { key: 't3' }]), book('ken@example.jp', [{ key: 'k1' }])];
      await after.sync.save(after.config);
      const s = await after.sync.sync('manual');
      expect(s.lastError).toBeNull();
      expect(s.pending).toBe(0);
      const items = (email: string) => after.store.books.find((b) => b.candidate.email === email)?.items.map((i) => `${i.id.split(':')[3]}=${i.status}`).sort();
      expect(items('taro@example.jp')).toEqual(['t1=answered_now', 't2=open', 't3=open']);
      expect(items('hanako@example.jp')).toEqual(['h1=deferred']);
      expect(items('ken@example.jp')).toEqual(['k1=open']);
      // Only the own documents came back, and only into the log, not the teammates' store.
      expect(after.store.restored.map((b) => b.candidate.email).sort()).toEqual(['hanako@example.jp', 'taro@example.jp']);
      expect(after.store.team.size).toBe(0);
      // The server holds the merged book as the next revision of the same document: no conflict.
      const taro = await own.db('team').get(bookDocId('alice', 'cand:taro@example.jp', 0), { conflicts: true });
      expect(taro._conflicts ?? []).toEqual([]);
      expect(Number(String(taro._rev).split('-')[0])).toBeGreaterThan(1);
      expect((taro.items as Array<{ id: string }>).length).toBe(3);
      // The restore is the first sync's alone.
      after.store.restored = [];
      await after.sync.sync('manual');
      expect(after.store.restored).toEqual([]);
    } finally {
      server = saved;
      await own.stop();
    }
  });
});

describe("the README's validate_doc_update in the server", () => {
  it("recruiters' syncs pass it, a write to another's document or under another author is refused, HR reads everything", async () => {
    const own = await startCouchServer({
      users: { alice: { password: 'pw-alice', roles: ['recruiter'] }, bob: { password: 'pw-bob', roles: ['recruiter'] }, hr: { password: 'pw-hr', roles: ['hr'] } },
      databases: ['team'],
      validate: true,
    });
    const saved = server;
    server = own;
    try {
      await own.db('team').put(readmeDesignDoc());
      const alice = browser('alice');
      const bob = browser('bob');
      const hr = browser('hr');
      alice.store.books = [book('taro@example.jp', [{ key: 'a' }])];
      bob.store.books = [book('hanako@example.jp', [{ key: 'b' }])];
      for (const b of [alice, bob, hr]) expect((await b.sync.save(b.config)).signedIn).toBe(true);
      expect((await alice.sync.sync('manual')).lastError).toBeNull();
      expect((await bob.sync.sync('manual')).lastError).toBeNull();
      // Alice's session, by hand: Bob's document, and her own id under Bob's name.
      const bobsId = bookDocId('bob', 'cand:hanako@example.jp', 0);
      const bobs = await own.db('team').get(bobsId);
      const put = (doc: object) => alice.jar.fetch(`${own.url}/team/${encodeURIComponent((doc as { _id: string })._id)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(doc) });
      const overwrite = await put({ ...bobs, items: [] });
      expect(overwrite.status).toBe(403);
      expect(await overwrite.json()).toMatchObject({ error: 'forbidden', reason: 'you may write only your own documents' });
      expect((await put({ ...bobs, _id: bookDocId('alice', 'cand:x@example.jp', 0), _rev: undefined, author: { user: 'bob', name: 'Bob' } })).status).toBe(403);
      expect((await alice.jar.fetch(`${own.url}/team/${encodeURIComponent(bobsId)}?rev=${bobs._rev}`, { method: 'DELETE' })).status).toBe(403);
      expect((await own.db('team').get(bobsId))._rev).toBe(bobs._rev);
      const s = await hr.sync.sync('manual');
      expect(s.lastError).toBeNull();
      expect(s.skipped).toBe(0);
      expect([...hr.store.team.keys()].sort()).toEqual([bookDocId('alice', 'cand:taro@example.jp', 0), bobsId]);
    } finally {
      server = saved;
      await own.stop();
    }
  });
});

describe('pseudonymised sharing through the server', () => {
  it("two recruiters with the team key send the same pseudonyms (HR counts their shared item once); a new key replaces every document", async () => {
    const own = await startCouchServer({ users: { alice: 'pw-alice', bob: 'pw-bob', hr: 'pw-hr' }, databases: ['team'] });
    const saved = server;
    server = own;
    try {
      const teamKey = 'tokyo team passphrase 2026';
      const alice = browser('alice', { share: 'pseudonymised', teamKey });
      const bob = browser('bob', { share: 'pseudonymised', teamKey });
      const hr = browser('hr');
      alice.store.books = [book('taro@example.jp', [{ key: 'shared', status: 'answered_now', updatedAt: T0 + 5000 }])];
      bob.store.books = [book('taro@example.jp', [{ key: 'shared' }]), book('hanako@example.jp', [{ key: 'b1' }])];
      for (const b of [alice, bob, hr]) await b.sync.save(b.config);
      expect((await alice.sync.view())?.teamKeyId).toBe((await bob.sync.view())?.teamKeyId);
      for (const b of [alice, bob]) expect((await b.sync.sync('manual')).lastError).toBeNull();
      await hr.sync.sync('manual');
      const { total } = teamFigures(groupTeam({ name: 'HR', books: [] }, [...hr.store.team.values()]));
      expect(total).toMatchObject({ candidates: 2, items: 2, answered: 1, open: 1 });
      expect(JSON.stringify([...hr.store.team.values()])).not.toMatch(/taro|hanako|Question/);
      // Alice is given a new key: her documents under the old pseudonyms are deleted, the new ones written.
      const before = (await own.db('team').allDocs({ startkey: 'b:alice:', endkey: 'b:alice:\ufff0' })).rows.map((r) => r.id);
      await alice.sync.save({ ...alice.config, password: '', teamKey: 'a new passphrase for 2027' });
      expect((await alice.sync.sync('manual')).lastError).toBeNull();
      const after = (await own.db('team').allDocs({ startkey: 'b:alice:', endkey: 'b:alice:\ufff0' })).rows.map((r) => r.id);
      expect(after).toHaveLength(1);
      expect(after).not.toEqual(before);
      // Saving without the key keeps it.
      await alice.sync.save({ ...alice.config, password: '', teamKey: '' });
      expect((await alice.sync.sync('manual')).lastError).toBeNull();
      expect((await own.db('team').allDocs({ startkey: 'b:alice:', endkey: 'b:alice:\ufff0' })).rows.map((r) => r.id)).toEqual(after);
      // Without any key, pseudonymised sharing is refused at saving.
      const carl = browser('bob', { share: 'pseudonymised' });
      await expect(carl.sync.save(carl.config)).rejects.toThrow(/team key/);
    } finally {
      server = saved;
      await own.stop();
    }
  });
});
