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

/** Who sent a mail, when the caller knows it from outside the text (address book, log, domain lists). */
export type SenderKind = 'agent' | 'job_board' | 'service';

/** A part of the body the site adapter marked in the DOM (offsets into body): a hint to the segmenter. */
export interface SegmentHint {
  kind: 'own' | 'quote' | 'signature';
  start: number;
  end: number;
}

export interface MessageInput {
  subject: string;
  body: string;
  from: { name: string; email: string };
  /** The sender is a known candidate (address in the log, or marked by the user): never gated by the score. */
  knownCandidate?: boolean;
  /**
   * The thread is known as a candidate's (in the log, or marked by the user): a message in it is the
   * candidate's unless the context says otherwise (own organisation, agent, job board, the user).
   */
  candidateThread?: boolean;
  /** The mail was written by the current user (outgoing): never a candidate mail. */
  fromCurrentUser?: boolean;
  /** The sender shares the signed-in user's organisation domain (see ownOrganisation()): never a candidate's hint. */
  fromOwnOrganisation?: boolean;
  /** The sender is an agent, a job board or a scout/other service: reports about candidates are not hints. */
  senderKind?: SenderKind;
  /** Quotes and signatures the adapter marked in the DOM: hints to the one segmenter (lib/analysis/segmenter.ts). */
  segments?: SegmentHint[];
}

/** How an analysis was produced, for the sidebar's debug view and bug reports. */
export interface AnalysisDiagnostics {
  /** 'rules+model' normally; 'rules' when the weights are missing or corrupt (then modelError says why). */
  engine: 'rules+model' | 'rules';
  modelError?: string;
  /** Weights version (a hash of the file), when the model ran. */
  modelVersion?: string;
  /** The probability the mail is a candidate's (rules+model), or null when the context decided. */
  candidateScore: number | null;
  /** What decided candidate: the context fields or the text. */
  candidateBy: 'context' | 'text';
  /** Number of local corrections that changed this result. */
  correctionsApplied: number;
  /** The mail had more sentences than the model reads; the rest got the rules alone. */
  truncated?: boolean;
  /** Set when the analyzer caught an internal error and answered with an empty result. */
  error?: string;
}

export interface MessageAnalysis {
  candidate: boolean;
  language: Language;
  decline: { level: DeclineLevel; phrases: TextSpan[] };
  /** Sentences asking for information; category says what they are about. */
  questions: CategorisedSpan[];
  /** Sentences expressing worry or uncertainty, with one category each. */
  anxieties: CategorisedSpan[];
  /** Always set by analyzeMessage; optional so hand-built analyses (tests, storage) stay valid. */
  diagnostics?: AnalysisDiagnostics;
}
