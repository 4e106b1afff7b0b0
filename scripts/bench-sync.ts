// Team sync (issue 18): the first replication of 100,000 items (1,000 candidates × 100) to an empty
// team database and back to HR, then an incremental sync of 10 changed items. Node, PouchDB's memory
// adapter for both browsers, express-pouchdb (memory) on 127.0.0.1 as the server: the figures are the
// sync's own cost (mapping, replication, validation, storing), not IndexedDB's nor the log read's
// (bench-storage measures reading the log). Prints figures only.
import { TeamSync } from '../lib/sync/engine';
import type { TeamConfigInput } from '../lib/sync/config';
import { cookieJarFetch, NodePouch, startCouchServer } from '../tests/helpers/couch-server';
import { book, MemoryStore } from '../tests/sync/fixtures';

const CANDIDATES = 1_000;
const ITEMS_PER_CANDIDATE = 100;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function benchSync(): Promise<void> {
  const server = await startCouchServer({ users: { alice: 'pw', hr: 'pw' }, databases: ['team'] });
  try {
    const make = (user: string, prefix: string) => {
      const store = new MemoryStore();
      // The log read itself is not timed here (Dexie in the extension; scripts/bench-storage measures it).
      store.ownBooks = async () => store.books;
      const config: TeamConfigInput = { enabled: true, serverUrl: server.url, database: 'team', username: user, displayName: user, share: 'everything', signIn: 'password', password: 'pw', cookie: '', teamKey: '' };
      // Signed in by session cookie, as in the browser.
      const jar = cookieJarFetch();
      const sync = new TeamSync({ Pouch: NodePouch, localAdapter: 'memory', fetch: jar.fetch, now: Date.now, store, granted: async () => true, wakeAt: () => {}, prefix });
      return { store, sync, config };
    };
    const alice = make('alice', `bench-a-${process.pid}-`);
    const hr = make('hr', `bench-h-${process.pid}-`);
    alice.store.books = Array.from({ length: CANDIDATES }, (_, c) =>
      book(
        `candidate${c}@example.jp`,
        Array.from({ length: ITEMS_PER_CANDIDATE }, (_, k) => ({ key: `c${c}k${k}`, text: `Candidate ${c} asks question number ${k}: how does the team handle on-call weeks?` })),
      ),
    );
    await alice.sync.save(alice.config);
    await hr.sync.save(hr.config);
    let t = performance.now();
    const pushed = await alice.sync.sync('manual');
    const push = performance.now() - t;
    t = performance.now();
    const pulled = await hr.sync.sync('manual');
    const pull = performance.now() - t;
    const items = [...hr.store.team.values()].reduce((n, d) => n + (d.type === 'afterfollow.book' ? d.items.length : 0), 0);
    console.log(
      `first sync, ${CANDIDATES * ITEMS_PER_CANDIDATE} items in ${CANDIDATES} documents: recruiter → empty team DB ${seconds(push)}, team DB → HR ${seconds(pull)}, total ${seconds(push + pull)} (target < 60 s); HR stored ${items} items, errors: ${pushed.lastError?.code ?? 'none'}/${pulled.lastError?.code ?? 'none'}`,
    );
    // Ten items change, in ten candidates.
    for (let k = 0; k < 10; k++) {
      const it = alice.store.books[k * 97]!.items[k]!;
      it.status = 'answered_now';
      it.updatedAt = Date.now();
    }
    t = performance.now();
    await alice.sync.sync('manual');
    const incPush = performance.now() - t;
    t = performance.now();
    await hr.sync.sync('manual');
    const incPull = performance.now() - t;
    const answered = [...hr.store.team.values()].reduce((n, d) => n + (d.type === 'afterfollow.book' ? d.items.filter((i) => i.status === 'answered_now').length : 0), 0);
    console.log(`incremental sync, 10 changed items: recruiter push ${seconds(incPush)}, HR pull ${seconds(incPull)} (target < 1 s each); HR sees ${answered} answered`);
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSync();
