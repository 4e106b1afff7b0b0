// The sidebar frame's state, pushed by the background after every change (its tab's view, the thread's
// log, the settings), and the actions, which go to the background as messages (it derives every key)
// or, for the compose, through it to the tab.
import { useEffect, useRef, useState } from 'react';
import { declineIsFinal, templateValues } from '../../lib/follow-up-context';
import { t } from '../../lib/platform/i18n';
import { send } from '../../lib/messages/client';
import type { SidebarState, TabView } from '../../lib/messages/protocol';
import { extensionVersion, formatLayoutReport } from './layout-report';
import { followSidebarState } from '../../lib/messages/sidebar-link';
import type { InsertOutcome } from '../../lib/sites/types';
import { canInsert } from '../../lib/templates/render';
import { renderQuickReply } from '../../lib/templates/quick-replies';
import type { Template } from '../../lib/templates/schema';
import { workMs } from '../../lib/work-timer';
import type { SidebarActions, SidebarView } from './model';

type ThreadView = Extract<TabView, { kind: 'thread' }>;

export function useSidebarState(): SidebarState | null {
  const [state, setState] = useState<SidebarState | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    followSidebarState(setState, ac.signal);
    return () => ac.abort();
  }, []);
  return state;
}

const WAITING: TabView = { kind: 'waiting' };

export function useSidebarSession(state: SidebarState | null, now: () => number = Date.now): { view: SidebarView; actions: SidebarActions } {
  const tab = state?.view ?? WAITING;
  const thread: ThreadView | null = tab.kind === 'thread' ? tab : null;
  const candidateThread = thread?.status === 'candidate' && thread.candidateId ? thread : null;
  // The log as of the last push; it always belongs to the tab's current view (one message carries both).
  const panel = candidateThread ? (state?.panel ?? null) : null;
  const settings = state?.settings ?? null;
  // HR's workload: a reply is timed from opening the thread, or from the previous insertion in it.
  const lastInsertion = useRef<{ key: string; at: number } | null>(null);

  const takeWorkMs = (at: number): number | null => {
    if (!thread) return null;
    const from = lastInsertion.current?.key === thread.threadKey ? lastInsertion.current.at : thread.openedAt;
    lastInsertion.current = { key: thread.threadKey, at };
    return workMs(from, at);
  };

  const candidate = panel?.candidate ?? null;
  const threadId = panel?.thread?.id ?? null;

  async function insertQuickReply(moment: 'decline_hint_call' | 'post_decline_survey', kind: 'call_proposed' | 'survey_requested'): Promise<InsertOutcome> {
    if (!candidateThread || !candidate) return { kind: 'failed', reason: t('statusNoThread') };
    if (!settings) return { kind: 'failed', reason: t('statusLoading') };
    const reply = renderQuickReply(moment, candidateThread.language, { candidate, settings });
    // Never send a hole like "{{surveyUrl}}": say what to fill in instead.
    if (!canInsert(reply)) return { kind: 'failed', reason: t('insertMissing', [...reply.missing, ...reply.unknown].join(', ')) };
    const outcome = await send('tab.insert', { text: reply.text });
    if (outcome.kind !== 'failed') {
      const decline = candidateThread.decline;
      const at = now();
      await send('event.record', {
        // One reaction per candidate mail: clicking twice does not count twice.
        id: `${kind}:${threadId}:${decline?.messageId ?? 'thread'}`,
        candidateId: candidate.id,
        threadId,
        kind,
        at,
        detail: {
          messageId: decline?.messageId ?? null,
          latencyMs: decline?.messageAt ? Math.max(0, at - decline.messageAt) : null,
          insertedAs: outcome.kind,
          workMs: takeWorkMs(at),
        },
      });
    }
    return outcome;
  }

  const actions: SidebarActions = {
    retry: () => void send('tab.layout', { action: 'reread' }).catch(() => {}),
    setMark: (mark) => void send('thread.mark', { mark }).catch(() => {}),
    updateCandidate: async (patch) => {
      if (candidate) await send('candidate.update', { id: candidate.id, patch });
    },
    updateItem: async (id, change) => {
      const candidateId = panel?.items.find((i) => i.id === id)?.candidateId ?? candidate?.id;
      if (candidateId) await send('item.update', { id, candidateId, ...change });
    },
    addItem: async (item) => {
      if (candidate) await send('item.add', { ...item, candidateId: candidate.id, threadId });
    },
    proposeCall: () => insertQuickReply('decline_hint_call', 'call_proposed'),
    requestSurvey: () => insertQuickReply('post_decline_survey', 'survey_requested'),
    dismissHint: () => {
      for (const phrase of candidateThread?.decline?.phrases ?? []) void send('correction.add', { action: 'dismiss', field: 'decline', text: phrase }).catch(() => {});
    },
    openDashboard: () => void send('ui.openDashboard', {}).catch(() => {}),
    layoutReport: async () => {
      const { report } = await send('tab.layoutReport', {});
      return report ? formatLayoutReport(report, extensionVersion()) : null;
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    addInterview: async (interview) => {
      if (candidate) await send('interview.add', { ...interview, candidateId: candidate.id });
    },
    saveInterviewNotes: async (id, notes) => {
      if (candidate) await send('interview.notes', { id, candidateId: candidate.id, notes });
    },
    markDone: async (due) => {
      await send('event.record', { candidateId: due.candidateId, threadId, kind: 'follow_up_done', detail: { refId: `${due.kind}:${due.refId}` } });
    },
    insertTemplate: async (template: Template, text: string) => {
      if (!candidate) return { kind: 'failed' as const, reason: t('statusNoThread') };
      const outcome = await send('tab.insert', { text });
      if (outcome.kind !== 'failed') {
        await send('event.record', {
          candidateId: candidate.id,
          threadId,
          kind: 'follow_up_sent',
          detail: { templateId: template.id, moment: template.moment, insertedAs: outcome.kind, workMs: takeWorkMs(now()) },
        });
      }
      return outcome;
    },
  };

  const view: SidebarView = (() => {
    switch (tab.kind) {
      case 'waiting':
        return { kind: 'loading' };
      case 'list':
        return { kind: 'no-thread', dueToday: state?.dueToday ?? 0 };
      case 'compose':
        return { kind: 'compose-window', dueToday: state?.dueToday ?? 0 };
      case 'unsupported':
        return { kind: 'unsupported', dueToday: state?.dueToday ?? 0, viewName: tab.viewName };
      case 'thread':
        if (tab.status !== 'candidate') return { kind: 'not-candidate', reason: tab.reason, forwardedFrom: tab.forwardedFrom ? tab.forwardedFrom.name || tab.forwardedFrom.email : null };
        if (!state) return { kind: 'loading' };
        // The candidate's log was deleted elsewhere (dashboard, options): offer to start it again.
        if (!panel) return { kind: 'not-candidate', reason: 'not_detected' };
        return {
          kind: 'candidate',
          state: panel,
          decline: tab.decline,
          declineFinal: declineIsFinal(panel, tab.decline?.level ?? 'none', tab.decline?.messageAt ?? null),
          language: tab.language,
          suggestions: panel.suggestions,
          templateValues: templateValues(panel, settings, now()),
        };
    }
  })();
  return { view, actions };
}
