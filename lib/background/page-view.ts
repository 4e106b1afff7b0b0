// A content script's report of its page becomes, in one step: the analysis of the thread's own text,
// the log written, the tab's sidebar view updated, and the ranges to highlight sent back.
import type { MessageAnalysis } from '../analysis/types';
import type { AfterfollowDb } from '../db/database';
import { ingestThread } from '../db/ingest-thread';
import { resolveUser } from '../db/known-user';
import { joinPopoutThreads, knownConversation } from '../db/popout-conversation';
import { candidateKey, threadKey } from '../db/keys';
import type { CorrectionsCache } from './corrections-cache';
import type { ParsedRequestOf, ResponseOf, TabView, ThreadState } from '../messages/protocol';
import { classifyThread, parseForward } from '../people/organisation';
import type { ThreadData } from '../sites/types';
import { readThread } from '../thread-reading';
import { followThread, showComposeWindow } from './compose-windows';
import type { TabEntry, TabViews } from './tab-views';

type PageViewRequest = ParsedRequestOf<'page.view'>;

/** Analyses of recently read messages, so re-reading a thread after a DOM change costs nothing. */
export class AnalysisCache extends Map<string, MessageAnalysis> {
  constructor(private readonly limit = 2000) {
    super();
  }
  override set(key: string, value: MessageAnalysis): this {
    if (this.size >= this.limit) this.clear();
    return super.set(key, value);
  }
}

export async function handlePageView(
  db: AfterfollowDb,
  tabs: TabViews,
  tabId: number,
  req: PageViewRequest,
  cache: AnalysisCache,
  now: number,
  corrections?: CorrectionsCache,
  /** Threads a pop-out had logged on its own that joined the conversation now read (their tabs should read again). */
  onJoined?: (threadKeys: string[]) => void,
): Promise<ResponseOf<'page.view'>> {
  if (req.view.kind === 'compose') {
    return { status: showComposeWindow(tabs, tabId, req.site, req.view.recipients.map((p) => p.email)), highlights: [] };
  }
  if (req.view.kind !== 'thread') {
    const view: TabView =
      req.view.kind === 'list' ? { kind: 'list', site: req.site } : { kind: 'unsupported', site: req.site, reason: req.view.reason, viewName: req.view.viewName ?? '' };
    tabs.set(tabId, { view, request: null, decline: null, highlights: [] });
    return { status: 'none', highlights: [] };
  }
  // A pop-out read window shows no mailbox address: the one seen in the main window stands in.
  const user = await resolveUser(db, req.site, req.user);
  // A pop-out or deeplink names one item: the conversation it belongs to, when the main window logged it,
  // is where it is logged (once); highlights go back to the page under the page's own message ids.
  let seen = req.view.thread;
  let pageIds: Map<string, string> | null = null;
  let url = req.url;
  if (seen.idKind === 'message') {
    const known = await knownConversation(db, req.site, seen.messages, user?.email ?? null);
    if (known && known.threadId !== seen.id) {
      pageIds = new Map([...known.messageIds].map(([page, stored]) => [stored, page]));
      seen = { ...seen, id: known.threadId, idKind: 'conversation', messages: seen.messages.map((m) => ({ ...m, id: known.messageIds.get(m.id) ?? m.id })) };
      // The conversation keeps the main window's address (the way back to it), not the pop-out's.
      url = '';
    }
  } else if (req.site === 'outlook') {
    // A pop-out read window opened first logged the same mail under its item id: it joins this conversation now.
    const joined = await joinPopoutThreads(db, req.site, seen.id, seen.subject, seen.messages, user?.email ?? null);
    if (joined.length) onJoined?.(joined);
  }
  const toPage = (spans: { messageId: string; start: number; end: number }[]) => (pageIds ? spans.map((h) => ({ ...h, messageId: pageIds!.get(h.messageId) ?? h.messageId })) : spans);
  // What the log already knows decides before one message's wording: a known candidate's thread is never
  // gated by its candidate score.
  const emails = [...new Set(seen.messages.map((m) => m.sender.email.trim().toLowerCase()).filter(Boolean))];
  const [stored, known, compiled] = await Promise.all([
    db.threads.get(threadKey(req.site, seen.id)),
    db.candidates.bulkGet(emails.map(candidateKey)),
    corrections?.current(),
  ]);
  // Mail within the user's own organisation is a colleague's: nothing is logged, unless the user decided.
  // A colleague's forward of outside mail says so and can be treated as the original sender's thread:
  // then the forwarded original is what is read and logged.
  const origin = classifyThread(seen, user);
  const decided = stored?.mark === 'manual';
  let thread: ThreadData = seen;
  let forwardedFrom: { name: string; email: string } | null = null;
  if (origin.kind === 'internal-forward') {
    const m = seen.messages[origin.messageIndex]!;
    const header = m.forward?.start ?? parseForward(m.text, seen.subject)?.start ?? 0;
    // The original's own words start after the forward header block (its first blank line).
    const blank = m.text.indexOf('\n\n', header);
    const start = blank >= 0 ? blank + 2 : header;
    forwardedFrom = { name: origin.original.name ?? '', email: origin.original.email ?? '' };
    thread = { ...seen, messages: [{ id: `${m.id}:forwarded`, sender: forwardedFrom, recipients: [], date: m.date, expanded: true, text: m.text.slice(start), segments: [] }] };
  }
  const reading = readThread(req.site, thread, user, cache, url, {
    knownCandidates: new Set(known.filter((c) => !!c).map((c) => c!.email.trim().toLowerCase())),
    candidateThread: !!stored && stored.mark !== 'unmarked' && (!!stored.candidateId || stored.mark === 'manual'),
    corrections: compiled?.index ?? null,
    correctionsVersion: compiled?.version ?? 0,
  });
  if (origin.kind !== 'external' && !decided) {
    const reason = origin.kind === 'internal' ? 'internal' : 'internal_forward';
    const entry = entryFor(reading.request, { status: 'not_candidate', reason, candidate: null, thread: null, items: [], events: [], interviews: [], due: [], suggestions: [] }, reading.decline, [], tabs.get(tabId), now);
    tabs.set(tabId, { ...entry, view: { ...entry.view, forwardedFrom } as TabView });
    followThread(tabs, tabId);
    return { status: 'not_candidate', highlights: [] };
  }
  const state = await ingestThread(db, reading.request, now);
  const previous = tabs.get(tabId);
  const entry = entryFor(reading.request, state, reading.decline, forwardedFrom ? [] : reading.highlights, previous, now);
  tabs.set(tabId, forwardedFrom ? { ...entry, view: { ...entry.view, forwardedFrom } as TabView } : entry);
  followThread(tabs, tabId);
  return { status: state.status, highlights: state.status === 'candidate' ? toPage(entry.highlights) : [] };
}

/** The user marks or unmarks the tab's open thread: logged again with the mark. */
export async function markThread(db: AfterfollowDb, tabs: TabViews, tabId: number, mark: 'candidate' | 'not_candidate', now: number): Promise<TabView> {
  const entry = tabs.get(tabId);
  if (!entry?.request) throw new Error('no thread is open in this tab');
  const state = await ingestThread(db, { ...entry.request, markAs: mark }, now);
  const next = entryFor(entry.request, state, entry.decline, entry.highlights, entry, now);
  const forwardedFrom = entry.view.kind === 'thread' ? entry.view.forwardedFrom : null;
  const view = { ...next.view, forwardedFrom } as TabView;
  const before = entry.view.kind === 'thread' ? entry.view.threadKey : null;
  // Every tab showing this thread (the main window, a reply window mirroring it) shows the mark.
  for (const other of before ? tabs.showing(before) : []) {
    if (other === tabId) continue;
    const e = tabs.get(other)!;
    const openedAt = e.view.kind === 'thread' ? e.view.openedAt : (view as Extract<TabView, { kind: 'thread' }>).openedAt;
    tabs.set(other, { ...e, request: next.request, view: { ...view, openedAt } as TabView });
  }
  tabs.set(tabId, { ...next, view, ...(entry.compose ? { compose: entry.compose, highlights: [] } : {}) });
  return view;
}

function entryFor(
  request: TabEntry['request'] & object,
  state: ThreadState,
  decline: TabEntry['decline'],
  highlights: TabEntry['highlights'],
  previous: TabEntry | undefined,
  now: number,
): TabEntry {
  const key = threadKey(request.site, request.threadId);
  const sameThread = previous?.view.kind === 'thread' && previous.view.threadKey === key;
  const candidate = state.status === 'candidate';
  return {
    request,
    decline,
    highlights,
    view: {
      kind: 'thread',
      site: request.site,
      threadKey: key,
      status: state.status,
      reason: state.reason,
      candidateId: state.candidate?.id ?? null,
      language: request.language,
      decline: candidate ? decline : null,
      openedAt: sameThread && previous.view.kind === 'thread' ? previous.view.openedAt : now,
      forwardedFrom: null,
    },
  };
}
