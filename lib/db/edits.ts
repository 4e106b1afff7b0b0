// The recruiter's edits: candidate card, item status/category, hand-added items, events.
// Each edit that matters for the dashboard also leaves an event, so HR can measure it later.
import type { ParsedRequestOf } from '../messages/protocol';
import type { Candidate, EventRecord, Interview, Item } from '../records';
import type { AfterfollowDb } from './database';
import { addMissingItems, getItem, itemTables, putItems } from './item-store';
import { manualItemKey } from './keys';

export class NotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} not found: ${id}`);
    this.name = 'NotFoundError';
  }
}

const newEvent = (e: Omit<EventRecord, 'id'> & { id?: string }): EventRecord => ({
  ...e,
  id: e.id ?? `evt:${crypto.randomUUID()}`,
});

export async function updateCandidate(
  db: AfterfollowDb,
  { id, patch }: ParsedRequestOf<'candidate.update'>,
  now = Date.now(),
): Promise<Candidate> {
  return db.transaction('rw', db.candidates, db.events, async () => {
    const current = await db.candidates.get(id);
    if (!current) throw new NotFoundError('candidate', id);
    const next: Candidate = { ...current, ...patch, updatedAt: now };
    await db.candidates.put(next);
    if (patch.stage && patch.stage !== current.stage) {
      await db.events.add(
        newEvent({ candidateId: id, threadId: null, kind: 'stage_changed', at: now, detail: { from: current.stage, to: patch.stage } }),
      );
    }
    return next;
  });
}

export async function updateItem(
  db: AfterfollowDb,
  { id, candidateId, status, category }: ParsedRequestOf<'item.update'>,
  now = Date.now(),
): Promise<Item> {
  return db.transaction('rw', [...itemTables(db), db.events], async () => {
    const current = await getItem(db, candidateId, id);
    if (!current) throw new NotFoundError('item', id);
    const next: Item = { ...current, status: status ?? current.status, category: category ?? current.category, updatedAt: now };
    await putItems(db, [next]);
    if (status && status !== current.status) {
      await db.events.add(
        newEvent({
          candidateId: current.candidateId,
          threadId: current.threadId,
          kind: 'status_changed',
          at: now,
          detail: { itemId: id, from: current.status, to: status },
        }),
      );
    }
    return next;
  });
}

export async function addManualItem(db: AfterfollowDb, req: ParsedRequestOf<'item.add'>, now = Date.now()): Promise<Item> {
  const item: Item = {
    id: manualItemKey(),
    candidateId: req.candidateId,
    threadId: req.threadId,
    messageId: null,
    kind: req.kind,
    category: req.category,
    text: req.text,
    start: null,
    end: null,
    status: 'open',
    source: 'manual',
    at: now,
    createdAt: now,
    updatedAt: now,
  };
  return db.transaction('rw', [db.candidates, ...itemTables(db)], async () => {
    if (!(await db.candidates.get(req.candidateId))) throw new NotFoundError('candidate', req.candidateId);
    await addMissingItems(db, req.candidateId, [item]);
    return item;
  });
}

export async function recordEvent(
  db: AfterfollowDb,
  req: ParsedRequestOf<'event.record'>,
  now = Date.now(),
): Promise<EventRecord> {
  const event = newEvent({ ...req, at: req.at ?? now });
  // A caller-chosen id makes the event idempotent (e.g. one "call proposed" per candidate message).
  await db.events.put(event);
  return event;
}

/** One answer record per candidate, so marking twice stays one answer. */
export const surveyAnsweredId = (candidateId: string) => `survey_answered:${candidateId}`;

/** Records (or withdraws, when recorded by mistake) that the candidate answered the post-decline survey. */
export async function setSurveyAnswered(db: AfterfollowDb, candidateId: string, answered: boolean, now = Date.now()): Promise<void> {
  const id = surveyAnsweredId(candidateId);
  if (!answered) return db.events.delete(id);
  await db.events.put({ id, candidateId, threadId: null, kind: 'survey_answered', at: now, detail: {} });
}

/** Adds an interview; a future one becomes the candidate's next interview when it is the earliest. */
export async function addInterview(db: AfterfollowDb, req: ParsedRequestOf<'interview.add'>, now = Date.now()): Promise<Interview> {
  const interview: Interview = { id: `iv:${crypto.randomUUID()}`, ...req, durationMinutes: 60, notes: '' };
  return db.transaction('rw', db.candidates, db.interviews, db.events, async () => {
    const candidate = await db.candidates.get(req.candidateId);
    if (!candidate) throw new NotFoundError('candidate', req.candidateId);
    await db.interviews.add(interview);
    const upcoming = (await db.interviews.where('candidateId').equals(req.candidateId).toArray()).filter((i) => i.at > now).map((i) => i.at);
    const next = upcoming.length ? Math.min(...upcoming) : candidate.nextInterviewAt;
    await db.candidates.put({ ...candidate, nextInterviewAt: next, stage: req.stage, updatedAt: now });
    await db.events.add(
      newEvent({ candidateId: req.candidateId, threadId: null, kind: 'interview_added', at: now, detail: { interviewId: interview.id, interviewAt: req.at } }),
    );
    return interview;
  });
}


/** The interviewer's notes for one interview (the prep sheet shows them). */
export async function setInterviewNotes(db: AfterfollowDb, req: ParsedRequestOf<'interview.notes'>): Promise<Interview> {
  return db.transaction('rw', db.interviews, async () => {
    const interview = await db.interviews.get(req.id);
    // The candidate names the interview's owner: a sidebar can only write notes of its own candidate.
    if (!interview || interview.candidateId !== req.candidateId) throw new NotFoundError('interview', req.id);
    const updated = { ...interview, notes: req.notes };
    await db.interviews.put(updated);
    return updated;
  });
}
