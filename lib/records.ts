// Shapes of everything Afterfollow stores locally, described once with zod. The Dexie schema
// (lib/db), the message protocol (lib/messages) and the JSON export all use these.
import { z } from 'zod';
import { categorySchema, eventKindSchema, itemKindSchema, itemStatusSchema, stageSchema } from './domain';

const epochMs = z.number().int().nonnegative();
const id = z.string().min(1).max(500);
export const siteSchema = z.enum(['gmail', 'outlook']);

export const candidateSchema = z.object({
  /** Deterministic: 'cand:' + lower-cased address, so two tabs create the same row. */
  id,
  name: z.string().max(500),
  email: z.string().max(500),
  position: z.string().max(500).default(''),
  stage: stageSchema.default('applied'),
  owner: z.string().max(200).default('HR'),
  nextInterviewAt: epochMs.nullable().default(null),
  lastCandidateContactAt: epochMs.nullable().default(null),
  lastRecruiterContactAt: epochMs.nullable().default(null),
  createdAt: epochMs,
  updatedAt: epochMs,
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
  lastSeenAt: epochMs,
  /** Where the thread was last opened, so a reminder can bring the recruiter back to it. */
  url: z.string().max(2000).default(''),
});
export type ThreadRecord = z.infer<typeof threadRecordSchema>;

/** Only ids and dates by default: whole bodies are not kept. */
export const messageRecordSchema = z.object({
  id,
  threadId: id,
  candidateId: id,
  at: epochMs.nullable(),
  fromCandidate: z.boolean(),
  declineLevel: z.enum(['none', 'soft', 'hard']),
  declinePhrases: z.array(z.string().max(500)).max(50),
  seenAt: epochMs,
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
  at: epochMs,
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Item = z.infer<typeof itemSchema>;

export const eventSchema = z.object({
  id,
  candidateId: id,
  threadId: id.nullable(),
  kind: eventKindSchema,
  at: epochMs,
  /** Free-form details: template id, latency from the candidate's mail, old/new status. */
  detail: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])).default({}),
});
export type EventRecord = z.infer<typeof eventSchema>;

export const diagnosticSchema = z.object({
  id: z.number().int().optional(),
  at: epochMs,
  site: z.string().max(50),
  selector: z.string().max(500),
  outline: z.string().max(20000),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const settingsSchema = z.object({
  /** Keep the candidate's own sentences in the log; off = only category, status and offsets. */
  keepItemText: z.boolean().default(true),
  /** 0 = keep forever. */
  retentionDays: z.number().int().min(0).max(3650).default(365),
  recruiterName: z.string().max(200).default(''),
  company: z.string().max(200).default(''),
  surveyUrl: z.string().max(2000).default(''),
  /** Fills {{signature}} in a team's templates (the built-ins leave the signature block to the mail client). */
  signature: z.string().max(2000).default(''),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const interviewSchema = z.object({
  id,
  candidateId: id,
  /** Start of the interview. */
  at: epochMs,
  stage: stageSchema,
  /** Field interviewers by name; HR reminds them to write their notes. */
  interviewers: z.array(z.string().max(200)).max(20).default([]),
  durationMinutes: z.number().int().min(1).max(24 * 60).default(60),
});
export type Interview = z.infer<typeof interviewSchema>;
