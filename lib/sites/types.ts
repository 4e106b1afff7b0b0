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

/** A forwarded mail inside a message: the original sender as the forward header names them. */
export interface ForwardInfo {
  from: Person;
  /**
   * Offset in the message's `text` where the forward header begins: the forwarded original follows it
   * (as quote segments). To treat the thread as the original sender's, analyse text from here on.
   */
  start: number;
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
  /**
   * Set when the message forwards another mail (a forward header in its text): who wrote the original.
   * Read from the body text, so it says what the forwarder pasted, never who sent this message.
   */
  forward?: ForwardInfo;
}

export interface ThreadData {
  /** Stable across reloads and navigation (Gmail thread id, Outlook conversation id). */
  id: string;
  subject: string;
  participants: Person[];
  messages: MailMessageData[];
  /**
   * What `id` names: a conversation (Gmail thread, Outlook conversation) or, in Outlook's pop-out read
   * window and deeplinks, a single message (item id), which differs from the conversation id the main
   * window reports for the same mail. Absent = conversation.
   */
  idKind?: 'conversation' | 'message';
  /** Messages the site keeps out of the page (Gmail's "N older messages" pill); absent = none known. */
  olderHidden?: number;
}

export interface MailMessage extends MailMessageData {
  /** DOM range covering text[start, end) of this message's body, for CSS highlights; null when unmappable. */
  bodyRange(start: number, end: number): Range | null;
}

export interface Thread extends Omit<ThreadData, 'messages'> {
  messages: MailMessage[];
}

/**
 * Which layout the adapter saw, e.g. "gmail.thread", "gmail.split", "gmail.split-vertical",
 * "outlook.reading-pane-right", "outlook.reading-pane-bottom", "outlook.reading-pane-off",
 * "outlook.popout-read", "outlook.deeplink-read", "outlook.compose-popout", "gmail.list", "outlook.list",
 * "gmail.other", "outlook.other". Never mail text; stable enough to show and to put in a bug report.
 */
export type ViewName = string;

/**
 * A window that holds only a compose (Outlook's reply popped out into its own window): no mail to read,
 * only whom the compose is addressed to (its recipient fields, never its text) and its subject field.
 */
export interface ComposeView {
  kind: 'compose';
  recipients: Person[];
  subject: string;
  viewName?: ViewName;
}

export type SiteView =
  | { kind: 'thread'; thread: Thread; viewName?: ViewName }
  | { kind: 'list'; viewName?: ViewName }
  | ComposeView
  | { kind: 'unsupported'; reason: string; viewName?: ViewName };

/** The compose the user has open in this page, for choosing where an insertion goes across windows. */
export interface ComposeState {
  open: boolean;
  /** When the caret was last in this page's compose (epoch ms), 0 when never since the page loaded. */
  focusedAt: number;
  /** Addresses the open compose is addressed to (its recipient fields, lower-cased). */
  recipients: string[];
}

/** For "Copy page-layout report": the view name and a censored outline of the page (no mail text). */
export interface LayoutReport {
  site: 'gmail' | 'outlook';
  viewName: ViewName;
  /** Host and path shape only (ids and query replaced), e.g. "outlook.office.com /mail/inbox/id/…". */
  page: string;
  /** censoredOutline() of the page: tag names, whitelisted attributes, visibility marks. */
  outline: string;
}

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
  /**
   * The signed-in user: from the page when it shows them (and then also passed to the
   * `onUserSeen` option), else from the page's account data, else the `rememberedUser` option.
   */
  currentUser(): Person | null;
  /** The view name and censored page outline, for the "Copy page-layout report" button. Never throws. */
  layoutReport(): LayoutReport;
  /** Whether a reply/compose editor is open in the current view. */
  hasOpenCompose(): boolean;
  /** The open compose, when the caret was last in it, and whom it is addressed to. Never throws. */
  composeState(): ComposeState;
  /** Inserts plain text at the caret of the open compose (opening a reply if needed). Never inserts markup. */
  insertText(text: string): Promise<InsertOutcome>;
  /**
   * Calls `onChange` (debounced) when the view may have changed. All observers and listeners are
   * removed when `signal` aborts.
   */
  observe(onChange: (reason: ViewChangeReason) => void, signal: AbortSignal): void;
}
