// Keeps the sidebar in step with the mail client: reads the view on every change the adapter
// reports, analyses the thread, logs it through the background and paints decline highlights.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SidebarActions, SidebarView } from '../../components/sidebar/model';
import type { MessageAnalysis } from '../../lib/analysis/types';
import { send } from '../../lib/messages/client';
import type { ThreadState } from '../../lib/messages/protocol';
import { t } from '../../lib/i18n';
import { canInsert } from '../../lib/templates/render';
import { renderQuickReply } from '../../lib/templates/quick-replies';
import { clearHighlights, paintHighlights } from '../../lib/sites/highlight';
import type { SiteAdapter, Thread } from '../../lib/sites/types';
import { withPendingItems } from '../../lib/pending-items';
import { readThread, type ThreadReading } from '../../lib/thread-reading';
import { templateValues } from '../../lib/follow-up-context';
import type { Template } from '../../lib/templates/schema';
import { workMs } from '../../lib/work-timer';

type Snapshot = { kind: 'none' } | { kind: 'unsupported' } | { kind: 'thread'; thread: Thread; reading: ThreadReading; signature: string };

const signatureOf = (t: Thread) => t.id + '|' + t.messages.map((m) => `${m.id}:${m.expanded ? 'e' : 'c'}:${m.text.length}`).join(',');

export function useThreadSession(adapter: SiteAdapter | null, signal: AbortSignal) {
  const [snapshot, setSnapshot] = useState<Snapshot>({ kind: 'none' });
  const analysisCache = useRef(new Map<string, MessageAnalysis>());
  const lastSignature = useRef('');
  // When this thread was opened beside the sidebar (or last replied to): HR's workload is measured from it.
  const openedAt = useRef<{ thread: string; at: number } | null>(null);
  const queryClient = useQueryClient();

  const refresh = useCallback(() => {
    if (!adapter) return setSnapshot({ kind: 'unsupported' });
    const view = adapter.readView();
    if (view.kind !== 'thread') {
      lastSignature.current = view.kind;
      return setSnapshot(view.kind === 'list' ? { kind: 'none' } : { kind: 'unsupported' });
    }
    const signature = signatureOf(view.thread);
    if (signature === lastSignature.current) return;
    lastSignature.current = signature;
    if (openedAt.current?.thread !== view.thread.id) openedAt.current = { thread: view.thread.id, at: Date.now() };
    performance.mark('afterfollow:view-changed');
    const reading = readThread(adapter.site, view.thread, adapter.currentUser(), analysisCache.current, location.href);
    performance.mark('afterfollow:thread-read');
    if (analysisCache.current.size > 2000) analysisCache.current.clear();
    setSnapshot({ kind: 'thread', thread: view.thread, reading, signature });
  }, [adapter]);

  useEffect(() => {
    const ac = new AbortController();
    const stop = () => ac.abort();
    signal.addEventListener('abort', stop);
    refresh();
    adapter?.observe(refresh, ac.signal);
    return () => {
      signal.removeEventListener('abort', stop);
      ac.abort();
      clearHighlights();
    };
  }, [adapter, refresh, signal]);

  const reading = snapshot.kind === 'thread' ? snapshot.reading : null;
  const queryKey = useMemo(() => ['thread', snapshot.kind === 'thread' ? snapshot.signature : ''], [snapshot]);
  const query = useQuery({
    queryKey,
    queryFn: async () => {
      const state = await send('thread.open', reading!.request);
      performance.mark('afterfollow:logged');
      return state;
    },
    enabled: !!reading,
    // A newer read of the same thread (a message expanded, a reply arrived) keeps showing what was
    // logged for it until the new log answers; another thread never shows this one's data.
    placeholderData: (previous, previousQuery) =>
      previous && String(previousQuery?.queryKey[1] ?? '').split('|')[0] === String(queryKey[1]).split('|')[0] ? previous : undefined,
  });
  const state =
    query.data && query.isPlaceholderData && reading ? withPendingItems(query.data, reading.request.site, reading.request.messages, Date.now()) : query.data;
  // Settings and the team's templates change rarely: fetched once per tab, refreshed after edits.
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => send('settings.get', {}) }).data ?? null;

  // Highlights only for candidate threads, only the newest candidate mail's hint phrases.
  useEffect(() => {
    if (snapshot.kind !== 'thread' || state?.status !== 'candidate') return clearHighlights();
    const ranges = snapshot.reading.highlights
      .map((h) => snapshot.thread.messages.find((m) => m.id === h.messageId)?.bodyRange(h.start, h.end) ?? null)
      .filter((r): r is Range => r !== null);
    paintHighlights(document, ranges);
    performance.mark('afterfollow:items-shown');
  }, [snapshot, state]);

  const setState = (next: ThreadState) => queryClient.setQueryData(queryKey, next);
  const reload = () => queryClient.invalidateQueries({ queryKey });

  const actions: SidebarActions = {
    retry: () => void reload(),
    setMark: (mark) => {
      if (!reading) return;
      void send('thread.open', { ...reading.request, markAs: mark }).then(setState, () => reload());
    },
    updateCandidate: async (patch) => {
      if (!state?.candidate) return;
      await send('candidate.update', { id: state.candidate.id, patch });
      await reload();
    },
    updateItem: async (id, change) => {
      const candidateId = state?.items.find((i) => i.id === id)?.candidateId ?? state?.candidate?.id;
      if (!candidateId) return;
      await send('item.update', { id, candidateId, ...change });
      await reload();
    },
    addItem: async (item) => {
      if (!state?.candidate) return;
      await send('item.add', { ...item, candidateId: state.candidate.id, threadId: state.thread?.id ?? null });
      await reload();
    },
    proposeCall: () => insertQuickReply('decline_hint_call', 'call_proposed'),
    requestSurvey: () => insertQuickReply('post_decline_survey', 'survey_requested'),
    openDashboard: () => void send('ui.openDashboard', {}).catch(() => {}),
    addInterview: async (interview) => {
      if (!state?.candidate) return;
      await send('interview.add', { ...interview, candidateId: state.candidate.id });
      await reload();
    },
    markDone: async (due) => {
      await send('event.record', { candidateId: due.candidateId, threadId: state?.thread?.id ?? null, kind: 'follow_up_done', detail: { refId: `${due.kind}:${due.refId}` } });
      await reload();
    },
    insertTemplate: async (template: Template, text: string) => {
      if (!adapter || !state?.candidate) return { kind: 'failed' as const, reason: 'no thread' };
      const outcome = await adapter.insertText(text);
      if (outcome.kind !== 'failed') {
        await send('event.record', {
          candidateId: state.candidate.id,
          threadId: state.thread?.id ?? null,
          kind: 'follow_up_sent',
          detail: { templateId: template.id, moment: template.moment, insertedAs: outcome.kind, workMs: takeWorkMs(Date.now()) },
        });
        await reload();
      }
      return outcome;
    },
  };

  /** The work time of the reply being inserted; the next one in this thread is timed from now. */
  function takeWorkMs(now: number): number | null {
    const opened = openedAt.current;
    if (!opened) return null;
    openedAt.current = { thread: opened.thread, at: now };
    return workMs(opened.at, now);
  }

  async function insertQuickReply(moment: 'decline_hint_call' | 'post_decline_survey', kind: 'call_proposed' | 'survey_requested') {
    if (!adapter || !reading || !state?.candidate) return { kind: 'failed' as const, reason: 'no thread' };
    const reply = renderQuickReply(moment, reading.language, { candidate: state.candidate, settings: settings ?? (await send('settings.get', {})) });
    // Never send a hole like "{{surveyUrl}}": say what to fill in instead.
    if (!canInsert(reply)) return { kind: 'failed' as const, reason: t('insertMissing', [...reply.missing, ...reply.unknown].join(', ')) };
    const outcome = await adapter.insertText(reply.text);
    if (outcome.kind !== 'failed') {
      const decline = reading.decline;
      const now = Date.now();
      await send('event.record', {
        // One reaction per candidate mail: clicking twice does not count twice.
        id: `${kind}:${state.thread?.id}:${decline?.messageId ?? 'thread'}`,
        candidateId: state.candidate.id,
        threadId: state.thread?.id ?? null,
        kind,
        at: now,
        detail: {
          messageId: decline?.messageId ?? null,
          latencyMs: decline?.messageAt ? Math.max(0, now - decline.messageAt) : null,
          insertedAs: outcome.kind,
          workMs: takeWorkMs(now),
        },
      });
      await reload();
    }
    return outcome;
  }

  const view: SidebarView = (() => {
    if (snapshot.kind === 'unsupported') return { kind: 'unsupported' };
    if (snapshot.kind === 'none') return { kind: 'no-thread' };
    if (query.isError) return { kind: 'error', message: query.error instanceof Error ? query.error.message : String(query.error) };
    if (!state) return { kind: 'loading' };
    if (state.status !== 'candidate') return { kind: 'not-candidate', reason: state.reason };
    return {
      kind: 'candidate',
      state,
      decline: snapshot.reading.decline,
      language: snapshot.reading.language,
      suggestions: state.suggestions,
      templateValues: templateValues(state, settings, Date.now()),
    };
  })();

  return { view, actions, reading, state };
}
