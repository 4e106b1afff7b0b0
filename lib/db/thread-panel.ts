// What the sidebar shows for the open thread, read from the log in one query so that it updates live
// (useLiveQuery) after any write: the background's logging, an edit in the dashboard or another tab.
import type { DeclineLevel, Language } from '../analysis/types';
import { suggestContext } from '../follow-up-context';
import type { ThreadState } from '../messages/protocol';
import { suggestTemplates } from '../templates/suggest';
import type { AfterfollowDb } from './database';
import { getScheduleSettings, loadDueItems } from './due-items';
import { sortItems } from './ingest-thread';
import { itemsOfCandidate } from './item-store';
import { listTemplates } from './templates';

export interface PanelQuery {
  threadKey: string;
  candidateId: string;
  language: Language;
  declineLevel: DeclineLevel;
  /** When the mail carrying the hint arrived: a hard hint after a proposed call makes the decline final. */
  declineAt?: number | null;
  now: number;
}

export async function loadThreadPanel(db: AfterfollowDb, q: PanelQuery): Promise<ThreadState | null> {
  const [thread, candidate] = await Promise.all([db.threads.get(q.threadKey), db.candidates.get(q.candidateId)]);
  if (!candidate) return null;
  const [items, events, interviews, due, library, schedule] = await Promise.all([
    itemsOfCandidate(db, candidate.id).then((rows) => sortItems([...rows])),
    db.events.where('candidateId').equals(candidate.id).sortBy('at'),
    db.interviews.where('candidateId').equals(candidate.id).sortBy('at'),
    loadDueItems(db, q.now, candidate.id),
    listTemplates(db),
    getScheduleSettings(db),
  ]);
  const state: ThreadState = {
    status: 'candidate',
    reason: thread?.mark === 'manual' ? 'marked' : 'known_candidate',
    candidate,
    thread: thread ?? null,
    items,
    events,
    interviews,
    due,
    suggestions: [],
  };
  const ctx = suggestContext(state, q.language, q.declineLevel, q.now, { declineAt: q.declineAt ?? null, calendar: schedule.calendar });
  return { ...state, suggestions: suggestTemplates(ctx, library.map((e) => e.template)) };
}

