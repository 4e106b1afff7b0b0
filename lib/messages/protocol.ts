// Every request and its response, described once. Both ends parse with these schemas:
// the content script runs next to a hostile page, and the background trusts nothing it receives.
import { z } from 'zod';
import { templateSchema } from '../templates/schema';
import { dueTimeSchema, editClockSchema, eventTimeSchema } from '../date-bounds';
import { categorySchema, itemKindSchema, itemStatusSchema, stageSchema } from '../domain';
import { personSchema, pageViewSchema, viewNameSchema } from './thread-data';
import {
  candidateSchema,
  diagnosticSchema,
  eventSchema,
  INTERVIEW_NOTES_MAX,
  interviewSchema,
  itemSchema,
  settingsPatchSchema,
  settingsSchema,
  siteSchema,
  threadRecordSchema,
  threadUrlSchema,
} from '../records';
import { teamConfigInputSchema, teamConfigViewSchema, teamStatusSchema } from '../sync/config';

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
export type ThreadOpen = z.output<typeof threadOpenSchema>;
export type ThreadOpenInput = z.input<typeof threadOpenSchema>;

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
  reason: z.enum(['detected', 'known_candidate', 'marked', 'unmarked', 'not_detected', 'no_counterpart', 'internal', 'internal_forward']),
  candidate: candidateSchema.nullable(),
  thread: threadRecordSchema.nullable(),
  items: z.array(itemSchema),
  events: z.array(eventSchema),
  interviews: z.array(interviewSchema).default([]),
  due: z.array(dueSchema).default([]),
  suggestions: z.array(suggestionSchema).default([]),
});
export type ThreadState = z.infer<typeof threadStateSchema>;

/** The newest candidate mail's decline hint in the open thread (what the sidebar alerts on). */
export const declineSummarySchema = z.object({
  level: z.enum(['soft', 'hard']),
  phrases: z.array(z.string().max(500)).max(50),
  messageId: id,
  messageAt: eventTimeSchema.nullable(),
});
export type DeclineSummary = z.infer<typeof declineSummarySchema>;

/**
 * What one tab's sidebar shows, decided in the background from the page's view: the thread's stored
 * key (the sidebar reads the log itself, live) and what the analysis found in the open mail.
 */
export const tabViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('waiting') }),
  z.object({ kind: z.literal('list'), site: siteSchema }),
  /** A window holding only a compose (a reply popped out) whose thread no tab shows: insertions from the main window land in it. */
  z.object({ kind: z.literal('compose'), site: siteSchema }),
  /** A page the adapter did not understand; viewName says which layout it took the page for. */
  z.object({ kind: z.literal('unsupported'), site: siteSchema.nullable(), reason: z.string().max(300), viewName: z.string().max(80).default('') }),
  z.object({
    kind: z.literal('thread'),
    site: siteSchema,
    threadKey: id,
    status: z.enum(['candidate', 'not_candidate']),
    reason: threadStateSchema.shape.reason,
    candidateId: id.nullable(),
    language: z.enum(['ja', 'en']),
    decline: declineSummarySchema.nullable(),
    /** When the page showed this thread (HR's workload is timed from it). */
    openedAt: eventTimeSchema,
    /** A colleague's forward of outside mail: whose mail it forwards (the user may treat the thread as theirs). */
    forwardedFrom: personSchema.nullable().default(null),
  }),
]);
export type TabView = z.infer<typeof tabViewSchema>;

/**
 * Everything one tab's sidebar shows, pushed by the background over the sidebar's port after every
 * change of the tab's view and every write to the log. The sidebar frame cannot open the log itself:
 * as a frame inside the mail site it is a third-party context, and Chromium denies it IndexedDB
 * ("UnknownError: The user denied permission to access the database", Chromium 156, 2026-12-02).
 */
export const sidebarStateSchema = z.object({
  view: tabViewSchema,
  panel: threadStateSchema.nullable(),
  settings: settingsSchema,
  /** Follow-ups due by the end of today (overdue included) over all open candidates; read outside candidate threads, for the rail. */
  dueToday: z.number().int().nonnegative().default(0),
});
export type SidebarState = z.infer<typeof sidebarStateSchema>;

/** Offsets into one message's text that the content script paints as the decline highlight. */
export const highlightSpanSchema = z.object({ messageId: id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type HighlightSpan = z.infer<typeof highlightSpanSchema>;

/**
 * The page-layout report for a bug report (lib/sites adapter.layoutReport): the host and path shape, the
 * view name and the censored outline (tag names, whitelisted attributes; never text). Checked again here:
 * it comes from the mail page's side.
 */
export const layoutReportSchema = z.object({
  site: siteSchema,
  viewName: z.union([viewNameSchema, z.literal('')]),
  page: z.string().max(600),
  outline: z.string().max(400_000),
});
export type LayoutReportData = z.infer<typeof layoutReportSchema>;

/** A mail tab's answer to 'compose-state' (lib/sites SiteAdapter.composeState): where an insertion may go. */
export const composeStateSchema = z.object({
  site: siteSchema,
  open: z.boolean(),
  focusedAt: z.number().nonnegative().max(8.64e15),
  recipients: z.array(z.string().max(500)).max(100),
});
export type ComposeStateData = z.infer<typeof composeStateSchema>;

export const insertOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inserted') }),
  z.object({ kind: z.literal('opened-and-inserted') }),
  z.object({ kind: z.literal('copied') }),
  z.object({ kind: z.literal('failed'), reason: z.string().max(500) }),
]);

export const protocol = {
  ping: { request: z.object({}), response: z.object({ pong: z.literal(true), at: editClockSchema }) },
  /** Content script → background: the page's current view; analysed and logged in one step. */
  'page.view': {
    request: z.object({ site: siteSchema, url: z.string().max(2000), user: personSchema.nullable(), view: pageViewSchema, force: z.boolean().default(false) }),
    response: z.object({ status: z.enum(['candidate', 'not_candidate', 'none']), highlights: z.array(highlightSpanSchema).max(200) }),
  },
  /** Sidebar → background: the sidebar's tab and what it shows now (later views come over its port). */
  'sidebar.hello': { request: z.object({}), response: sidebarStateSchema.extend({ tabId: z.number().int() }) },
  /** Sidebar → background: the user marks (or unmarks) the open thread as a candidate's. */
  'thread.mark': { request: z.object({ mark: z.enum(['candidate', 'not_candidate']) }), response: z.object({ view: tabViewSchema }) },
  /** Sidebar → background → its tab's content script: insert text into the open compose. */
  'tab.insert': { request: z.object({ text: z.string().min(1).max(20_000) }), response: insertOutcomeSchema },
  /** Sidebar → background → its tab's content script: the censored page-layout report (null when the page did not answer). */
  'tab.layoutReport': { request: z.object({}), response: z.object({ report: layoutReportSchema.nullable() }) },
  /** Sidebar → background → its tab's content script: collapse/expand, or give focus back to the mail. */
  'tab.layout': { request: z.object({ action: z.enum(['toggle', 'focus-mail', 'reread']) }), response: z.object({ done: z.boolean() }) },
  /** Sidebar → background: the recruiter corrects the analyzer (kept in this browser; the open thread is read again). */
  'correction.add': {
    request: z.object({
      action: z.enum(['dismiss', 'mark', 'category']),
      field: z.enum(['decline', 'question', 'worry']),
      text: z.string().trim().min(1).max(2000),
      level: z.enum(['soft', 'hard']).optional(),
      category: categorySchema.optional(),
    }),
    response: z.object({ stored: z.number().int() }),
  },
  /** Options → background: forget every correction. */
  'corrections.reset': { request: z.object({ confirm: z.literal(true) }), response: z.object({ reset: z.boolean() }) },
  /** Extension pages → background: the log changed (wakes a sleeping background to refresh badge and alarms). */
  'data.changed': { request: z.object({}), response: z.object({ ok: z.literal(true) }) },
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
  /** The interviewer's notes of one interview (replaces them). */
  'interview.notes': {
    request: z.object({ id, candidateId: id, notes: z.string().max(INTERVIEW_NOTES_MAX) }),
    response: interviewSchema,
  },
  'diagnostics.log': { request: diagnosticSchema.omit({ id: true }), response: z.object({ stored: z.boolean() }) },
  'settings.get': { request: z.object({}), response: settingsSchema },
  'settings.set': { request: settingsPatchSchema, response: settingsSchema },
  'data.deleteCandidate': { request: z.object({ id }), response: z.object({ deleted: z.number().int() }) },
  'ui.openDashboard': { request: z.object({}), response: z.object({ opened: z.boolean() }) },
  'data.deleteAll': { request: z.object({ confirm: z.literal(true) }), response: z.object({ deleted: z.boolean() }) },
  /** Options → background: team sync's settings (without the password) and its status line (issue 18). */
  'team.get': { request: z.object({}), response: z.object({ config: teamConfigViewSchema.nullable(), status: teamStatusSchema }) },
  /** Options → background: saves team sync's settings and signs in (the password or cookie is not kept). */
  'team.save': { request: teamConfigInputSchema, response: z.object({ config: teamConfigViewSchema.nullable(), status: teamStatusSchema }) },
  /** Options → background: sync now (also past a backoff). */
  'team.sync': { request: z.object({}), response: teamStatusSchema },
  /** Options → background: turn team sync off and forget its settings, queue and teammates' documents here. */
  'team.disconnect': { request: z.object({ confirm: z.literal(true) }), response: z.object({ config: teamConfigViewSchema.nullable(), status: teamStatusSchema }) },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Protocol[K]['response']>;

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(protocol, type);
}
