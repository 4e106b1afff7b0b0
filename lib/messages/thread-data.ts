// What a content script reports about the page it sits in. Parsed with zod in the background: a
// content script runs next to a hostile page, so every size is bounded.
import { z } from 'zod';

import { MAX_MESSAGE_TEXT, MAX_THREAD_MESSAGES, MAX_THREAD_TEXT } from './limits';

export const personSchema = z.object({ name: z.string().max(500), email: z.string().max(500) });

export const bodySegmentSchema = z.object({
  kind: z.enum(['own', 'quote', 'signature']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const mailMessageSchema = z.object({
  id: z.string().min(1).max(500),
  sender: personSchema,
  recipients: z.array(personSchema).max(500),
  date: z.string().max(100).nullable(),
  expanded: z.boolean(),
  text: z.string().max(MAX_MESSAGE_TEXT),
  segments: z.array(bodySegmentSchema).max(2000),
  forward: z.object({ from: personSchema, start: z.number().int().nonnegative() }).optional(),
});

export const threadSchema = z
  .object({
    id: z.string().min(1).max(500),
    subject: z.string().max(2000),
    participants: z.array(personSchema).max(500),
    messages: z.array(mailMessageSchema).max(MAX_THREAD_MESSAGES),
    idKind: z.enum(['conversation', 'message']).optional(),
    olderHidden: z.number().int().nonnegative().max(100_000).optional(),
  })
  .refine((t) => t.messages.reduce((n, m) => n + m.text.length, 0) <= MAX_THREAD_TEXT, { message: 'thread text too long' });

/** Which layout the adapter took the page for ("outlook.popout-read", "gmail.split-vertical", "outlook.other"). */
export const viewNameSchema = z.string().max(80).regex(/^[a-z]+(?:\.[a-z0-9-]+)*$/);

/** The page's view as the content script read it. */
export const pageViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('thread'), thread: threadSchema }),
  z.object({ kind: z.literal('list') }),
  /** A window holding only a compose (Outlook's reply popped out): whom it is addressed to, its subject field. */
  z.object({ kind: z.literal('compose'), recipients: z.array(personSchema).max(100), subject: z.string().max(2000), viewName: viewNameSchema.optional() }),
  z.object({ kind: z.literal('unsupported'), reason: z.string().max(300), viewName: viewNameSchema.optional() }),
]);
export type PageView = z.infer<typeof pageViewSchema>;
