// A content script's report of its page becomes, in one step: the analysis of the thread's own text,
// the log written, the tab's sidebar view updated, and the ranges to highlight sent back.
import type { MessageAnalysis } from '../analysis/types';
import type { AfterfollowDb } from '../db/database';
import { ingestThread } from '../db/ingest-thread';
import { resolveUser } from '../db/known-user';
import { candidateKey, threadKey } from '../db/keys';
import type { CorrectionsCache } from './corrections-cache';
import type { ParsedRequestOf, ResponseOf, TabView, ThreadState } from '../messages/protocol';
import { readThread } from '../thread-reading';
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
): Promise<ResponseOf<'page.view'>> {
  if (req.view.kind !== 'thread') {
    const view: TabView = req.view.kind === 'list' ? { kind: 'list', site: req.site } : { kind: 'unsupported', site: req.site, reason: req.view.reason };
    tabs.set(tabId, { view, request: null, decline: null, highlights: [] });
    return { status: 'none', highlights: [] };
  }
  // A pop-out read window shows no mailbox address: the one seen in the main window stands in.
  const user = await resolveUser(db, req.site, req.user);
  // What the log already knows decides before one message's wording: a known candidate's thread is never
  // gated by its candidate score.
  const emails = [...new Set(req.view.thread.messages.map((m) => m.sender.email.trim().toLowerCase()).filter(Boolean))];
  const [stored, known, compiled] = await Promise.all([
    db.threads.get(threadKey(req.site, req.view.thread.id)),
    db.candidates.bulkGet(emails.map(candidateKey)),
    corrections?.current(),
  ]);
  const reading = readThread(req.site, req.view.thread, user, cache, req.url, {
    knownCandidates: new Set(known.filter((c) => !!c).map((c) => c!.email.trim().toLowerCase())),
    candidateThread: !!stored && stored.mark !== 'unmarked' && (!!stored.candidateId || stored.mark === 'manual'),
    corrections: compiled?.index ?? null,
    correctionsVersion: compiled?.version ?? 0,
  });
  const state = await ingestThread(db, reading.request, now);
  const previous = tabs.get(tabId);
  const entry = entryFor(reading.request, state, reading.decline, reading.highlights, previous, now);
  tabs.set(tabId, entry);
  return { status: state.status, highlights: state.status === 'candidate' ? entry.highlights : [] };
}

/** The user marks or unmarks the tab's open thread: logged again with the mark. */
export async function markThread(db: AfterfollowDb, tabs: TabViews, tabId: number, mark: 'candidate' | 'not_candidate', now: number): Promise<TabView> {
  const entry = tabs.get(tabId);
  if (!entry?.request) throw new Error('no thread is open in this tab');
  const state = await ingestThread(db, { ...entry.request, markAs: mark }, now);
  const next = entryFor(entry.request, state, entry.decline, entry.highlights, entry, now);
  tabs.set(tabId, next);
  return next.view;
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
    },
  };
}
