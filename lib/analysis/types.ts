// Public contract of the analyzer. Pure data: no DOM, no browser APIs.
// Offsets are UTF-16 code-unit indices into the body string that was analysed.

export const ANXIETY_CATEGORIES = [
  'compensation',
  'workstyle',
  'role',
  'team_culture',
  'career',
  'evaluation',
  'location',
  'process',
  'start_date',
  'other',
] as const;
export type TopicCategory = (typeof ANXIETY_CATEGORIES)[number];

export type DeclineLevel = 'none' | 'soft' | 'hard';
export type Language = 'ja' | 'en';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface CategorisedSpan extends TextSpan {
  category: TopicCategory;
}

export interface MessageInput {
  subject: string;
  body: string;
  from: { name: string; email: string };
  /** The sender is a known candidate (address seen before, or marked by the user). */
  knownCandidate?: boolean;
  /** The mail was written by the current user (outgoing): never a candidate mail. */
  fromCurrentUser?: boolean;
}

export interface MessageAnalysis {
  candidate: boolean;
  language: Language;
  decline: { level: DeclineLevel; phrases: TextSpan[] };
  /** Sentences asking for information; category says what they are about. */
  questions: CategorisedSpan[];
  /** Sentences expressing worry or uncertainty, with one category each. */
  anxieties: CategorisedSpan[];
}
