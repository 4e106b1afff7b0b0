// Every Gmail hook, newest first. Dates say when the markup was seen (in public captures:
// InboxSDK's Gmail driver, Mailvelope's integration, extension sources, and our dated fixtures).
// Gmail's class names are minified but have been stable for years; aria-labels and tooltips are
// localised, so they are never used.
import type { SelectorChain } from '../selector-chain';

/** The main pane holding the list or the open thread. */
export const main: SelectorChain = [
  'div[role="main"]', // 2019–2025-11: div.nH[role=main] around list and thread views
];

/** Roots observed for view changes: main content area and the compose dock (pop-out replies live there). */
export const observeRoots: SelectorChain = [
  'div.AO', // 2018–2025-11: content area right of the nav (list, thread, inline reply)
];
export const composeDock: SelectorChain = [
  'div.dw', // 2018–2025-11: bottom-right dock of pop-out/new compose windows
];

/** Thread subject heading; carries the thread ids. */
export const subject: SelectorChain = [
  'h2.hP[data-thread-perm-id]', // 2020–2025-11: <h2 class="hP" data-thread-perm-id="thread-f:…" data-legacy-thread-id="…">
  'h2.hP', // 2017–2025-11: older markup without id attributes
];

/** Any element carrying the legacy (hex) thread id, when the subject does not. */
export const threadIdHolder: SelectorChain = [
  '[data-legacy-thread-id]', // 2020–2025-11
  '[data-thread-perm-id]', // 2020–2025-11
];

/** One message of the thread (collapsed or expanded). */
export const messageItem: SelectorChain = [
  'div[role="list"] div[role="listitem"]', // 2021–2025-11: div.h7 (expanded) / div.kv (collapsed) with role=listitem
  'div.h7, div.kv, div.kQ, div.kx', // 2016–2021: state classes without roles (InboxSDK getViewState)
  'div.adn, div.adf', // 2015–: message blocks themselves
];

/**
 * Classes of message items folded into the "N older messages" pill of a long thread (10+ messages):
 * InboxSDK's view state HIDDEN ('kQ', 'kx'), as opposed to COLLAPSED ('kv') and EXPANDED ('h7');
 * also seen in a public Gmail extension's row helpers (2025–2026: `isHidden = kQ || kx`).
 */
export const behindPillClasses = ['kQ', 'kx'] as const;

/** A message's own HTML (the mail) and its collapsed snippet: never a source of header data. */
export const bodyRegion: SelectorChain = [
  'div.ii.gt', // 2015–2026: body wrapper
  'div.a3s', // 2015–2026: the mail's HTML
  'div.iA.g6', // 2015–2026: collapsed snippet (text of the mail)
  '.gmail_quote', // quoted mail inside a body
];

/**
 * The element carrying a message's ids (inside the item, or the item itself). Collapsed messages in live
 * Gmail carry no ids on div.adf.ads: they sit on an empty, hidden div.adn.ads[style="display:none"] next to it
 * (2025–2026 captures; tests/fixtures/gmail-real-thread-en-2026-11-25.html).
 */
export const messageIdHolder = '[data-legacy-message-id], [data-message-id]'; // 2020–2025-11: div.adn.ads

/** Expanded message body (the mail's HTML); collapsed messages only show a snippet (div.iA.g6), never read. */
export const body: SelectorChain = [
  'div.ii.gt div.a3s', // 2019–2025-11: <div class="ii gt" jslog="…"><div class="a3s aiL">
  'div.a3s', // 2015–2019
  'div.ii.gt', // fallback when a3s is renamed
];

/** One cheap selector telling that a message body is rendered (for the view key only). */
export const bodyMarker = 'div.a3s'; // 2015–2025-11

/** Sender span: <span class="gD" email="…" name="…">. */
export const sender: SelectorChain = [
  'span.gD[email]', // 2015–2025-11
  'h3.iw span[email]', // 2015–2025-11: header h3 around the sender
  'td.gF span[email]', // InboxSDK 2023
];

/** Recipients in the expanded header ("to me, Hanako"). */
export const recipients: SelectorChain = [
  'span.g2[email]', // 2015–2025-11
  '.hb span[email]', // InboxSDK 2023
];

/** Date with the full timestamp in title (and alt). */
export const date: SelectorChain = [
  'span.g3[title]', // 2015–2025-11: title="2025年11月20日(木) 10:15" / "Thu, Nov 20, 2025, 10:15 AM"
  '.gK .g3', // text only ("10:15 (3 hours ago)"): rarely parseable
];

/** Parts of a body that are earlier mail: quotes, Gmail's trimmed-content blocks, forwarded parts. */
export const quote = [
  '.gmail_quote', // 2012–2025-11: div.gmail_quote(.gmail_quote_container) with .gmail_attr + blockquote
  '[class*="gmail_quote"]', // Gmail prefixes classes of quoted foreign HTML ("m_-123…gmail_quote")
  'blockquote', // every client's quote
  '.gmail_extra', // 2012–2018 sent mail
  'div.h5', // 2015–2025-11: content behind "Show trimmed content"
  'div.im', // 2015–2025-11: Gmail's wrapper around text repeated from earlier mail
  'div.yj6qo', // 2019–2025-11: trimmed-content placeholder at the end of a3s
  'div.adL', // 2015–2025-11: trailing trimmed-content wrapper
  'div.adm', // 2015–2025-11: the "…" toggle
  '.x_gmail_quote', // Gmail mail displayed after an Outlook hop
  '[id$="divRplyFwdMsg"]', // Outlook replies read in Gmail (ids prefixed "m_-123…")
  '.moz-cite-prefix', // Thunderbird "On … wrote:" line
  '.yahoo_quoted', // Yahoo
].join(', ');
/** Outlook puts no wrapper around the quoted mail: from its reply header on, the rest is quote. */
export const quoteFromHere = '[id$="divRplyFwdMsg"], [id$="appendonsend"]';
export const signature = [
  '.gmail_signature', // 2012–2025-11
  '[data-smartmail="gmail_signature"]', // 2017–2025-11
  '[class*="gmail_signature"]', // prefixed copies in quoted foreign HTML
  '[id$="Signature"]', // Outlook signatures read in Gmail ("Signature", "m_-123…Signature")
  '.moz-signature', // Thunderbird
].join(', ');
export const bodySkip = [
  '.ajR', // "Show trimmed content" button
  '[role="button"]', // Gmail UI inside bodies (translate, unsubscribe chips)
].join(', ');

/** Compose editor: inline reply and pop-out. Never keyed on aria-label (localised). */
export const composeEditor: SelectorChain = [
  'div[contenteditable="true"][role="textbox"][g_editable="true"]', // 2015–2025-11: div.Am.aiL.Al.editable
  'div.editable[contenteditable="true"][role="textbox"]', // 2015–
  'div[contenteditable="true"][role="textbox"]', // generic fallback
];
export const composeEditorAny = 'div[contenteditable="true"][role="textbox"]';
/**
 * The compose around an editor (inline reply, dock window, pop-out dialog): div.aoI[role=region] carrying
 * data-compose-id (2018–2026, our 2026-11-25 capture; InboxSDK's compose view root), with its recipient chips.
 */
export const composeRegion: SelectorChain = [
  'div[role="region"][data-compose-id]', // 2018–2026
  'div.M9', // 2016–2026: the compose table's wrapper
];
/** A recipient chip in a compose: span.vN[email="…"] (2015–2026). */
export const recipientChip = 'span[email]';

/** Reply control under the thread ("Reply" link) or in the last message header. */
export const replyControl: SelectorChain = [
  '.amn .ams.bkH', // 2016–2025-11: <span class="ams bkH" role="link">Reply</span> under the last message
  '.ams.bkH', // same without the wrapper
  '.amn [role="link"]', // first link in the reply bar
  '.amn [role="button"]', // 2024 button variant
];

/** List view rows (inbox, labels, search results). */
export const listRow: SelectorChain = [
  'tr.zA', // 2012–2025-11: thread rows (zE unread, yO read)
];

/** Account switcher link: aria-label contains "Name (address)" in every locale. */
export const account: SelectorChain = [
  'header a[aria-label*="@"]', // 2020–2025-11: a.gb_d in the Google bar
  '#gb a[aria-label*="@"]', // 2020–2025-11
  'a[aria-label*="@"][href*="accounts.google.com"]', // 2018–
];

/**
 * Windows floating over the mail that the sidebar must never cover: the bottom-right compose windows
 * (div.dw > … div[role=dialog], 2018–2026) and the pop-out reply / full-screen compose dialog
 * (div[role=dialog] centred over the page, 2019–2026; tests/fixtures/gmail-reply-open-ja-2026-11-24.html).
 */
export const floatingWindows = 'div[role="dialog"]';
