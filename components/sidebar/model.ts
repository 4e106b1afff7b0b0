// What the sidebar renders and what it can ask for. The content script builds these from the site
// adapter, the analyzer and the background; the components stay pure and testable.
import type { Category, ItemKind, ItemStatus, Stage } from '../../lib/domain';
import type { DueView, SuggestionView, ThreadState } from '../../lib/messages/protocol';
import type { InsertOutcome } from '../../lib/sites/types';
import type { Template } from '../../lib/templates/schema';
import type { TemplateValues } from '../../lib/templates/variables';
import type { NewInterview } from './InterviewPanel';

export interface DeclineSummary {
  level: 'soft' | 'hard';
  phrases: string[];
  /** When the candidate's mail carrying the hint arrived (for the reaction time). */
  messageAt: number | null;
  messageId: string;
}

export type SidebarView =
  | { kind: 'loading' }
  | { kind: 'no-thread'; dueToday: number }
  /** A window holding only a reply (popped out) whose thread no tab shows. */
  | { kind: 'compose-window'; dueToday: number }
  /** The page was not understood; viewName is the layout the adapter took it for (shown for bug reports). */
  | { kind: 'unsupported'; dueToday: number; viewName: string }
  | { kind: 'error'; message: string }
  | { kind: 'not-candidate'; reason: ThreadState['reason']; forwardedFrom?: string | null }
  | {
      kind: 'candidate';
      state: ThreadState;
      decline: DeclineSummary | null;
      /** The decline is final (recorded, or confirmed after the call): only then the survey is offered. */
      declineFinal: boolean;
      language: 'ja' | 'en';
      suggestions: SuggestionView[];
      templateValues: TemplateValues;
    };

export interface CandidatePatch {
  name?: string;
  position?: string;
  stage?: Stage;
  owner?: string;
  nextInterviewAt?: number | null;
}

export interface SidebarActions {
  retry(): void;
  setMark(mark: 'candidate' | 'not_candidate'): void;
  updateCandidate(patch: CandidatePatch): Promise<void>;
  updateItem(id: string, change: { status?: ItemStatus; category?: Category }): Promise<void>;
  addItem(item: { kind: ItemKind; category: Category; text: string }): Promise<void>;
  proposeCall(): Promise<InsertOutcome>;
  requestSurvey(): Promise<InsertOutcome>;
  /** The hint is not one: remembered in this browser for similar sentences. */
  dismissHint(): void;
  openDashboard(): void;
  /** The censored page-layout report of this tab's page as text (null when the page did not answer). */
  layoutReport(): Promise<string | null>;
  /** Writes text to the clipboard (rejects when the browser does not allow it here). */
  copyText(text: string): Promise<void>;
  addInterview(interview: NewInterview): Promise<void>;
  /** The interviewer's notes of one interview (shown on the prep sheet). */
  saveInterviewNotes(id: string, notes: string): Promise<void>;
  insertTemplate(template: Template, text: string): Promise<InsertOutcome>;
  markDone(due: DueView): Promise<void>;
}
