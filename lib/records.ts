// Shapes of everything Afterfollow stores locally, described once with zod. The Dexie schema
// (lib/db), the message protocol (lib/messages) and the JSON export all use these.
import { z } from 'zod';
import { categorySchema, eventKindSchema, itemKindSchema, itemStatusSchema, stageSchema } from './domain';
import { editClockSchema as editClock, eventTimeSchema as eventTime } from './date-bounds';
import { isHttpsUrl, isMailThreadUrl, MAX_URL_LENGTH } from './thread-url';

const id = z.string().min(1).max(500);
/** A thread's link: empty, or https on a mail host (lib/thread-url). */
export const threadUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((url) => url === '' || isMailThreadUrl(url), 'not an https address on a mail host');
export const siteSchema = z.enum(['gmail', 'outlook']);

export const candidateSchema = z.object({
  /** Deterministic: 'cand:' + lower-cased address, so two tabs create the same row. */
  id,
  name: z.string().max(500),
  email: z.string().max(500),
  position: z.string().max(500).default(''),
  stage: stageSchema.default('applied'),
  owner: z.string().max(200).default('HR'),
  nextInterviewAt: eventTime.nullable().default(null),
  lastCandidateContactAt: eventTime.nullable().default(null),
  lastRecruiterContactAt: eventTime.nullable().default(null),
  createdAt: editClock,
  updatedAt: editClock,
});
export type Candidate = z.infer<typeof candidateSchema>;

export const threadRecordSchema = z.object({
  /** site + ':' + the site's thread id. */
  id,
  site: siteSchema,
  /** Null only for a thread the user unmarked: nothing else of it is kept. */
  candidateId: id.nullable(),
  subject: z.string().max(2000),
  language: z.enum(['ja', 'en']),
  /** 'auto' = detected as a candidate thread; 'manual' = the user marked it; 'unmarked' = the user said it is not one. */
  mark: z.enum(['auto', 'manual', 'unmarked']),
  lastSeenAt: editClock,
  /** Where the thread was last opened, so a reminder can bring the recruiter back to it. */
  url: threadUrlSchema.default(''),
});
export type ThreadRecord = z.infer<typeof threadRecordSchema>;

/** Only ids and dates by default: whole bodies are not kept. */
export const messageRecordSchema = z.object({
  id,
  threadId: id,
  candidateId: id,
  at: eventTime.nullable(),
  fromCandidate: z.boolean(),
  declineLevel: z.enum(['none', 'soft', 'hard']),
  declinePhrases: z.array(z.string().max(500)).max(50),
  seenAt: editClock,
});
export type MessageRecord = z.infer<typeof messageRecordSchema>;

export const itemSchema = z.object({
  /** Detected: messageId + ':' + kind + ':' + start + '-' + end. Manual: 'manual:' + random. */
  id,
  candidateId: id,
  threadId: id.nullable(),
  messageId: id.nullable(),
  kind: itemKindSchema,
  category: categorySchema,
  text: z.string().max(5000),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  status: itemStatusSchema,
  source: z.enum(['detected', 'manual']),
  /** When the candidate wrote it (message date), else when it was first seen. */
  at: eventTime,
  createdAt: editClock,
  updatedAt: editClock,
});
export type Item = z.infer<typeof itemSchema>;

/** Our own events carry four detail keys at most; twenty leaves room, more is a hostile or broken writer. */
const MAX_DETAIL_KEYS = 20;

export const eventSchema = z.object({
  id,
  candidateId: id,
  threadId: id.nullable(),
  kind: eventKindSchema,
  /** Also the event's edit clock in a merge (lib/export/merge): never more than a day ahead. */
  at: editClock,
  /** Free-form details: template id, latency from the candidate's mail, old/new status. */
  detail: z
    .record(z.string().max(64), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]))
    .refine((d) => Object.keys(d).length <= MAX_DETAIL_KEYS, `more than ${MAX_DETAIL_KEYS} detail keys`)
    .default({}),
});
export type EventRecord = z.infer<typeof eventSchema>;

export const diagnosticSchema = z.object({
  id: z.number().int().optional(),
  at: editClock,
  site: z.string().max(50),
  selector: z.string().max(500),
  outline: z.string().max(20000),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** Each preference's own bounds, without defaults: a partial update names only what it changes. */
const settingsFields = {
  /** Keep the candidate's own sentences in the log; off = only category, status and offsets. */
  keepItemText: z.boolean(),
  /** 0 = keep forever. */
  retentionDays: z.number().int().min(0).max(3650),
  recruiterName: z.string().max(200),
  company: z.string().max(200),
  surveyUrl: z.string().max(MAX_URL_LENGTH).refine((url) => url === '' || isHttpsUrl(url), 'not an https address'),
  /** Fills {{signature}} in a team's templates (the built-ins leave the signature block to the mail client). */
  signature: z.string().max(2000),
};
export const settingsSchema = z.object({
  keepItemText: settingsFields.keepItemText.default(true),
  retentionDays: settingsFields.retentionDays.default(365),
  recruiterName: settingsFields.recruiterName.default(''),
  company: settingsFields.company.default(''),
  surveyUrl: settingsFields.surveyUrl.default(''),
  signature: settingsFields.signature.default(''),
});
export type Settings = z.infer<typeof settingsSchema>;
/** A settings change: only the named fields, no defaults (zod fills defaults even inside .partial()). */
export const settingsPatchSchema = z.object(settingsFields).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
export const SETTINGS_KEYS = Object.keys(settingsFields) as (keyof Settings)[];

/**
 * Stored settings, field by field: a field that no longer passes its schema (an older, looser
 * release wrote it) falls back to its default alone, never resetting the others, so text keeping
 * that was turned off stays off.
 */
export function settingsFromStored(value: unknown): Settings {
  const row = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of SETTINGS_KEYS) {
    const field = settingsFields[key].safeParse(row[key]);
    if (field.success) out[key] = field.data;
  }
  return out as Settings;
}

export const INTERVIEW_NOTES_MAX = 10_000;

export const interviewSchema = z.object({
  id,
  candidateId: id,
  /** Start of the interview. */
  at: eventTime,
  stage: stageSchema,
  /** Field interviewers by name; HR reminds them to write their notes. */
  interviewers: z.array(z.string().max(200)).max(20).default([]),
  durationMinutes: z.number().int().min(1).max(24 * 60).default(60),
  /** The interviewer's notes (database version 6), shown on the prep sheet. */
  notes: z.string().max(INTERVIEW_NOTES_MAX).default(''),
});
export type Interview = z.infer<typeof interviewSchema>;
