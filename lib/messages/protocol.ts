// Every request and its response, described once. Both ends parse with these schemas:
// the content script runs next to a hostile page, and the background trusts nothing it receives.
import { z } from 'zod';
import { templateSchema } from '../templates/schema';
import { dueTimeSchema, editClockSchema, eventTimeSchema } from '../date-bounds';
import { categorySchema, itemKindSchema, itemStatusSchema, stageSchema } from '../domain';
import {
  candidateSchema,
  diagnosticSchema,
  eventSchema,
  interviewSchema,
  itemSchema,
  settingsPatchSchema,
  settingsSchema,
  siteSchema,
  threadRecordSchema,
  threadUrlSchema,
} from '../records';

const id = z.string().min(1).max(500);

export const detectedItemSchema = z.object({
  kind: itemKindSchema,
  category: categorySchema,
  text: z.string().min(1).max(5000),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export type DetectedItem = z.infer<typeof detectedItemSchema>;

export const seenMessageSchema = z.object({
  id,
  at: eventTimeSchema.nullable(),
  fromCandidate: z.boolean(),
  /** Sent by the signed-in user: a reply that went out, whether or not the sidebar wrote it. */
  fromUser: z.boolean().default(false),
  declineLevel: z.enum(['none', 'soft', 'hard']),
  declinePhrases: z.array(z.string().max(500)).max(50),
  items: z.array(detectedItemSchema).max(500),
});
export type SeenMessage = z.infer<typeof seenMessageSchema>;

export const threadOpenSchema = z.object({
  site: siteSchema,
  /** The site's own thread id; the stored key is site + ':' + threadId. */
  threadId: id,
  subject: z.string().max(2000),
  language: z.enum(['ja', 'en']),
  /** The page address of the thread (https on a mail host), for reminders that bring the recruiter back. */
  url: threadUrlSchema.default(''),
  /** The other party: whoever in the thread is not the current user. */
  counterpart: z.object({ name: z.string().max(500), email: z.string().max(500) }).nullable(),
  /** The analyzer thinks this is a candidate conversation. */
  detected: z.boolean(),
  /** A user action: mark or unmark the thread as a candidate thread. */
  markAs: z.enum(['candidate', 'not_candidate']).optional(),
  messages: z.array(seenMessageSchema).max(500),
});
export type ThreadOpen = z.infer<typeof threadOpenSchema>;

/** A follow-up the clock says is due (shape of lib/schedule DueItem, kept light for the content script). */
export const dueSchema = z.object({
  kind: z.enum(['post_interview_follow_up', 'decline_reaction', 'gap_reminder', 'interviewer_notes']),
  candidateId: id,
  refId: z.string().max(600),
  triggerAt: dueTimeSchema,
  dueAt: dueTimeSchema,
  overdue: z.boolean(),
  done: z.boolean(),
});
export type DueView = z.infer<typeof dueSchema>;

/** A template that fits now, ranked in the background (lib/templates/suggest). */
export const suggestionSchema = z.object({
  template: templateSchema,
  score: z.number(),
  reason: z.object({ key: z.string().max(100), params: z.array(z.union([z.string().max(500), z.number()])).max(10) }),
});

export type SuggestionView = z.infer<typeof suggestionSchema>;

export const threadStateSchema = z.object({
  status: z.enum(['candidate', 'not_candidate']),
  /** Why it is (not) a candidate thread: detected, known address, user mark. */
  reason: z.enum(['detected', 'known_candidate', 'marked', 'unmarked', 'not_detected', 'no_counterpart']),
  candidate: candidateSchema.nullable(),
  thread: threadRecordSchema.nullable(),
  items: z.array(itemSchema),
  events: z.array(eventSchema),
  interviews: z.array(interviewSchema).default([]),
  due: z.array(dueSchema).default([]),
  suggestions: z.array(suggestionSchema).default([]),
});
export type ThreadState = z.infer<typeof threadStateSchema>;

export const protocol = {
  ping: { request: z.object({}), response: z.object({ pong: z.literal(true), at: editClockSchema }) },
  'thread.open': { request: threadOpenSchema, response: threadStateSchema },
  'candidate.update': {
    request: z.object({
      id,
      patch: z
        .object({
          name: z.string().max(500),
          position: z.string().max(500),
          stage: stageSchema,
          owner: z.string().max(200),
          nextInterviewAt: eventTimeSchema.nullable(),
        })
        .partial(),
    }),
    response: candidateSchema,
  },
  'item.update': {
    // The candidate names the book the item is stored in (lib/db/item-store).
    request: z.object({ id, candidateId: id, status: itemStatusSchema.optional(), category: categorySchema.optional() }),
    response: itemSchema,
  },
  'item.add': {
    request: z.object({
      candidateId: id,
      threadId: id.nullable(),
      kind: itemKindSchema,
      category: categorySchema,
      text: z.string().trim().min(1).max(5000),
    }),
    response: itemSchema,
  },
  'event.record': {
    request: eventSchema.omit({ id: true, at: true }).extend({ id: id.optional(), at: editClockSchema.optional() }),
    response: eventSchema,
  },
  'interview.add': {
    request: z.object({
      candidateId: id,
      at: eventTimeSchema,
      stage: stageSchema,
      interviewers: z.array(z.string().trim().min(1).max(200)).max(20),
    }),
    response: interviewSchema,
  },
  'diagnostics.log': { request: diagnosticSchema.omit({ id: true }), response: z.object({ stored: z.boolean() }) },
  'settings.get': { request: z.object({}), response: settingsSchema },
  'settings.set': { request: settingsPatchSchema, response: settingsSchema },
  'data.deleteCandidate': { request: z.object({ id }), response: z.object({ deleted: z.number().int() }) },
  'ui.openDashboard': { request: z.object({}), response: z.object({ opened: z.boolean() }) },
  'data.deleteAll': { request: z.object({ confirm: z.literal(true) }), response: z.object({ deleted: z.boolean() }) },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Protocol[K]['response']>;

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(protocol, type);
}
