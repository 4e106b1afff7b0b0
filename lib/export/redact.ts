// Redaction for sharing outside HR: people become stable pseudonyms, free text goes, and every
// reference to a rewritten id is rewritten the same way so the file still joins up (items to
// candidates, events to items). Counts, dates, stages, statuses and categories stay: they are the
// measurements HR shares.
import { ANXIETY_CATEGORIES } from '../analysis/types';
import { EVENT_KINDS, HR_OWNER, ITEM_KINDS, ITEM_STATUSES, STAGES } from '../domain';
import { DUE_KINDS } from '../schedule/due';
import { MOMENTS } from '../templates/schema';
import type { BackupTables, RowOf } from './backup-format';
import { pseudonymEmail, pseudonymName, pseudonymPerson, redactCandidateId, redactIdsWithin } from './pseudonym';

/** Detail values that are vocabulary, not text: kept verbatim. */
const SAFE_TOKENS: ReadonlySet<string> = new Set<string>([
  ...STAGES,
  ...ITEM_STATUSES,
  ...ITEM_KINDS,
  ...EVENT_KINDS,
  ...ANXIETY_CATEGORIES,
  ...DUE_KINDS,
  ...MOMENTS,
  // lib/sites InsertOutcome kinds, recorded as detail.insertedAs.
  'inserted',
  'opened-and-inserted',
  'copied',
  'failed',
  'none',
  'soft',
  'hard',
  'detected',
  'manual',
]);
const BUILTIN_TEMPLATE_ID = /^builtin\.[a-z_]+\.(ja|en)$/;

const owner = (name: string) => (name.trim() === '' || name === HR_OWNER ? name : pseudonymPerson(name));

type Detail = RowOf<'events'>['detail'];

/**
 * Event details are free-form. A string survives only as vocabulary or as a reference to a row of
 * this file (itemId, messageId, refId = "<due kind>:<id>"), rewritten like the row's own id;
 * anything else may be text and becomes null, so the key still shows what was recorded.
 */
function redactDetail(detail: Detail, knownIds: ReadonlySet<string>): Detail {
  const out: Detail = {};
  for (const [key, value] of Object.entries(detail)) {
    if (typeof value !== 'string') out[key] = value;
    else if (SAFE_TOKENS.has(value) || BUILTIN_TEMPLATE_ID.test(value)) out[key] = value;
    else if (knownIds.has(value)) out[key] = redactIdsWithin(value);
    else {
      const colon = value.indexOf(':');
      const rest = colon > 0 ? value.slice(colon + 1) : '';
      out[key] = colon > 0 && knownIds.has(rest) && /^[a-z_]+$/.test(value.slice(0, colon)) ? redactIdsWithin(value) : null;
    }
  }
  return out;
}

export function redactTables(t: BackupTables): BackupTables {
  // Team-written templates may carry names and signatures; the shipped built-ins carry none.
  const templates = t.templates.filter((x) => x.builtin);
  const knownIds = new Set<string>();
  for (const rows of [t.candidates, t.threads, t.messages, t.items, t.events, t.interviews, templates]) {
    for (const r of rows) knownIds.add(r.id);
  }
  const ref = (id: string | null) => (id === null ? null : redactIdsWithin(id));
  return {
    candidates: t.candidates.map((c) => ({
      ...c,
      id: redactCandidateId(c.id),
      name: pseudonymName(c.email),
      email: pseudonymEmail(c.email),
      owner: owner(c.owner),
    })),
    threads: t.threads.map((x) => ({
      ...x,
      id: redactIdsWithin(x.id),
      candidateId: x.candidateId === null ? null : redactCandidateId(x.candidateId),
      subject: '',
      // A mail URL can carry the mailbox address (Outlook's login hints, Gmail's /u/<address>/).
      url: '',
    })),
    messages: t.messages.map((m) => ({
      ...m,
      id: redactIdsWithin(m.id),
      threadId: redactIdsWithin(m.threadId),
      candidateId: redactCandidateId(m.candidateId),
      declinePhrases: [],
    })),
    items: t.items.map((i) => ({
      ...i,
      id: redactIdsWithin(i.id),
      candidateId: redactCandidateId(i.candidateId),
      threadId: ref(i.threadId),
      messageId: ref(i.messageId),
      text: '',
    })),
    events: t.events.map((e) => ({
      ...e,
      id: redactIdsWithin(e.id),
      candidateId: redactCandidateId(e.candidateId),
      threadId: ref(e.threadId),
      detail: redactDetail(e.detail, knownIds),
    })),
    interviews: t.interviews.map((iv) => ({
      ...iv,
      id: redactIdsWithin(iv.id),
      candidateId: redactCandidateId(iv.candidateId),
      interviewers: iv.interviewers.map(owner),
      // Free text about the candidate, like the items' texts.
      notes: '',
    })),
    templates,
    // settings omitted: recruiter name, company and survey URL.
  };
}
