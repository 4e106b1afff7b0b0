// Vocabulary shared by storage, UI, templates and schedule. Pure data.
import { z } from 'zod';
import { ANXIETY_CATEGORIES } from './analysis/types';

export const STAGES = [
  'applied',
  'casual_talk',
  'interview_1',
  'interview_2',
  'final_interview',
  'offer',
  'accepted',
  'declined',
  'withdrawn',
] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

/** Stages after which nothing more is followed up. */
export const CLOSED_STAGES: readonly Stage[] = ['accepted', 'declined', 'withdrawn'];

export const ITEM_KINDS = ['question', 'anxiety'] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

/** open → answered_now | deferred → answered_at_interview; dismissed = a false detection, kept as a correction. */
export const ITEM_STATUSES = ['open', 'answered_now', 'deferred', 'answered_at_interview', 'dismissed'] as const;
export const itemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const categorySchema = z.enum(ANXIETY_CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const EVENT_KINDS = [
  'follow_up_sent',
  'call_proposed',
  'survey_requested',
  /** Recorded by hand when the candidate's survey answer arrives (the log cannot see the survey tool). */
  'survey_answered',
  /** A mail the user sent in the thread, seen when the thread is read (sent with or without the sidebar). */
  'mail_sent',
  'status_changed',
  'stage_changed',
  'interview_added',
  'follow_up_done',
] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;

/** Who follows this candidate up: HR, or a named field interviewer. */
export const ownerSchema = z.string().max(200);
export const HR_OWNER = 'HR';
