// Rows for HR's results (lib/metrics), read once per dashboard visit. Items are the bulk (100,000
// and more): read a page at a time in key order and slimmed to the five fields the metrics use, so
// item texts never pile up in memory. One read transaction: a consistent snapshot.
import type { MetricsRows } from '../metrics/types';
import type { AfterfollowDb } from './database';

const PAGE = 10_000;

async function slimItems(db: AfterfollowDb): Promise<MetricsRows['items'][number][]> {
  const out: MetricsRows['items'][number][] = [];
  let last: string | undefined;
  for (;;) {
    const coll = last === undefined ? db.items.orderBy(':id') : db.items.where(':id').above(last);
    const page = await coll.limit(PAGE).toArray();
    for (const i of page) out.push({ candidateId: i.candidateId, kind: i.kind, category: i.category, status: i.status, at: i.at });
    if (page.length < PAGE) return out;
    last = page[page.length - 1]!.id;
  }
}

export async function loadMetricsRows(db: AfterfollowDb): Promise<MetricsRows> {
  return db.transaction('r', [db.candidates, db.items, db.events, db.interviews, db.messages], async () => {
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
