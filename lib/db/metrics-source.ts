// Rows for HR's results (lib/metrics), read once per dashboard visit. Items are the bulk (100,000
// and more): read from the item digests, the five fields the metrics use, never the texts.
// One read transaction: a consistent snapshot.
import type { MetricsRows } from '../metrics/types';
import type { AfterfollowDb } from './database';
import { allDigests } from './item-store';

/** Every item's five fields, from the digests (the books' texts are never read here). */
async function slimItems(db: AfterfollowDb): Promise<MetricsRows['items'][number][]> {
  const out: MetricsRows['items'][number][] = [];
  for (const d of await allDigests(db)) {
    for (let k = 0; k < d.ats.length; k++) out.push({ candidateId: d.candidateId, kind: d.kinds[k]!, category: d.categories[k]!, status: d.statuses[k]!, at: d.ats[k]! });
  }
  return out;
}

export async function loadMetricsRows(db: AfterfollowDb): Promise<MetricsRows> {
  return db.transaction('r', [db.candidates, db.itemDigests, db.events, db.interviews, db.messages], async () => {
    const [candidates, items, events, interviews, messages] = await Promise.all([
      db.candidates.toArray(),
      slimItems(db),
      db.events.toArray(),
      db.interviews.toArray(),
      // One getAll, filtered here: Dexie's filter() walks a cursor, several times slower per row.
      db.messages.toArray(),
    ]);
    return {
      candidates: candidates.map((c) => ({ id: c.id, name: c.name, position: c.position, stage: c.stage, owner: c.owner, updatedAt: c.updatedAt })),
      items,
      events: events.map((e) => ({ candidateId: e.candidateId, kind: e.kind, at: e.at, detail: e.detail })),
      interviews: interviews.map((iv) => ({ id: iv.id, candidateId: iv.candidateId, at: iv.at, stage: iv.stage, interviewers: iv.interviewers, durationMinutes: iv.durationMinutes })),
      // Decline hints, reasons and survey replies all come from the candidate's own mails.
      messages: messages.filter((m) => m.fromCandidate).map((m) => ({ candidateId: m.candidateId, at: m.at, fromCandidate: m.fromCandidate, declineLevel: m.declineLevel, declinePhrases: m.declinePhrases })),
    };
  });
}
