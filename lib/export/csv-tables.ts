// Column layouts of the three CSV exports HR opens in Excel: one row per item, candidate or event.
// Headers are English snake_case in every UI language (formulas and pivot tables refer to them);
// dates are ISO 8601 UTC. Row builders are separate so a caller can write the file page by page.
import type { Candidate, EventRecord, Item } from '../records';
import { csvHead, csvRows } from './csv';

/** Schemas bound every date (lib/date-bounds); a row from an older release still never aborts the file. */
const iso = (ms: number | null) => {
  if (ms === null) return '';
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
};

type CandidateInfo = Pick<Candidate, 'name' | 'email' | 'owner' | 'stage' | 'position'>;

export const ITEM_CSV_HEADER = [
  'item_id',
  'candidate_id',
  'candidate_name',
  'candidate_email',
  'owner',
  'stage',
  'position',
  'kind',
  'category',
  'status',
  'source',
  'text',
  'at',
  'created_at',
  'updated_at',
  'thread_id',
  'message_id',
  'start',
  'end',
];

export function itemCsvRow(i: Item, c: CandidateInfo | undefined): unknown[] {
  return [
    i.id,
    i.candidateId,
    c?.name ?? '',
    c?.email ?? '',
    c?.owner ?? '',
    c?.stage ?? '',
    c?.position ?? '',
    i.kind,
    i.category,
    i.status,
    i.source,
    i.text,
    iso(i.at),
    iso(i.createdAt),
    iso(i.updatedAt),
    i.threadId ?? '',
    i.messageId ?? '',
    i.start ?? '',
    i.end ?? '',
  ];
}

export const CANDIDATE_CSV_HEADER = [
  'candidate_id',
  'name',
  'email',
  'position',
  'stage',
  'owner',
  'next_interview_at',
  'last_candidate_contact_at',
  'last_recruiter_contact_at',
  'created_at',
  'updated_at',
];

export function candidateCsvRow(c: Candidate): unknown[] {
  return [
    c.id,
    c.name,
    c.email,
    c.position,
    c.stage,
    c.owner,
    iso(c.nextInterviewAt),
    iso(c.lastCandidateContactAt),
    iso(c.lastRecruiterContactAt),
    iso(c.createdAt),
    iso(c.updatedAt),
  ];
}

/** `detail` stays one JSON cell: its keys differ per event kind, and a column per key would be mostly empty. */
export const EVENT_CSV_HEADER = ['event_id', 'candidate_id', 'candidate_name', 'thread_id', 'kind', 'at', 'detail'];

export function eventCsvRow(e: EventRecord, c: Pick<Candidate, 'name'> | undefined): unknown[] {
  return [e.id, e.candidateId, c?.name ?? '', e.threadId ?? '', e.kind, iso(e.at), JSON.stringify(e.detail)];
}

type Lookup = ReadonlyMap<string, Candidate>;

export const itemsToCsv = (items: readonly Item[], candidates: Lookup) =>
  csvHead(ITEM_CSV_HEADER) + csvRows(items.map((i) => itemCsvRow(i, candidates.get(i.candidateId))));

export const candidatesToCsv = (candidates: readonly Candidate[]) => csvHead(CANDIDATE_CSV_HEADER) + csvRows(candidates.map(candidateCsvRow));

export const eventsToCsv = (events: readonly EventRecord[], candidates: Lookup) =>
  csvHead(EVENT_CSV_HEADER) + csvRows(events.map((e) => eventCsvRow(e, candidates.get(e.candidateId))));
