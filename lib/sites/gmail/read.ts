// Reads Gmail's thread view into plain data. Collapsed messages are listed (sender, date) but their
// snippet is never read: only what the user has open counts as text.
import { findEmail, nameWithoutEmail, person, uniquePeople } from '../people';
import { parseSiteDate } from '../dates';
import type { Reporter } from '../diagnostics';
import { all, first } from '../selector-chain';
import type { BodyRules } from '../text/extract';
import { toMailMessage } from '../text/message';
import type { MailMessage, Person, SiteView, Thread } from '../types';
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
  return item.getAttribute('aria-expanded') === 'false' || item.classList.contains('kv') || item.classList.contains('kQ') || item.classList.contains('kx');
}

function readMessage(item: Element, threadKey: string, index: number): MailMessage | null {
  const senderEl = first(item, S.sender);
  if (!senderEl && !item.querySelector(S.messageIdHolder)) return null; // a spacer, not a message
  const sender = senderEl ? personFrom(senderEl) : person('', '');
  const recipients = uniquePeople(all(item, S.recipients).filter((el) => el !== senderEl).map(personFrom));
  const dateEl = first(item, S.date);
  const date = parseSiteDate(dateEl?.getAttribute('title')) ?? parseSiteDate(dateEl?.getAttribute('alt')) ?? parseSiteDate(text(dateEl));
  const bodyEl = isCollapsed(item) ? null : first(item, S.body);
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

export function readGmail(doc: Document, loc: Pick<Location, 'hash' | 'href'>, report: Reporter): SiteView {
  const route = parseGmailHash(loc.hash);
  const mainEl = first(doc, S.main);
  const scope: ParentNode = mainEl ?? doc;
  // Gmail keeps the inbox list in the DOM (hidden) under an open thread, and may keep a thread
  // under the list: the URL decides which of the two is showing.
  if (route.kind === 'list' && first(scope, S.listRow)) return { kind: 'list' };

  const subjectEl = first(scope, S.subject);
  const items = messageItems(scope);
  if (!subjectEl && items.length === 0) {
    if (route.kind === 'list') return { kind: 'list' };
    if (route.kind === 'thread') {
      report('gmail.thread', mainEl ?? doc.body, route.token);
      return { kind: 'unsupported', reason: 'gmail: this thread view is not one we can read' };
    }
    return { kind: 'unsupported', reason: 'gmail: not a mail view' };
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
  };
  return { kind: 'thread', thread };
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
