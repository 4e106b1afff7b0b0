// Reads Gmail's thread view into plain data. Collapsed messages are listed (sender, date) but their
// snippet is never read: only what the user has open counts as text.
import { findEmail, nameWithoutEmail, person, uniquePeople } from '../people';
import { parseSiteDate } from '../dates';
import type { Reporter } from '../diagnostics';
import { all, allWhere, anyOf, first, firstWhere } from '../selector-chain';
import type { BodyRules } from '../text/extract';
import { toMailMessage } from '../text/message';
import type { MailMessage, Person, SiteView, Thread } from '../types';
import { hasLayout, isShown, pickShown } from '../visibility';
import { normaliseGmailId, parseGmailHash } from './ids';
import * as S from './selectors';

const RULES: BodyRules = { quote: S.quote, quoteFromHere: S.quoteFromHere, signature: S.signature, skip: S.bodySkip };

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function personFrom(el: Element): Person {
  const email = el.getAttribute('email') ?? findEmail(el.getAttribute('data-hovercard-id'));
  const name = el.getAttribute('name') || text(el);
  return person(name === email ? '' : name, email);
}

function threadId(doc: Document, subjectEl: Element | null, token: string | null): string | null {
  const holders = [subjectEl, first(doc, S.threadIdHolder)];
  for (const h of holders) {
    if (!h) continue;
    const id = normaliseGmailId(h.getAttribute('data-legacy-thread-id')) ?? normaliseGmailId(h.getAttribute('data-thread-perm-id'));
    if (id) return id;
  }
  return token ? `hash:${token}` : null;
}

function messageId(item: Element, threadKey: string, index: number): string {
  const holder = item.matches(S.messageIdHolder) ? item : item.querySelector(S.messageIdHolder);
  const id =
    normaliseGmailId(holder?.getAttribute('data-legacy-message-id')) ?? normaliseGmailId(holder?.getAttribute('data-message-id'));
  return id ?? `${threadKey}#${index}`;
}

function isCollapsed(item: Element): boolean {
  return item.getAttribute('aria-expanded') === 'false' || item.classList.contains('kv');
}

/** Messages folded into the "N older messages" pill (InboxSDK's HIDDEN view state). */
export function isBehindPill(item: Element): boolean {
  return S.behindPillClasses.some((c) => item.classList.contains(c));
}

const BODY_REGIONS = anyOf(S.bodyRegion);

/**
 * Header hooks are looked up outside the mail's own HTML: a body (or a collapsed snippet) that
 * imitates Gmail's sender markup must not change who sent it.
 */
function inHeader(item: Element) {
  // The header comes before the mail's own HTML (and before a collapsed message's snippet): a hook counts
  // only when it precedes the first body region in document order. One native query per message.
  const firstRegion = item.querySelector(BODY_REGIONS);
  if (!firstRegion) return () => true;
  return (el: Element) => (el.compareDocumentPosition(firstRegion) & 4) !== 0 && !firstRegion.contains(el);
}

function readMessage(item: Element, threadKey: string, index: number): MailMessage | null {
  const header = inHeader(item);
  const senderEl = firstWhere(item, S.sender, header);
  if (!senderEl && !item.querySelector(S.messageIdHolder)) return null; // a spacer, not a message
  const sender = senderEl ? personFrom(senderEl) : person('', '');
  const recipients = uniquePeople(allWhere(item, S.recipients, header).filter((el) => el !== senderEl).map(personFrom));
  const dateEl = firstWhere(item, S.date, header);
  const date = parseSiteDate(dateEl?.getAttribute('title')) ?? parseSiteDate(dateEl?.getAttribute('alt')) ?? parseSiteDate(text(dateEl));
  // Inside a shown message, only attributes, inline style and computed visibility decide (no geometry).
  const bodyEl = isCollapsed(item) ? null : firstWhere(item, S.body, (b) => isShown(b, { within: item, layout: false }));
  const id = messageId(item, threadKey, index);
  return toMailMessage({ id, sender, recipients, date }, bodyEl, RULES);
}

/** Top-level message items (a list item nested in another, e.g. an attachment list, is not a message). */
export function messageItems(scope: ParentNode): Element[] {
  for (const selector of S.messageItem) {
    const hits = Array.from(scope.querySelectorAll(selector));
    if (hits.length === 0) continue;
    return hits.filter((el) => !el.parentElement?.closest(selector));
  }
  return [];
}

/** The shown main pane (Gmail renders one; a hidden leftover never wins). */
export function gmailMain(doc: Document): Element | null {
  const mains = Array.from(doc.querySelectorAll(S.main.join(', ')));
  return mains.length <= 1 ? (mains[0] ?? null) : (pickShown(mains, doc) ?? mains[0] ?? null);
}

/**
 * The open thread's subject and the element holding its messages. Several thread views may be in
 * the page (one kept hidden under the list, a preview pane beside it): the shown one wins.
 */
function openThread(scope: ParentNode, doc: Document): { subjectEl: Element | null; threadEl: ParentNode } {
  const subjects = all(scope, S.subject);
  const subjectEl = subjects.length <= 1 ? (subjects[0] && isShown(subjects[0]) ? subjects[0] : null) : pickShown(subjects, doc);
  if (!subjectEl) return { subjectEl: null, threadEl: scope };
  // The nearest ancestor of the subject that holds the messages (a few levels up in every layout).
  let el: Element | null = subjectEl.parentElement;
  for (let i = 0; el && i < 12; i++, el = el.parentElement) {
    if (S.messageItem.some((sel) => el!.querySelector(sel))) return { subjectEl, threadEl: el };
    if (el === scope) break;
  }
  return { subjectEl, threadEl: scope };
}

/** "gmail.thread", or "gmail.split" (-vertical / -horizontal where layout tells) when the list is shown beside it. */
function threadViewName(doc: Document, scope: ParentNode, subjectEl: Element | null): string {
  // Rows are shown or hidden together: the first row of each list (the hidden inbox under a thread, the split list) decides.
  const rows = all(scope, S.listRow);
  const row = rows.length === 0 ? null : [rows[0]!, ...rows.filter((r, i) => i > 0 && r.parentElement !== rows[i - 1]!.parentElement)].find((r) => isShown(r)) ?? null;
  if (!row) return 'gmail.thread';
  if (!subjectEl || !hasLayout(doc)) return 'gmail.split';
  const list = row.getBoundingClientRect();
  const thread = subjectEl.getBoundingClientRect();
  return thread.left >= list.right - 1 ? 'gmail.split-vertical' : thread.top >= list.bottom - 1 ? 'gmail.split-horizontal' : 'gmail.split';
}

export function readGmail(doc: Document, loc: Pick<Location, 'hash' | 'href'>, report: Reporter): SiteView {
  const route = parseGmailHash(loc.hash);
  const mainEl = gmailMain(doc);
  const scope: ParentNode = mainEl ?? doc;
  // Gmail keeps the inbox list in the DOM (hidden) under an open thread, and may keep a thread
  // under the list: the URL decides which of the two is showing.
  if (route.kind === 'list' && first(scope, S.listRow)) return { kind: 'list', viewName: 'gmail.list' };

  const { subjectEl, threadEl } = openThread(scope, doc);
  // Items hidden from the reader (a thread kept under the list, messages behind the pill) are not read.
  const rendered = messageItems(threadEl);
  const within = (threadEl as Node).nodeType === 1 ? (threadEl as Element) : null;
  const items = rendered.filter((item) => !isBehindPill(item) && isShown(item, { within, layout: false }));
  const olderHidden = rendered.filter(isBehindPill).length;
  const viewName = route.kind === 'thread' ? threadViewName(doc, scope, subjectEl) : 'gmail.other';
  if (!subjectEl && items.length === 0) {
    if (route.kind === 'list') return { kind: 'list', viewName: 'gmail.list' };
    if (route.kind === 'thread') {
      report('gmail.thread', mainEl ?? doc.body, route.token);
      return { kind: 'unsupported', reason: 'gmail: this thread view is not one we can read', viewName };
    }
    return { kind: 'unsupported', reason: 'gmail: not a mail view', viewName: 'gmail.other' };
  }

  const id = threadId(doc, subjectEl, route.kind === 'thread' ? route.token : null);
  if (!id) {
    report('gmail.thread.id', mainEl ?? doc.body, loc.hash);
    return { kind: 'unsupported', reason: 'gmail: thread id not found' };
  }
  const messages: MailMessage[] = [];
  items.forEach((item, i) => {
    const m = readMessage(item, id, i);
    if (m) messages.push(m);
  });
  if (messages.length === 0) report('gmail.thread.messages', mainEl ?? doc.body, id);
  else if (messages.every((m) => !m.sender.email)) report('gmail.message.sender', items[0] ?? null, id);

  const thread: Thread = {
    id,
    subject: text(subjectEl).slice(0, 2000),
    participants: uniquePeople(messages.flatMap((m) => [m.sender, ...m.recipients])),
    messages,
    idKind: 'conversation',
  };
  if (olderHidden > 0) thread.olderHidden = olderHidden;
  return { kind: 'thread', thread, viewName };
}

export function gmailCurrentUser(doc: Document): Person | null {
  // "Inbox (3) - me@example.com - Gmail" / "受信トレイ - me@example.com - Gmail": the address is the
  // second-to-last part in every locale.
  const title = doc.title ?? '';
  const parts = title.split(' - ');
  const fromTitle = parts.length >= 3 ? findEmail(parts[parts.length - 2]) : null;
  const link = first(doc, S.account);
  const label = link?.getAttribute('aria-label') ?? '';
  const email = fromTitle ?? findEmail(label) ?? findEmail(title);
  if (!email) return null;
  // aria-label: "Google Account: Ken Sato (ken@example.com)" / "Google アカウント: 佐藤 健 (ken@example.com)"
  const m = /[:：]\s*([^(（]+?)\s*[(（]/.exec(label);
  return person(m?.[1] ?? nameWithoutEmail('', email), email);
}
