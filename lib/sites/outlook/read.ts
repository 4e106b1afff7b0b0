// Reads Outlook Web's reading pane (conversation or single message) into plain data. Outlook shows
// conversations newest first; messages are returned oldest first like Gmail's, so "the newest
// message" is always the last one for callers.
import { parseSiteDate } from '../dates';
import type { Reporter } from '../diagnostics';
import { findEmail, nameWithoutEmail, person, uniquePeople } from '../people';
import { all, anyOf, first, firstWhere } from '../selector-chain';
import type { BodyRules } from '../text/extract';
import { toMailMessage } from '../text/message';
import type { MailMessage, Person, SiteView, Thread } from '../types';
import { hasLayout, isShown, pickShown } from '../visibility';
import { fingerprint, isDeeplinkPath, isOutlookMailPath, outlookIdFromPath } from './ids';
import * as S from './selectors';

const RULES: BodyRules = { quote: S.quote, quoteFromHere: S.quoteFromHere, signature: S.signature, skip: S.bodySkip };
const PERSON_HINT = '[title*="@"], [aria-label*="@"]';
const BODY_ANY = anyOf(S.body);
// Every entry of S.composeEditor narrows S.composeEditorAny, which is itself the last entry: their union is
// that one compound selector, which Chromium matches far faster than the list (checked in tests/sites/units).
const EDITOR = S.composeEditorAny;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A person from an element showing "Name <a@b>", a name with the address in title/aria-label, or "From: a@b". */
export function personIn(el: Element): Person | null {
  const title = el.getAttribute('title');
  const label = el.getAttribute('aria-label');
  const shown = squash(el.textContent);
  let email = findEmail(title) ?? findEmail(label) ?? findEmail(shown);
  if (!email) {
    const inner = el.querySelector(PERSON_HINT);
    email = findEmail(inner?.getAttribute('title')) ?? findEmail(inner?.getAttribute('aria-label'));
  }
  if (!email && !shown) return null;
  let name = nameWithoutEmail(shown, email);
  // "From: Hanako" / "差出人: 山田 花子": drop a short localised prefix ending in a colon.
  name = name.replace(/^[^:：]{1,12}[:：]\s*/, '');
  if (!name && label) name = nameWithoutEmail(label.replace(/^[^:：]{1,12}[:：]\s*/, ''), email);
  return person(name, email);
}

function outside(el: Element, ...regions: (Element | null)[]) {
  return regions.every((r) => !r || !r.contains(el));
}

/**
 * Where the editors are, found once per read: asking `el.closest(EDITOR)` of every header candidate
 * walks to the document root each time. An element of the message is in an editor when the message
 * sits in one or one of the editors inside it holds the element (the same answer as `closest`).
 */
interface MessageScan {
  /** Editors inside the message (an inline reply). */
  editors: Element[];
  /** The message itself sits in an editor. */
  inEditor: boolean;
}

function scanMessage(root: Element, paneEditors?: readonly Element[], paneInEditor?: boolean): MessageScan {
  if (!paneEditors) {
    return { editors: Array.from(root.querySelectorAll(EDITOR)), inEditor: !!root.closest(EDITOR) };
  }
  const editors: Element[] = [];
  let inEditor = !!paneInEditor;
  for (const e of paneEditors) {
    if (e !== root && root.contains(e)) editors.push(e);
    else if (e.contains(root)) inEditor = true;
  }
  return { editors, inEditor };
}

/** `el.closest(EDITOR)` for an element of the scanned message, without walking to the document root. */
function inEditor(scan: MessageScan, el: Element): boolean {
  return scan.inEditor || scan.editors.some((e) => e === el || e.contains(el));
}

/** Header hooks are looked up outside the mail's own HTML (and outside any editor). */
const notIn = (scan: MessageScan, bodyEl: Element | null) => (el: Element) => (!bodyEl || !bodyEl.contains(el)) && (!el.parentElement || !inEditor(scan, el));

function parseDateIn(root: Element, bodyEl: Element | null, scan: MessageScan): string | null {
  const el = firstWhere(root, S.date, notIn(scan, bodyEl));
  if (el && outside(el, bodyEl)) {
    const d = parseSiteDate(el.getAttribute('datetime')) ?? parseSiteDate(el.getAttribute('title')) ?? parseSiteDate(squash(el.textContent));
    if (d) return d;
  }
  // Fallback: any header element whose tooltip is a timestamp.
  for (const t of Array.from(root.querySelectorAll('[title]'))) {
    if (!outside(t, bodyEl)) continue;
    const d = parseSiteDate(t.getAttribute('title'));
    if (d) return d;
  }
  return null;
}

/**
 * The first element in the header (document order, body and editor skipped) that names a person:
 * an address in title/aria-label, or "Name <address>" as text. The sender precedes the recipients.
 */
function firstPersonElement(root: Element, skip: (Element | null)[], scan: MessageScan): Element | null {
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = true;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (skip.includes(el) || scan.editors.includes(el)) descend = false;
      else if ((el.getAttribute('title') ?? '').includes('@') || (el.getAttribute('aria-label') ?? '').includes('@')) return el;
    } else if (node.nodeType === 3 && (node.nodeValue ?? '').includes('@') && findEmail(node.nodeValue)) {
      return node.parentElement;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === root) node = null;
    }
    node = node?.nextSibling ?? null;
  }
  return null;
}

/**
 * A name for an address shown on its own: live OWA (Mailvelope's captures, 2025–2026) splits the From line
 * into span[aria-label="From: Name"] > span.OZZZK "Name" and a sibling "<address>" span, so the element
 * holding the address has no name. The nearest small ancestor that shows both gives it; never one
 * that reaches the body, the recipients line or the editor.
 */
function nameNear(el: Element, email: string, root: Element, avoid: (Element | null)[], scan: MessageScan): string {
  let node = el.parentElement;
  for (let i = 0; i < 3 && node && node !== root; i++, node = node.parentElement) {
    const n = node;
    if (avoid.some((a) => a && n.contains(a)) || scan.editors.some((e) => e !== n && n.contains(e))) break;
    const shown = squash(n.textContent);
    if (shown.length > 200) break;
    const name = nameWithoutEmail(shown, email).replace(/^[^:：]{1,12}[:：]\s*/, '');
    if (name) return name;
  }
  return '';
}

function withName(p: Person, el: Element, root: Element, avoid: (Element | null)[], scan: MessageScan): Person {
  return p.email && !p.name ? person(nameNear(el, p.email, root, avoid, scan), p.email) : p;
}

function readSender(root: Element, bodyEl: Element | null, toLine: Element | null, scan: MessageScan): { person: Person; el: Element | null } {
  const el = firstWhere(root, S.sender, notIn(scan, bodyEl));
  if (el && outside(el, bodyEl)) {
    const p = personIn(el);
    if (p) return { person: withName(p, el, root, [bodyEl, toLine], scan), el };
  }
  // Skipping the recipients line: a sender shown without an address must not become a recipient.
  const hint = firstPersonElement(root, [bodyEl, toLine], scan);
  const p = hint ? personIn(hint) : null;
  if (hint && p?.email) return { person: withName(p, hint, root, [bodyEl, toLine], scan), el: hint };
  return { person: person('', ''), el: null };
}

/** The compose around a body editor: its draft or dialog, else the nearest ancestor holding a recipient well. */
export function composeOf(editor: Element): Element | null {
  const known = editor.closest(anyOf(S.composeContainer));
  if (known) return known;
  let el = editor.parentElement;
  for (let i = 0; el && i < 12; i++, el = el.parentElement) if (el.querySelector(S.recipientWell)) return el;
  return null;
}

/** Whom a compose is addressed to: the people in its recipient wells (never its body). */
export function composeRecipients(editor: Element): Person[] {
  const compose = composeOf(editor);
  if (!compose) return [];
  const found: Person[] = [];
  for (const well of Array.from(compose.querySelectorAll(S.recipientWell))) {
    if (editor.contains(well)) continue;
    for (const el of [well, ...Array.from(well.querySelectorAll(PERSON_HINT))]) {
      if (!findEmail(el.getAttribute('title')) && !findEmail(el.getAttribute('aria-label'))) continue;
      const p = personIn(el);
      if (p?.email) found.push(p);
    }
  }
  return uniquePeople(found).slice(0, 100);
}

/** The compose's subject field, or '' when it has none we know. */
export function composeSubjectOf(editor: Element): string {
  const compose = composeOf(editor) ?? editor.ownerDocument;
  const input = first<HTMLInputElement>(compose, S.composeSubject);
  return squash(input?.value ?? input?.getAttribute('value')).slice(0, 2000);
}

/** The date shown in a message's header (ISO), or null. */
export function messageDate(root: Element): string | null {
  return parseDateIn(root, first(root, S.body), scanMessage(root));
}

function readRecipients(line: Element | null, root: Element, bodyEl: Element | null, senderEl: Element | null, scan: MessageScan): Person[] {
  const scope = line ?? root;
  const found: Person[] = [];
  const hints = Array.from(scope.querySelectorAll(PERSON_HINT));
  if (scope === line && hints.length === 0) {
    // A plain "To: a@b; c@d" line.
    for (const m of squash(line.textContent).matchAll(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) found.push(person('', m[0]));
  }
  for (const h of hints) {
    if (!outside(h, bodyEl, senderEl) || (senderEl && h.contains(senderEl)) || inEditor(scan, h)) continue;
    const p = personIn(h);
    if (p?.email) found.push(p);
  }
  return uniquePeople(found);
}

/** Message wrappers in the conversation, in document order, one body at most each; hidden ones left out. */
export function messageRoots(container: Element): Element[] {
  // Inside the shown pane, attributes, inline style and computed visibility decide (no geometry: a
  // message scrolled out of the pane is still the conversation's).
  return allMessageRoots(container).filter((el) => isShown(el, { within: container, layout: false }));
}

function allMessageRoots(container: Element): Element[] {
  const found = all(container, S.body);
  const bodies = found.filter((b) => !b.closest(EDITOR));
  const inContainer = (el: Element | null | undefined) => !!el && el !== container && container.contains(el);
  // How many bodies each element of the pane holds (itself included), from one climb per body instead of
  // `el.contains(b)` for every pair; and which elements hold any body element at all.
  const bodyCounts = new Map<Element, number>();
  for (const b of bodies) for (let a: Element | null = b; a && a !== container; a = a.parentElement) bodyCounts.set(a, (bodyCounts.get(a) ?? 0) + 1);
  const holdsFound = new Set<Element>();
  for (const b of found) for (let a = b.parentElement; a && a !== container && !holdsFound.has(a); a = a.parentElement) holdsFound.add(a);
  let candidates: Element[] = [];
  for (const selector of S.messageItem) {
    const hits = Array.from(container.querySelectorAll(selector)).filter((el) => {
      const outer = el.parentElement?.closest(selector);
      if (inContainer(outer)) return false; // nested toggles (quoted history, attachments)
      const hasBody = holdsFound.has(el) || !!el.querySelector(BODY_ANY);
      // A draft or inline reply (an editor, no rendered body) is not a message to read.
      if (!hasBody && el.querySelector(EDITOR)) return false;
      return hasBody || !!(el.querySelector(anyOf(S.sender)) || el.querySelector(PERSON_HINT));
    });
    if (hits.length) {
      candidates = hits;
      break;
    }
  }
  // A wrapper around several bodies is a conversation-level toggle, not a message.
  const bodyCount = (el: Element) => bodyCounts.get(el) ?? 0;
  let roots = candidates.filter((c) => bodyCount(c) <= 1);
  // (A draft or a pop-out compose is no message: an editor and no rendered body.)
  if (roots.length === 0 && bodies.length === 0) roots = all(container, S.messageItemFallback).filter((el) => !el.querySelector(EDITOR));
  // Every body belongs to some message: climb from an uncovered body to the largest ancestor
  // that holds no other body.
  const rootSet = new Set(roots);
  const covered = (b: Element) => {
    for (let a: Element | null = b; a && a !== container; a = a.parentElement) if (rootSet.has(a)) return true;
    return false;
  };
  for (const b of bodies) {
    if (covered(b)) continue;
    let el: Element = b;
    while (el.parentElement && el.parentElement !== container && bodyCount(el.parentElement) === 1) el = el.parentElement;
    roots.push(el);
    rootSet.add(el);
  }
  return roots.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

function readMessage(root: Element, convId: string, used: Set<string>, paneEditors: readonly Element[], paneInEditor: boolean): MailMessage {
  const scan = scanMessage(root, paneEditors, paneInEditor);
  const bodyCandidate = first(root, S.body);
  const bodyEl = bodyCandidate && !inEditor(scan, bodyCandidate) ? bodyCandidate : null;
  const toLine = firstWhere(root, S.recipients, notIn(scan, bodyEl));
  const { person: sender, el: senderEl } = readSender(root, bodyEl, toLine, scan);
  const recipients = readRecipients(toLine, root, bodyEl, senderEl, scan).filter((p) => p.email !== sender.email);
  const date = parseDateIn(root, bodyEl, scan);
  let id = `${convId}:${fingerprint(`${sender.email}|${date ?? squash(first(root, S.date)?.textContent)}`)}`;
  for (let n = 2; used.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
  used.add(id);
  const expanded = !!bodyEl && root.getAttribute('aria-expanded') !== 'false';
  return toMailMessage({ id, sender, recipients, date }, expanded ? bodyEl : null, RULES);
}

/** The subject element of the shown pane: inside it or in its header a few levels up, never a cached pane's. */
function subjectElement(container: Element): Element | null {
  // Strong hooks (CONV_…_SUBJECT) anywhere near the pane beat the generic heading inside it.
  const scopes: Element[] = [];
  for (let el: Element | null = container; el && scopes.length < 4; el = el.parentElement) scopes.push(el);
  for (const selector of S.subject) {
    for (let i = 0; i < scopes.length; i++) {
      const scope = scopes[i]!;
      // Everything inside the previous scope was looked at (and turned down) already.
      for (const el of hitsOutside(scope, i > 0 ? scopes[i - 1]! : null, selector)) {
        // A subject inside another (cached) pane under a shared ancestor is not this pane's.
        if (scope !== container && !container.contains(el) && otherPaneHolds(el, container)) continue;
        if (!el.closest(EDITOR) && isShown(el)) return el;
      }
    }
  }
  return null;
}

/** scope.querySelectorAll(selector) in document order, less the descendants of `inner` (a child of scope). */
function hitsOutside(scope: Element, inner: Element | null, selector: string): Element[] {
  if (!inner) return Array.from(scope.querySelectorAll(selector));
  const out: Element[] = [];
  for (let c = scope.firstElementChild; c; c = c.nextElementSibling) {
    if (c.matches(selector)) out.push(c);
    if (c !== inner) for (const h of Array.from(c.querySelectorAll(selector))) out.push(h);
  }
  return out;
}

function otherPaneHolds(el: Element, container: Element): boolean {
  const pane = el.closest(anyOf(S.conversation));
  return !!pane && pane !== container && !pane.contains(container);
}

function subjectOf(container: Element): string {
  const el = subjectElement(container);
  return squash(el?.getAttribute('title') || el?.textContent);
}

function conversationId(doc: Document, loc: Pick<Location, 'pathname' | 'search'>, container: Element): string | null {
  const fromUrl = outlookIdFromPath(loc.pathname, loc.search);
  if (fromUrl) return fromUrl;
  // The pane's own id before the list's selection: a pane brought back from the cache may show before the
  // selection moves, and its id is the one that matches what is read.
  const own = container.closest('[data-convid]')?.getAttribute('data-convid') ?? container.querySelector('[data-convid]')?.getAttribute('data-convid');
  if (own) return own;
  const selected = first(doc, S.selectedConversation)?.getAttribute('data-convid');
  if (selected) return selected;
  const subjectId = subjectElement(container)?.id;
  const m = subjectId ? /^CONV_(.+)_SUBJECT$/.exec(subjectId) : null;
  return m?.[1] ?? null;
}

/**
 * The conversation or item pane the reader sees. Current Outlook keeps recently opened
 * conversations in the page as hidden reading panes: every candidate of a selector is looked at,
 * hidden ones are dropped, and the first selector with a shown pane wins.
 */
export function findConversation(doc: Document): Element | null {
  for (const selector of S.conversation) {
    const hits = Array.from(doc.querySelectorAll(selector));
    if (hits.length === 0) continue;
    const shown = pickShown(hits, doc);
    if (shown) return shown;
  }
  return null;
}

/** Body editors the user can type in (inline reply in the shown pane, pop-out compose); never a recipient well. */
export function composeEditors(doc: Document): HTMLElement[] {
  return all<HTMLElement>(doc, S.composeEditor).filter((el) => !el.closest(S.recipientWell) && el.getAttribute('aria-multiline') !== 'false' && isShown(el, { layout: false }));
}

/** A window Outlook rendered a mail or a compose into (what a projected pop-out shows once Outlook filled it). */
export function isOutlookWindow(doc: Document): boolean {
  return !!first(doc, S.conversation) || composeEditors(doc).length > 0;
}

/** An about:blank window Outlook opened and renders from its main window (a projected pop-out). */
const projected = (loc: Pick<Location, 'href'>) => /^about:blank(?:[?#]|$)/.test(loc.href);

/** Which Outlook layout this is; geometry decides right/bottom where a layout engine exists. */
function outlookViewName(doc: Document, loc: Pick<Location, 'pathname' | 'search' | 'href'>, container: Element | null, hasMessages: boolean): string {
  // ispopout=1: Graph's webLink convention (2018–2026); popoutv2=1: what OWA itself appends to a window it pops
  // out (owa-popout-v2 getDeeplinkUrl, public OWA sources; captured e.g. /mail/deeplink/read/…?popoutv2=1&version=20230804005.07).
  const popout = projected(loc) || /[?&](?:ispopout|popoutv2)=1\b/i.test(loc.search) || /\/popout(?:v2)?\b/i.test(loc.pathname);
  const composeOnly = !hasMessages && !first(doc, S.mailList) && (container ? !!container.querySelector(EDITOR) : popout && composeEditors(doc).length > 0);
  if (/\/(?:deeplink\/)?compose\b/i.test(loc.pathname) || composeOnly) return 'outlook.compose-popout';
  if (isDeeplinkPath(loc.pathname)) return popout ? 'outlook.popout-read' : 'outlook.deeplink-read';
  if (popout) return 'outlook.popout-read';
  const list = firstWhere(doc, S.mailList, (l) => isShown(l));
  if (!list) return container ? (first(doc, S.folderPane) ? 'outlook.reading-pane-off' : 'outlook.popout-read') : 'outlook.other';
  if (!container) return 'outlook.list';
  if (!hasLayout(doc)) return 'outlook.reading-pane';
  const l = list.getBoundingClientRect();
  const c = container.getBoundingClientRect();
  if (c.left >= l.right - 1) return 'outlook.reading-pane-right';
  if (c.top >= l.bottom - 1) return 'outlook.reading-pane-bottom';
  return 'outlook.reading-pane';
}

export function readOutlook(doc: Document, loc: Pick<Location, 'pathname' | 'href' | 'search'>, report: Reporter): SiteView {
  if (!isOutlookMailPath(loc.pathname) && !projected(loc)) return { kind: 'unsupported', reason: 'outlook: not the mail module', viewName: 'outlook.other' };
  const urlId = outlookIdFromPath(loc.pathname, loc.search);
  const container = findConversation(doc);
  const roots = container ? messageRoots(container) : [];
  const viewName = outlookViewName(doc, loc, container, roots.length > 0);
  if (!container || roots.length === 0) {
    if (viewName === 'outlook.compose-popout') {
      // A reply popped out into its own window: nothing to read, only whom it answers.
      const editor = composeEditors(doc)[0];
      return editor
        ? { kind: 'compose', recipients: composeRecipients(editor), subject: composeSubjectOf(editor), viewName }
        : { kind: 'unsupported', reason: 'outlook: a compose window without its editor', viewName };
    }
    if (urlId) {
      report('outlook.conversation', container ?? first(doc, S.observeRoots) ?? doc.body, urlId);
      return { kind: 'unsupported', reason: 'outlook: this reading pane is not one we can read', viewName };
    }
    // An empty reading pane beside the list (or no pane): the list view, whatever the pane layout.
    return { kind: 'list', viewName: 'outlook.list' };
  }
  const subject = subjectOf(container);
  const paneId = conversationId(doc, loc, container);
  let id = paneId;
  if (!id) {
    report('outlook.conversation.id', container, loc.pathname);
    if (!subject) return { kind: 'unsupported', reason: 'outlook: conversation id not found', viewName };
    id = `subject:${fingerprint(subject)}`;
  }
  const used = new Set<string>();
  const paneEditors = Array.from(container.querySelectorAll(EDITOR));
  const paneInEditor = !!container.closest(EDITOR);
  let messages = roots.map((r) => readMessage(r, id!, used, paneEditors, paneInEditor));
  const dated = messages.filter((m) => m.date);
  if (dated.length >= 2 && dated[0]!.date! > dated[dated.length - 1]!.date!) messages = messages.reverse();
  if (messages.every((m) => !m.sender.email)) report('outlook.message.sender', roots[0] ?? container, id);
  if (!subject) report('outlook.subject', container, id);

  const thread: Thread = {
    id,
    subject: subject.slice(0, 2000),
    participants: uniquePeople(messages.flatMap((m) => [m.sender, ...m.recipients])),
    messages,
    // A deeplink or pop-out names one item, not the conversation the main window reports; a projected pop-out
    // without a conversation id in its pane is known by its subject only, which is no conversation either.
    idKind: isDeeplinkPath(loc.pathname) || (projected(loc) && !paneId) ? 'message' : 'conversation',
  };
  return { kind: 'thread', thread, viewName };
}

/**
 * Account data a page without account chrome may still carry: the login hint of the URL (Microsoft's
 * sign-in and deeplink URLs take login_hint / upn) and the mailbox of a shared-mailbox path
 * ("/mail/<address>/…").
 */
function accountFromUrl(loc: Pick<Location, 'pathname' | 'search'> | undefined): string | null {
  if (!loc) return null;
  const q = /[?&](?:login_hint|upn|username)=([^&#]+)/i.exec(loc.search);
  if (q) {
    try {
      const email = findEmail(decodeURIComponent(q[1]!));
      if (email) return email;
    } catch {
      // a malformed hint is no hint
    }
  }
  const shared = /^\/mail\/([^/]+@[^/]+)\//.exec(loc.pathname);
  return shared ? findEmail(shared[1]!.replace(/%40/gi, '@')) : null;
}

export function outlookCurrentUser(doc: Document, loc?: Pick<Location, 'pathname' | 'search'>): Person | null {
  const root = first(doc, S.mailboxRoot);
  const fromRoot = findEmail(root?.getAttribute('data-folder-name')) ?? findEmail(root?.getAttribute('title'));
  const secondary = findEmail(first(doc, S.accountSecondary)?.textContent);
  const button = first(doc, S.accountButton);
  const email = fromRoot ?? secondary ?? findEmail(button?.getAttribute('aria-label')) ?? accountFromUrl(loc);
  if (!email) return null;
  const name = squash(first(doc, S.accountPrimary)?.textContent);
  return person(name, email);
}
