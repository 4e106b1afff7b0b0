// Team sync in the background service worker (issue 18): PouchDB with its IndexedDB adapter for the
// local outbox and team cache, the http adapter for the team's CouchDB, the Dexie log as the store,
// an alarm as the timer, and the optional host permission as the gate. Created on first use.
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { AfterfollowDb } from '../db/database';
import { onDataChanged } from '../db/change-signal';
import { applyTeamChanges, clearTeamDocs, countTeamDocs, readOwnBooks, restoreOwnBooks, teamRowOf } from '../db/team';
import { CHANGE_DEBOUNCE_MS } from '../sync/backoff';
import { TeamSync } from '../sync/engine';

export const TEAM_ALARM = 'afterfollow:team-sync';
/** Chromium fires alarms no sooner than 30 s after they are set. */
const MIN_ALARM_DELAY_MS = 30_000;

export function createTeamSync(db: AfterfollowDb): TeamSync {
  const Pouch = PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication);
  return new TeamSync({
    Pouch,
    localAdapter: 'idb',
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    store: {
      ownBooks: () => readOwnBooks(db),
      restoreOwn: (books) => restoreOwnBooks(db, books),
      applyTeam: (put, remove) => applyTeamChanges(db, put.map((p) => teamRowOf(p.id, p.payload)), remove),
      countTeam: () => countTeamDocs(db),
      clearTeam: () => clearTeamDocs(db),
    },
    granted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    // Cookie sign-in: the pasted session goes to the browser's cookie store for this server (the
    // optional cookies permission is asked for with the host), where the browser keeps and sends it.
    setSessionCookie: async (serverUrl, value) => {
      if (!browser.cookies || !(await browser.permissions.contains({ permissions: ['cookies'] }))) throw new Error('the cookies permission was not granted');
      const url = new URL(serverUrl);
      await browser.cookies.set({ url: `${url.origin}/`, name: 'AuthSession', value, path: '/', httpOnly: true, secure: url.protocol === 'https:' });
    },
    wakeAt: (at) => void browser.alarms.create(TEAM_ALARM, { when: Math.max(at, Date.now() + MIN_ALARM_DELAY_MS) }),
  });
}

/**
 * The background's one team sync: made when a message or the alarm first needs it, then synced
 * (debounced) after every write to the log. Writes that come from the sync itself (teammates'
 * documents) also fire the change signal; the next sync then finds nothing new to push.
 */
export function teamSyncRunner(db: AfterfollowDb) {
  let sync: TeamSync | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const get = async () => {
    sync ??= createTeamSync(db);
    return sync;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void get().then((s) => s.sync('change')).catch((e) => console.warn('[afterfollow] team sync', e)), CHANGE_DEBOUNCE_MS);
  };
  return {
    get,
    /** Follows the log: only once sync was set up in this browser (the settings live in the sync's own store). */
    start() {
      onDataChanged(() => {
        if (sync) schedule();
      });
      // A waking service worker: a configured sync resumes from its checkpoints (nothing is contacted when it is off).
      void get()
        .then(async (s) => ((await s.view())?.enabled ? s.sync('start') : null))
        .catch((e) => console.warn('[afterfollow] team sync', e));
    },
    onAlarm: () => void get().then((s) => s.sync('alarm')).catch((e) => console.warn('[afterfollow] team sync', e)),
  };
}
