// The contract between the host-page adapters (the only code that touches Gmail/Outlook DOM)
// and everything else. Everything but the `bodyRange` handle and the compose handle is plain data.
// Plain interfaces: the content script carries no schema library. The background parses what it
// receives with the zod schemas in lib/messages/thread-data.ts; checkThreadData (./check.ts) is the
// adapter's own cheap sanity check.

export interface Person {
  name: string;
  email: string;
}

/** A part of a message's plain text: the sender's own words, a quoted earlier mail, or a signature. */
export interface BodySegment {
  kind: 'own' | 'quote' | 'signature';
  start: number;
  end: number;
}

export interface MailMessageData {
  /** Stable id from the site (Gmail legacy message id / Outlook item id), unique within the account. */
  id: string;
  sender: Person;
  recipients: Person[];
  /** ISO 8601 when the site exposes it, else null. */
  date: string | null;
  /** Collapsed messages have no readable body: text is '' and segments is []. */
  expanded: boolean;
  /** Whole body as plain text, in DOM order (own words, then quotes and signature). */
  text: string;
  /** Segments covering `text`, in order; quotes and signatures are never analysed. */
  segments: BodySegment[];
}

export interface ThreadData {
  /** Stable across reloads and navigation (Gmail thread id, Outlook conversation id). */
  id: string;
  subject: string;
  participants: Person[];
  messages: MailMessageData[];
}

export interface MailMessage extends MailMessageData {
  /** DOM range covering text[start, end) of this message's body, for CSS highlights; null when unmappable. */
  bodyRange(start: number, end: number): Range | null;
}

export interface Thread extends Omit<ThreadData, 'messages'> {
  messages: MailMessage[];
}

export type SiteView =
  | { kind: 'thread'; thread: Thread }
  | { kind: 'list' }
  | { kind: 'unsupported'; reason: string };

export type InsertOutcome =
  /** Inserted at the caret of an open compose (undoable with Ctrl+Z). */
  | { kind: 'inserted' }
  /** No compose was open: the adapter clicked Reply and inserted into the new compose. */
  | { kind: 'opened-and-inserted' }
  /** Insertion was impossible: the text is on the clipboard and the user must paste it. */
  | { kind: 'copied' }
  | { kind: 'failed'; reason: string };

export type ViewChangeReason = 'navigation' | 'message-expanded' | 'compose-opened' | 'dom-changed';

export interface SiteAdapter {
  readonly site: 'gmail' | 'outlook';
  /** Reads the current view; never throws (returns `unsupported` instead). */
  readView(): SiteView;
  /** The signed-in user's address when the page shows it. */
  currentUser(): Person | null;
  /** Whether a reply/compose editor is open in the current view. */
  hasOpenCompose(): boolean;
  /** Inserts plain text at the caret of the open compose (opening a reply if needed). Never inserts markup. */
  insertText(text: string): Promise<InsertOutcome>;
  /**
   * Calls `onChange` (debounced) when the view may have changed. All observers and listeners are
   * removed when `signal` aborts.
   */
  observe(onChange: (reason: ViewChangeReason) => void, signal: AbortSignal): void;
}
