// The background's answer to every message type. Requests arrive already parsed, and their senders
// already checked against the allow-list (lib/messages/senders.ts), by lib/messages/server.
import type { AfterfollowDb } from '../db/database';
import { addInterview, addManualItem, recordEvent, setInterviewNotes, updateCandidate, updateItem } from '../db/edits';
import { addCorrections, resetCorrections } from '../db/corrections';
import { deleteCandidate, deleteEverything, logDiagnostic } from '../db/maintenance';
import { CorrectionsCache } from './corrections-cache';
import { getSettings, updateSettings } from '../db/settings';
import { composeStateSchema, insertOutcomeSchema, layoutReportSchema } from '../messages/protocol';
import { chooseInsertTarget, gatherComposeStates } from './insert-target';
import type { Handlers } from '../messages/server';
import { AnalysisCache, handlePageView, markThread } from './page-view';
import type { TabMessage } from './tab-messages';
import { readSidebarState } from './sidebar-feed';
import { TabViews } from './tab-views';
import { teamHandlers } from './team-handlers';
import type { TeamSync } from '../sync/engine';

export interface BackgroundEffects {
  openDashboard(): Promise<void>;
  /** After anything that moves the follow-up clock: badge and alarms. */
  dataChanged(): void;
  /** Sends a message to the content script of a tab (its top frame); resolves to its answer. */
  sendToTab(tabId: number, message: TabMessage): Promise<unknown>;
  /** The ids of the open tabs on the mail hosts (every window). */
  mailTabs(): Promise<number[]>;
  /** Brings a tab and its window to the front (the window an insertion went to). */
  showTab(tabId: number): Promise<void>;
}

const noEffects: BackgroundEffects = { openDashboard: async () => {}, dataChanged: () => {}, sendToTab: async () => undefined, mailTabs: async () => [], showTab: async () => {} };

const tabOf = (sender: { tab?: { id?: number } }): number => {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('this message must come from a mail tab');
  return id;
};

export function createHandlers(
  db: AfterfollowDb,
  now: () => number = Date.now,
  effects: BackgroundEffects = noEffects,
  tabs: TabViews = new TabViews(),
  /** Team sync (issue 18), created on first use; tests without it get an error for its messages. */
  team: () => Promise<TeamSync> = () => Promise.reject(new Error('team sync is not available here')),
): Handlers {
  const cache = new AnalysisCache();
  const corrections = new CorrectionsCache(db);
  const correct = (c: { action: 'dismiss' | 'mark' | 'category'; field: 'decline' | 'question' | 'worry'; text: string; level?: 'soft' | 'hard'; category?: string }) =>
    addCorrections(db, [{ id: crypto.randomUUID(), at: now(), ...c } as Parameters<typeof addCorrections>[1][number]]);
  const fieldOf = (kind: 'question' | 'anxiety'): 'question' | 'worry' => (kind === 'question' ? 'question' : 'worry');
  /** The tab whose open compose takes a sidebar's insertion (lib/background/insert-target.ts). */
  const insertTarget = async (own: number): Promise<number> => {
    const entry = tabs.get(own);
    const site = entry?.view.kind === 'thread' || entry?.view.kind === 'compose' ? entry.view.site : null;
    const counterpart = entry?.request?.counterpart?.email ?? null;
    if (!site) return own;
    // Tabs on the mail hosts, and those that reported a view (a projected pop-out is an about:blank tab).
    const ids = new Set([own, ...(await effects.mailTabs().catch(() => [] as number[])), ...tabs.entries().map(([id]) => id)]);
    const reports = await gatherComposeStates(
      [...ids],
      (id) => effects.sendToTab(id, { type: 'compose-state' }),
      (raw) => {
        const parsed = composeStateSchema.safeParse(raw);
        return parsed.success ? parsed.data : null;
      },
    );
    return chooseInsertTarget(own, site, counterpart, reports);
  };
  return {
    ping: async () => ({ pong: true, at: now() }),
    'page.view': async (req, sender) => {
      const tabId = tabOf(sender);
      const done = tabs.beginReport(tabId);
      try {
        return await handlePageView(db, tabs, tabId, req, cache, now(), corrections, (keys) => {
          // The pop-out windows that logged these threads now show the conversation they joined.
          for (const key of keys) for (const id of tabs.showing(key)) void effects.sendToTab(id, { type: 'reread' }).catch(() => {});
        });
      } finally {
        done();
      }
    },
    'sidebar.hello': async (_req, sender) => {
      // (A tab the background knows nothing of is asked to report again when its sidebar's port connects.)
      const tabId = tabOf(sender);
      return { tabId, ...(await readSidebarState(db, tabs, tabId, now())) };
    },
    'thread.mark': async ({ mark }, sender) => {
      const tabId = tabOf(sender);
      const view = await markThread(db, tabs, tabId, mark, now());
      // The pages repaint (or clear) the decline highlight for the new status.
      for (const id of view.kind === 'thread' ? tabs.showing(view.threadKey) : [tabId]) void effects.sendToTab(id, { type: 'reread' }).catch(() => {});
      return { view };
    },
    'tab.insert': async ({ text }, sender) => {
      const own = tabOf(sender);
      const target = await insertTarget(own);
      // The reply is in another window (popped out): it comes to the front, where one Ctrl+Z undoes the text.
      if (target !== own) await effects.showTab(target).catch(() => {});
      const answer = await effects.sendToTab(target, { type: 'insert', text }).catch(() => undefined);
      const parsed = insertOutcomeSchema.safeParse(answer);
      return parsed.success ? parsed.data : { kind: 'failed', reason: 'the mail page did not answer' };
    },
    'tab.layoutReport': async (_req, sender) => {
      const answer = await effects.sendToTab(tabOf(sender), { type: 'layout-report' }).catch(() => undefined);
      const parsed = layoutReportSchema.safeParse(answer);
      return { report: parsed.success ? parsed.data : null };
    },
    'tab.layout': async ({ action }, sender) => {
      const answer = await effects.sendToTab(tabOf(sender), { type: action }).catch(() => undefined);
      return { done: answer === true };
    },
    'data.changed': async () => {
      effects.dataChanged();
      return { ok: true };
    },
    'candidate.update': (req) => updateCandidate(db, req, now()),
    'item.update': async (req) => {
      const item = await updateItem(db, req, now());
      // The recruiter corrected the analyzer: this browser's model learns it for similar sentences.
      if (item.text && item.source === 'detected') {
        if (req.category) await correct({ action: 'category', field: fieldOf(item.kind), text: item.text.slice(0, 2000), category: req.category });
        if (req.status === 'dismissed') await correct({ action: 'dismiss', field: fieldOf(item.kind), text: item.text.slice(0, 2000) });
      }
      return item;
    },
    'item.add': async (req) => {
      const item = await addManualItem(db, req, now());
      // A sentence the analyzer missed, marked by hand.
      await correct({ action: 'mark', field: fieldOf(item.kind), text: req.text.slice(0, 2000), category: req.category });
      return item;
    },
    'correction.add': async (req, sender) => {
      const stored = await correct(req);
      // The open thread is read again with the correction (in every tab showing it).
      const tabId = tabOf(sender);
      const view = tabs.view(tabId);
      for (const id of view.kind === 'thread' ? tabs.showing(view.threadKey) : [tabId]) void effects.sendToTab(id, { type: 'reread' }).catch(() => {});
      return { stored: stored.items.length };
    },
    'corrections.reset': async () => {
      await resetCorrections(db);
      return { reset: true };
    },
    'event.record': (req) => recordEvent(db, req, now()),
    'interview.add': (req) => addInterview(db, req, now()),
    'interview.notes': (req) => setInterviewNotes(db, req),
    'diagnostics.log': async (req) => {
      await logDiagnostic(db, req);
      return { stored: true };
    },
    'settings.get': () => getSettings(db),
    'settings.set': (req) => updateSettings(db, req),
    'data.deleteCandidate': async ({ id }) => ({ deleted: await deleteCandidate(db, id) }),
    'ui.openDashboard': async () => {
      await effects.openDashboard();
      return { opened: true };
    },
    'data.deleteAll': async () => {
      await deleteEverything(db);
      return { deleted: true };
    },
    ...teamHandlers(team),
  };
}
