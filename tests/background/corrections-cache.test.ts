// The background keeps the recruiter's corrections compiled between page views: the corrections row is
// read again only after the one change signal (lib/db/change-signal) says it may have changed — a write
// in the background itself, or one in another context (Options, a sidebar frame, an import) whose
// signal arrives over Dexie's BroadcastChannel. Any other write leaves the cache alone.
import Dexie from 'dexie';
import { createHandlers } from '../../lib/background/handlers';
import { TabViews } from '../../lib/background/tab-views';
import { describeChange } from '../../lib/db/change-signal';
import { CORRECTIONS_KEY, getCorrections } from '../../lib/db/corrections';
import { dispatch } from '../../lib/messages/server';
import { freshDb } from '../helpers/db';

const CANDIDATE = { name: 'Jane Roe', email: 'jane.roe@example.net' };
const ME = { name: 'Sam Recruiter', email: 'sam@corp.example.com' };
const HINT = 'I have accepted an offer from another company.';
/** The channel Dexie posts every committed write's description on, to the other contexts of the origin. */
const DEXIE_CHANNEL = 'x-storagemutated-1';

const pageView = (id: string) => {
  const text = `Hi Sam,\n\nThank you for the interview. ${HINT}\n\nBest,\nJane`;
  return {
    site: 'gmail' as const,
    url: '',
    user: ME,
    view: {
      kind: 'thread' as const,
      thread: {
        id,
        subject: 'Re: Interview',
        participants: [],
        messages: [{ id: `${id}-m1`, sender: CANDIDATE, recipients: [ME], date: '2026-11-20T01:00:00Z', expanded: true, text, segments: [{ kind: 'own' as const, start: 0, end: text.length }] }],
      },
    },
  };
};

function setup() {
  const db = freshDb();
  const tabs = new TabViews();
  const handlers = createHandlers(db, Date.now, undefined, tabs);
  const get = db.settings.get.bind(db.settings);
  let reads = 0;
  vi.spyOn(db.settings, 'get').mockImplementation(((key: string) => {
    if (key === CORRECTIONS_KEY) reads += 1;
    return get(key);
  }) as typeof db.settings.get);
  const call = (type: string, data: unknown, kind: 'content' | 'sidebar' | 'page') =>
    dispatch(handlers, { channel: 'afterfollow', type, data }, { tab: { id: 1 } } as never, () => {}, () => kind);
  /** The decline level the next page view finds, and how many times it read the corrections row. */
  const view = async (id: string) => {
    const before = reads;
    await call('page.view', pageView(id), 'content');
    const v = tabs.view(1);
    return { decline: v.kind === 'thread' ? (v.decline?.level ?? 'none') : 'no thread', reads: reads - before };
  };
  return { db, call, view };
}

/** Another context's write: straight to IndexedDB, so this context's Dexie signals nothing by itself. */
async function writeElsewhere(dbName: string, value: unknown): Promise<void> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: CORRECTIONS_KEY, value });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

describe('the corrections cache follows the change signal', () => {
  it('reads the row once, then not again while nothing touches it (page views, logging, other settings)', async () => {
    const { call, view } = setup();
    expect(await view('t1')).toEqual({ decline: 'hard', reads: 1 });
    // Each view logs the thread (a write to other tables): no reason to read the corrections again.
    expect(await view('t2')).toEqual({ decline: 'hard', reads: 0 });
    expect(await call('settings.set', { recruiterName: 'Sam' }, 'page')).toMatchObject({ ok: true });
    expect(await view('t3')).toEqual({ decline: 'hard', reads: 0 });
  });

  it('sees a correction made in the background on the very next page view', async () => {
    const { call, view } = setup();
    expect(await view('t1')).toEqual({ decline: 'hard', reads: 1 });
    expect(await call('correction.add', { action: 'dismiss', field: 'decline', text: 'I have accepted an offer from another company' }, 'sidebar')).toMatchObject({ ok: true });
    expect(await view('t2')).toEqual({ decline: 'none', reads: 1 });
    expect(await view('t3')).toEqual({ decline: 'none', reads: 0 });
    // Options → reset, and the hint is back at once.
    expect(await call('corrections.reset', { confirm: true }, 'page')).toMatchObject({ ok: true });
    expect(await view('t4')).toEqual({ decline: 'hard', reads: 1 });
  });

  it("sees another context's correction once that context's signal arrives, and not before", async () => {
    const { db, call, view } = setup();
    // What Dexie broadcasts to the other contexts after a write of the row (captured as they receive it).
    const channel = new BroadcastChannel(DEXIE_CHANNEL);
    const heard: Record<string, unknown>[] = [];
    channel.onmessage = (e: MessageEvent) => heard.push(e.data as Record<string, unknown>);
    try {
      expect(await view('t1')).toEqual({ decline: 'hard', reads: 1 });
      await call('correction.add', { action: 'dismiss', field: 'decline', text: 'unrelated words' }, 'sidebar');
      await vi.waitFor(() => expect(heard.some((p) => describeChange(p).touches(db.name, 'settings', CORRECTIONS_KEY))).toBe(true));
      const signal = heard.find((p) => describeChange(p).touches(db.name, 'settings', CORRECTIONS_KEY))!;
      expect(await view('t2')).toEqual({ decline: 'hard', reads: 1 });

      // The Options page (another context) dismisses the hint: its write lands in the database…
      const set = await getCorrections(db);
      await writeElsewhere(db.name, { version: 1, items: [...set.items, { id: 'from-options', at: Date.now(), action: 'dismiss', field: 'decline', text: 'I have accepted an offer from another company' }] });
      // …and until its signal arrives, page views keep the compiled set without reading the row.
      expect(await view('t3')).toEqual({ decline: 'hard', reads: 0 });
      // Its signal, as Dexie in that context broadcasts it: the next page view reads the row, once.
      channel.postMessage(signal);
      await vi.waitFor(async () => expect(await view('t4')).toEqual({ decline: 'none', reads: 1 }));
      expect(await view('t5')).toEqual({ decline: 'none', reads: 0 });
    } finally {
      channel.close();
    }
  });
});

describe('describeChange', () => {
  it('names the tables and keys a real write touched, also after a structured clone', async () => {
    const db = freshDb();
    const seen: Record<string, unknown>[] = [];
    const listener = (parts: Record<string, unknown>) => void seen.push(structuredClone(parts));
    Dexie.on('storagemutated', listener);
    try {
      await db.settings.put({ key: 'preferences', value: {} });
      const change = describeChange(seen.at(-1));
      expect(change.touches(db.name, 'settings')).toBe(true);
      expect(change.touches(db.name, 'settings', 'preferences')).toBe(true);
      expect(change.touches(db.name, 'settings', CORRECTIONS_KEY)).toBe(false);
      expect(change.touches(db.name, 'candidates')).toBe(false);
      expect(change.touches('another-db', 'settings')).toBe(false);
      await db.settings.clear();
      expect(describeChange(seen.at(-1)).touches(db.name, 'settings', CORRECTIONS_KEY)).toBe(true);
      // "Everything changed" (a page back from the back-forward cache) and no description at all.
      expect(describeChange({ all: {} }).touches(db.name, 'settings', CORRECTIONS_KEY)).toBe(true);
      expect(describeChange(undefined).touches(db.name, 'candidates')).toBe(true);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }
  });
});
