// The background's answer to every message type. Requests arrive already parsed, and their senders
// already checked against the allow-list (lib/messages/senders.ts), by lib/messages/server.
import type { AfterfollowDb } from '../db/database';
import { addInterview, addManualItem, recordEvent, setInterviewNotes, updateCandidate, updateItem } from '../db/edits';
import { deleteCandidate, deleteEverything, logDiagnostic } from '../db/maintenance';
import { getSettings, updateSettings } from '../db/settings';
import { insertOutcomeSchema } from '../messages/protocol';
import type { Handlers } from '../messages/server';
import { AnalysisCache, handlePageView, markThread } from './page-view';
import type { TabMessage } from './tab-messages';
import { readSidebarState } from './sidebar-feed';
import { TabViews } from './tab-views';

export interface BackgroundEffects {
  openDashboard(): Promise<void>;
  /** After anything that moves the follow-up clock: badge and alarms. */
  dataChanged(): void;
  /** Sends a message to the content script of a tab (its top frame); resolves to its answer. */
  sendToTab(tabId: number, message: TabMessage): Promise<unknown>;
}

const noEffects: BackgroundEffects = { openDashboard: async () => {}, dataChanged: () => {}, sendToTab: async () => undefined };

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
): Handlers {
  const cache = new AnalysisCache();
  return {
    ping: async () => ({ pong: true, at: now() }),
    'page.view': (req, sender) => handlePageView(db, tabs, tabOf(sender), req, cache, now()),
    'sidebar.hello': async (_req, sender) => {
      const tabId = tabOf(sender);
      // A background that just woke knows nothing of the tab yet: ask its page to report again.
      if (tabs.view(tabId).kind === 'waiting') void effects.sendToTab(tabId, { type: 'reread' }).catch(() => {});
      return { tabId, ...(await readSidebarState(db, tabs, tabId, now())) };
    },
    'thread.mark': async ({ mark }, sender) => {
      const tabId = tabOf(sender);
      const view = await markThread(db, tabs, tabId, mark, now());
      // The page repaints (or clears) the decline highlight for the new status.
      void effects.sendToTab(tabId, { type: 'reread' }).catch(() => {});
      return { view };
    },
    'tab.insert': async ({ text }, sender) => {
      const answer = await effects.sendToTab(tabOf(sender), { type: 'insert', text }).catch(() => undefined);
      const parsed = insertOutcomeSchema.safeParse(answer);
      return parsed.success ? parsed.data : { kind: 'failed', reason: 'the mail page did not answer' };
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
    'item.update': (req) => updateItem(db, req, now()),
    'item.add': (req) => addManualItem(db, req, now()),
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
  };
}
