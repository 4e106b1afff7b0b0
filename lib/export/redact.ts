// Redaction for sharing outside HR: people become stable pseudonyms, free text goes, and every
// reference to a rewritten id is rewritten the same way so the file still joins up (items to
// candidates, events to items). Counts, dates, stages, statuses and categories stay: they are the
// measurements HR shares. Every other id is re-keyed at random, once per export: a detected item's
// id holds a 48-bit hash of its sentence (lib/db/keys), which a dictionary check would recover,
// and message and thread ids are the mail site's own.
import { ANXIETY_CATEGORIES } from '../analysis/types';
import { EVENT_KINDS, HR_OWNER, ITEM_KINDS, ITEM_STATUSES, STAGES } from '../domain';
import { DUE_KINDS } from '../schedule/due';
import { MOMENTS } from '../templates/schema';
import type { BackupTables, RowOf } from './backup-format';
import { EXPORT_PSEUDONYMS, type Pseudonyms } from './pseudonym';

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


type Detail = RowOf<'events'>['detail'];

/** Detail keys are written by our code in camelCase; anything else came from elsewhere and goes. */
const DETAIL_KEY = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

/** A random id per distinct original, the same within one export, unrelated across exports. */
export type Rekey = (id: string) => string;

export function randomRekey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): Rekey {
  const map = new Map<string, string>();
  const used = new Set<string>();
  return (id) => {
    let out = map.get(id);
    while (out === undefined || (!map.has(id) && used.has(out))) {
      out = 'r:' + Array.from(random(new Uint8Array(9)), (b) => b.toString(16).padStart(2, '0')).join('');
    }
    if (!map.has(id)) {
      map.set(id, out);
      used.add(out);
    }
    return out;
  };
}

/**
 * Event details are free-form. A string survives only as vocabulary or as a reference to a row of
 * this file (itemId, messageId, refId = "<due kind>:<id>"), re-keyed like the row's own id;
 * anything else may be text and becomes null, so the key still shows what was recorded.
 */
function redactDetail(detail: Detail, knownIds: ReadonlySet<string>, rekey: Rekey, candidates: ReadonlySet<string>, redactCandidateId: (id: string) => string): Detail {
  const out: Detail = {};
  const ref = (id: string) => (candidates.has(id) ? redactCandidateId(id) : rekey(id));
  for (const [key, value] of Object.entries(detail)) {
    if (!DETAIL_KEY.test(key)) continue;
    if (typeof value !== 'string') out[key] = value;
    else if (SAFE_TOKENS.has(value) || BUILTIN_TEMPLATE_ID.test(value)) out[key] = value;
    else if (knownIds.has(value)) out[key] = ref(value);
    else {
      const colon = value.indexOf(':');
      const rest = colon > 0 ? value.slice(colon + 1) : '';
      out[key] = colon > 0 && knownIds.has(rest) && /^[a-z_]+$/.test(value.slice(0, colon)) ? `${value.slice(0, colon)}:${ref(rest)}` : null;
    }
  }
  return out;
}

/**
 * `pseudonyms` are the export's unkeyed ones by default; team sync passes the team key's
 * (lib/sync/team-key), so the same candidate lines up across a team and nowhere else.
 */
export function redactTables(t: BackupTables, rekey: Rekey = randomRekey(), pseudonyms: Pseudonyms = EXPORT_PSEUDONYMS): BackupTables {
  const { candidateId: redactCandidateId } = pseudonyms;
  const owner = (name: string) => (name.trim() === '' || name === HR_OWNER ? name : pseudonyms.person(name));
  // Team-written templates may carry names and signatures; the shipped built-ins carry none.
  const templates = t.templates.filter((x) => x.builtin);
  const knownIds = new Set<string>();
  for (const rows of [t.candidates, t.threads, t.messages, t.items, t.events, t.interviews, templates]) {
    for (const r of rows) knownIds.add(r.id);
  }
  const candidateIds = new Set(t.candidates.map((c) => c.id));
  const ref = (id: string | null) => (id === null ? null : rekey(id));
  return {
    candidates: t.candidates.map((c) => ({
      ...c,
      id: redactCandidateId(c.id),
      name: pseudonyms.name(c.email),
      email: pseudonyms.email(c.email),
      // The job title is free text (and a one-off title can name the person).
      position: '',
      owner: owner(c.owner),
    })),
    threads: t.threads.map((x) => ({
      ...x,
      id: rekey(x.id),
      candidateId: x.candidateId === null ? null : redactCandidateId(x.candidateId),
      subject: '',
      // A mail URL can carry the mailbox address (Outlook's login hints, Gmail's /u/<address>/).
      url: '',
    })),
    messages: t.messages.map((m) => ({
      ...m,
      id: rekey(m.id),
      threadId: rekey(m.threadId),
      candidateId: redactCandidateId(m.candidateId),
      declinePhrases: [],
    })),
    items: t.items.map((i) => ({
      ...i,
      id: rekey(i.id),
      candidateId: redactCandidateId(i.candidateId),
      threadId: ref(i.threadId),
      messageId: ref(i.messageId),
      text: '',
    })),
    events: t.events.map((e) => ({
      ...e,
      id: rekey(e.id),
      candidateId: redactCandidateId(e.candidateId),
      threadId: ref(e.threadId),
      detail: redactDetail(e.detail, knownIds, rekey, candidateIds, redactCandidateId),
    })),
    interviews: t.interviews.map((iv) => ({
      ...iv,
      id: rekey(iv.id),
      candidateId: redactCandidateId(iv.candidateId),
      interviewers: iv.interviewers.map(owner),
      // Free text about the candidate, like the items' texts.
      notes: '',
    })),
    templates,
    // settings omitted: recruiter name, company and survey URL; corrections omitted: they quote
    // candidates' sentences.
  };
}
