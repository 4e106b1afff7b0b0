// The background's answer to every message type. Requests arrive already parsed by lib/messages/server.
import type { AfterfollowDb } from '../db/database';
import { addInterview, addManualItem, recordEvent, updateCandidate, updateItem } from '../db/edits';
import { listTemplates } from '../db/templates';
import { suggestContext } from '../follow-up-context';
import { suggestTemplates } from '../templates/suggest';
import { loadDueItems } from '../db/due-items';
import { ingestThread } from '../db/ingest-thread';
import { deleteCandidate, deleteEverything, logDiagnostic } from '../db/maintenance';
import { getSettings, updateSettings } from '../db/settings';
import type { Handlers } from '../messages/server';

export interface BackgroundEffects {
  openDashboard(): Promise<void>;
  /** After anything that moves the follow-up clock: badge and alarms. */
  dataChanged(): void;
}

const noEffects: BackgroundEffects = { openDashboard: async () => {}, dataChanged: () => {} };

export function createHandlers(db: AfterfollowDb, now: () => number = Date.now, effects: BackgroundEffects = noEffects): Handlers {
  const changed = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    effects.dataChanged();
    return result;
  };
  return {
    ping: async () => ({ pong: true, at: now() }),
    'thread.open': async (req) => {
      const state = await ingestThread(db, req, now());
      if (state.status !== 'candidate' || !state.candidate) return state;
      effects.dataChanged();
      const [due, library] = await Promise.all([loadDueItems(db, now(), state.candidate.id), listTemplates(db)]);
      const withDue = { ...state, due };
      // Suggestions are ranked here, next to the business-day calendar, so the content script stays small.
      const newestOwn = [...req.messages].reverse().find((m) => m.fromCandidate);
      const ctx = suggestContext(withDue, req.language, newestOwn?.declineLevel ?? 'none', now());
      return { ...withDue, suggestions: suggestTemplates(ctx, library.map((e) => e.template)) };
    },
    'candidate.update': (req) => changed(updateCandidate(db, req, now())),
    'item.update': (req) => updateItem(db, req, now()),
    'item.add': (req) => addManualItem(db, req, now()),
    'event.record': (req) => changed(recordEvent(db, req, now())),
    'interview.add': (req) => changed(addInterview(db, req, now())),
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
