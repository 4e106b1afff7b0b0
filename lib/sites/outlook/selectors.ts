// Every Outlook Web hook (outlook.office.com, outlook.office365.com, outlook.live.com), newest first.
// Outlook's class names are generated per build (e.g. "aVla3"), so we key on role, aria-*, data-* and
// id prefixes (Mailvelope's approach), with generated classes only as the last fallback. Dates say
// when the markup was seen (public captures: Mailvelope 2025, extension sources 2024–2026, our fixtures).
import type { SelectorChain } from '../selector-chain';

/** Reading pane / conversation container. */
export const conversation: SelectorChain = [
  '[data-app-section="ConversationContainer"]', // 2022–2025-11: conversation view in the reading pane
  '#ConversationReadingPaneContainer', // 2022–2025-11: its parent
  // 2024–2026: the item pane of a single message: deeplink read view and pop-out read window
  // (#ReadingPaneContainerId > #ItemReadingPaneContainer, no list, no data-convid, no role=main; seen in a
  // public OWA side-panel's load-tested deeplink fixture, 2026, and a public Playwright OWA extractor, 2026,
  // which reads span[id$="_FROM"], [id$="_SUBJECT"], SentReceivedSavedTime inside it).
  '#ItemReadingPaneContainer',
  '[data-app-section="MailReadCompose"]', // 2023–2026: reading pane (single message or pop-out read)
  '#ReadingPaneContainerId', // 2020–2025-11: reading pane root
];

/** Roots observed for view changes (the reading pane may be replaced on every selection). */
export const observeRoots: SelectorChain = [
  '#MainModule', // 2021–2025-11: everything right of the folder pane (list + reading pane)
  'div[role="main"]', // 2020–2025-11
];

/** Conversation subject. */
export const subject: SelectorChain = [
  '[id^="CONV_"][id$="_SUBJECT"]', // 2024–2026: <span role="heading" id="CONV_…_SUBJECT" title="…">
  'span[id$="_SUBJECT"]', // 2023–: same without the CONV_ prefix
  '[role="heading"][aria-level="2"]', // 2020–2025-11: subject heading in the reading pane
  '[data-app-section="ConversationTopic"]', // 2019–2021
];

/** Message body: UniqueMessageBody_N, itself role=document or inside one. */
export const body: SelectorChain = [
  'div[id^="UniqueMessageBody"]', // 2019–2026: div#UniqueMessageBody_3[role=document] / inside div[role=document]
  'div[role="document"]', // 2019–2025-11: the document wrapper alone
];

/** Candidate message wrappers: elements toggled open/closed in the conversation. */
export const messageItem: SelectorChain = [
  'div[aria-expanded][data-convid]', // 2019–2021: items with conversation ids
  'div[aria-expanded]', // 2022–2025-11: div[aria-expanded][tabindex="-1"] around each message
];
export const messageItemFallback: SelectorChain = [
  'div.aVla3', // 2024–2025 (generated class, Mailvelope): message container
];

/**
 * Sender element inside a message header. Live OWA as captured by Mailvelope (2024–2026) has none of
 * these hooks: span.Q84Kk[role=region] > span.o4zjZ[aria-label="From: Name" / "差出人: Name"] > span.OZZZK
 * "Name", with the address (external senders only) in a sibling "<…>" span. That shape is read by the
 * header fallback in read.ts (first address in the header, name from the smallest ancestor showing both);
 * see tests/fixtures/outlook-real-thread-ja-2026-11-25.html. Internal senders show the name only.
 */
export const sender: SelectorChain = [
  '[id^="MSG_"][id$="_FROM"]', // 2025–2026: header "From" line
  'span[id$="_FROM"]', // 2026: item pane of the deeplink / pop-out read window (public Playwright OWA extractor)
  '[data-testid="SenderPersona"]', // 2023–2025
  '[data-app-section="FromLine"]', // 2019–2021
];

/** Recipients line inside a message header. */
export const recipients: SelectorChain = [
  '[id^="MSG_"][id$="_TO"]', // 2025–2026
  'div[id$="_TO"], span[id$="_TO"]', // 2026: item pane (public Playwright OWA extractor reads [id$="_TO"])
  '[data-testid="RecipientWell"]', // 2023–2025-11
  '[data-testid="RecipientPersona"]', // 2023–
];

/** Date line inside a message header. */
export const date: SelectorChain = [
  '[data-testid="SentReceivedSavedTime"]', // 2022–2025-11: title/text "Thu 11/20/2025 10:15 AM" / "2025/11/20 (木) 10:15"
  '[id^="MSG_"][id$="_DATETIME"]', // 2025–2026
  'time[datetime]', // generic
];

/** Body parts that are earlier mail. OWA prefixes ids/classes of received HTML with "x_". */
export const quote = [
  'blockquote',
  '[class*="gmail_quote"]', // Gmail senders (OWA prefixes classes with "x_")
  '.x_gmail_extra, .gmail_extra',
  '[id$="divRplyFwdMsg"]', // Outlook reply header block (rest of the body follows it)
  '.x_moz-cite-prefix, .moz-cite-prefix',
  '.x_yahoo_quoted, .yahoo_quoted',
  '[data-app-section="QuotedText"]',
].join(', ');
/** From this element on, the rest of the body is the quoted earlier mail (Outlook puts no wrapper around it). */
export const quoteFromHere = '[id$="appendonsend"], [id$="divRplyFwdMsg"]'; // also "x_"/"x_x_" prefixed
export const signature = [
  '[id$="Signature"]', // Outlook signatures (#Signature, #x_Signature, Gmail's m_-123…Signature)
  '[class*="gmail_signature"], [data-smartmail="gmail_signature"]',
  '.x_elementToProof[id*="Signature"]',
].join(', ');
export const bodySkip = [
  '[role="button"]', // OWA's "Show original message" / "…" toggles inside bodies
  '[data-app-section="ExpandQuotedTextButton"]',
].join(', ');

/** Compose body editor inside the reading pane (inline reply) or a pop-out. */
export const composeEditor: SelectorChain = [
  '[id^="editorParent"] div[contenteditable="true"][role="textbox"]', // 2021–2025-11: div#editorParent_1 > editor
  'div[contenteditable="true"][role="textbox"][aria-multiline="true"]', // 2020–2025-11
  'div[contenteditable="true"][role="textbox"]', // generic
];
export const composeEditorAny = 'div[contenteditable="true"][role="textbox"]';
/** Recipient wells are contenteditable textboxes too; never write into them. */
export const recipientWell = '[data-testid="RecipientWell"], [aria-haspopup="listbox"], [role="combobox"]';
/**
 * The compose around a body editor, holding its recipient wells and subject field: the draft of an inline
 * reply and the whole of a pop-out compose window. Newest first.
 */
export const composeContainer: SelectorChain = [
  '[data-app-section="ComposeContainer"]', // 2022–2026: inline reply / pop-out draft (our 2026-11-25 capture)
  'div[role="dialog"]', // 2022–2026: compose shown as an in-page dialog
];
/**
 * The compose's subject field. OWA labels it in the UI language; the English label is the one public
 * scripts and extensions key on (toggl-button's Outlook integration 2020–2024, Selenium/Playwright OWA
 * scripts 2023–2025: input[aria-label="Add a subject"], input[placeholder="Add a subject"]).
 */
export const composeSubject: SelectorChain = [
  'input[aria-label="Add a subject"]', // 2020–2025 (en)
  'input[placeholder="Add a subject"]', // 2023–2025 (en)
  'input[id$="_SUBJECT"]', // 2025 (a public OWA automation script)
];

/** Reply buttons by Fluent icon name (language-independent), newest first. */
export const replyIcon: SelectorChain = [
  '[data-icon-name="ArrowReplyRegular"]', // 2023–2025-11: Fluent v9 icons
  '[data-icon-name="ArrowReply20Regular"]', // 2024–
  '[data-icon-name="Reply"]', // 2019–2022: Fabric icons
];
export const replyClickable = 'button, [role="button"], [role="menuitem"]';

/** Message list (list view). */
export const mailList: SelectorChain = [
  '#MailList', // 2020–2025-11
  '[role="listbox"] [data-convid]', // 2019–2025-11
];
/** Folder pane: present in the main window (reading pane off too), absent in pop-outs and deeplinks. */
export const folderPane: SelectorChain = [
  '#folderPaneDroppableContainer', // 2022–2026
  '[role="tree"] [id^="primaryMailboxRoot_"]', // 2022–2026
];
export const selectedConversation: SelectorChain = [
  '#MailList [data-convid][aria-selected="true"]', // 2020–2025-11
  '[role="option"][data-convid][aria-selected="true"]',
];

/** The signed-in mailbox. */
export const mailboxRoot: SelectorChain = [
  '[id^="primaryMailboxRoot_"]', // 2022–2025-11: folder tree root, data-folder-name / title = address
];
/** The signed-in user's display name (matches their own messages where Outlook shows no address). */
export const accountPrimary: SelectorChain = [
  '#mectrl_currentAccount_primary', // 2019–2025-11: account manager flyout, display name text
];
export const accountSecondary: SelectorChain = [
  '#mectrl_currentAccount_secondary', // 2019–2025-11: account manager flyout, address text
];
export const accountButton: SelectorChain = [
  '#mectrl_main_trigger[aria-label*="@"]', // 2019–
  '#O365_MainLink_Me[aria-label*="@"]',
  'button[aria-label*="@"][id*="mectrl"]',
];

/**
 * Windows floating over the mail that the sidebar must never cover: Fluent dialogs and the
 * "pop out" compose shown as an in-page dialog (div[role=dialog], 2022–2026). Replies in the reading
 * pane are inline and stay clear through the layout reservation.
 */
export const floatingWindows = 'div[role="dialog"]';
