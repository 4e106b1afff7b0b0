import { useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../../lib/platform/i18n';
import type { InsertOutcome } from '../../lib/sites/types';
import { AddItemForm } from './AddItemForm';
import { CandidateCard } from './CandidateCard';
import { DeclineAlert } from './DeclineAlert';
import { DueList } from './DueList';
import { InterviewPanel } from './InterviewPanel';
import { ItemList } from './ItemList';
import { Suggestions } from './Suggestions';
import type { SidebarActions, SidebarView } from './model';

export function Sidebar({ view, actions, extra, report }: { view: SidebarView; actions: SidebarActions; extra?: ReactNode; report?: LayoutReportCopy }) {
  switch (view.kind) {
    case 'loading':
      return <Status>{t('statusLoading')}</Status>;
    case 'unsupported':
      return report ? <UnsupportedView view={view} actions={actions} report={report} /> : <OwnReportCopy view={view} actions={actions} />;
    case 'no-thread':
    case 'compose-window':
      // Outside a thread: what is due today and the way to the dashboard, nothing more.
      return (
        <div className="grid gap-2">
          <Status>{view.kind === 'compose-window' ? t('statusComposeWindow') : t('statusNoThread')}</Status>
          {view.dueToday > 0 && <p className="m-0 font-semibold">{t('statusDueToday', view.dueToday)}</p>}
          <button type="button" className="af-btn-secondary justify-self-start" onClick={actions.openDashboard}>
            {t('openDashboard')}
          </button>
        </div>
      );
    case 'error':
      return (
        <div role="alert" className="grid gap-2">
          <p className="m-0 text-red-700">{t('statusError', view.message)}</p>
          <button type="button" className="af-btn-secondary justify-self-start" onClick={actions.retry}>
            {t('retry')}
          </button>
        </div>
      );
    case 'not-candidate': {
      const status =
        view.reason === 'unmarked'
          ? t('statusUnmarked')
          : view.reason === 'internal'
            ? t('statusInternal')
            : view.reason === 'internal_forward'
              ? t('statusInternalForward', view.forwardedFrom ?? '')
              : t('statusNotCandidate');
      return (
        <div className="grid gap-2">
          <Status>{status}</Status>
          <button type="button" className="af-btn-secondary justify-self-start" onClick={() => actions.setMark('candidate')}>
            {view.reason === 'internal_forward' && view.forwardedFrom ? t('treatAsForwarded', view.forwardedFrom) : t('markAsCandidate')}
          </button>
        </div>
      );
    }
    case 'candidate':
      return <CandidateView view={view} actions={actions} extra={extra} />;
  }
}

export type ReportOutcome = { kind: 'copied' } | { kind: 'manual'; text: string } | { kind: 'failed' } | null;

/** "Copy page-layout report": its state, shared by the rail and the open sidebar (it survives expanding). */
export interface LayoutReportCopy {
  outcome: ReportOutcome;
  busy: boolean;
  copy(): Promise<ReportOutcome>;
}

/**
 * Copies the censored page-layout report. Copying may be refused in this frame (the mail page's
 * permissions policy): then the outcome holds the report, for a read-only box to copy by hand.
 */
export function useLayoutReportCopy(actions: SidebarActions, page = ''): LayoutReportCopy {
  const [outcome, setOutcome] = useState<ReportOutcome>(null);
  const [busy, setBusy] = useState(false);
  // Another page (view) starts afresh: "copied" was said of the previous one.
  useEffect(() => setOutcome(null), [page]);
  const copy = async (): Promise<ReportOutcome> => {
    setBusy(true);
    try {
      const text = await actions.layoutReport().catch(() => null);
      let next: ReportOutcome = { kind: 'failed' };
      if (text !== null) {
        try {
          await actions.copyText(text);
          next = { kind: 'copied' };
        } catch {
          next = { kind: 'manual', text };
        }
      }
      setOutcome(next);
      return next;
    } finally {
      setBusy(false);
    }
  };
  return { outcome, busy, copy };
}

function OwnReportCopy({ view, actions }: { view: Extract<SidebarView, { kind: 'unsupported' }>; actions: SidebarActions }) {
  return <UnsupportedView view={view} actions={actions} report={useLayoutReportCopy(actions)} />;
}

/**
 * A page the adapter did not understand: which view it saw, and a censored page-layout report to copy
 * for a bug report; where the frame may not write to the clipboard, the report shows in a read-only box,
 * selected, to copy by hand.
 */
function UnsupportedView({ view, actions, report }: { view: Extract<SidebarView, { kind: 'unsupported' }>; actions: SidebarActions; report: LayoutReportCopy }) {
  const { outcome, busy, copy } = report;
  const box = useRef<HTMLTextAreaElement>(null);
  // Once the box shows: focused and selected, so Ctrl+C copies it.
  useEffect(() => {
    if (outcome?.kind !== 'manual') return;
    box.current?.focus();
    box.current?.select();
  }, [outcome]);
  return (
    <div className="grid gap-2">
      <Status>{t('statusUnsupported')}</Status>
      <p className="m-0 text-slate-600">
        {t('viewSeen')} <code data-testid="view-name">{view.viewName || t('viewUnknown')}</code>
      </p>
      {view.dueToday > 0 && <p className="m-0 font-semibold">{t('statusDueToday', view.dueToday)}</p>}
      <button type="button" className="af-btn-secondary justify-self-start" onClick={() => void copy()} disabled={busy} aria-describedby="af-layout-report-note">
        {t('copyLayoutReport')}
      </button>
      <p id="af-layout-report-note" className="m-0 text-sm text-slate-600">
        {t('layoutReportNote')}
      </p>
      {outcome?.kind === 'copied' && <p role="status" className="m-0">{t('layoutReportCopied')}</p>}
      {outcome?.kind === 'failed' && <p role="alert" className="m-0 text-red-700">{t('layoutReportFailed')}</p>}
      {outcome?.kind === 'manual' && (
        <div className="grid gap-1">
          <p role="status" className="m-0">
            {t('layoutReportManual')}
          </p>
          <label className="grid gap-1">
            <span>{t('layoutReportLabel')}</span>
            <textarea ref={box} readOnly rows={8} className="w-full font-mono text-xs" value={outcome.text} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </div>
      )}
      <button type="button" className="af-btn-secondary justify-self-start" onClick={actions.openDashboard}>
        {t('openDashboard')}
      </button>
    </div>
  );
}

function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="m-0 text-slate-600">
      {children}
    </p>
  );
}

function CandidateView({
  view,
  actions,
  extra,
}: {
  view: Extract<SidebarView, { kind: 'candidate' }>;
  actions: SidebarActions;
  extra?: ReactNode;
}) {
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const itemsHeading = useRef<HTMLHeadingElement>(null);
  const { candidate, items: allItems, thread } = view.state;
  // This thread's items only: another thread may quote these very sentences, and its items live in
  // the dashboard (and the prep sheet) anyway.
  const items = allItems.filter((i) => i.threadId === thread?.id);
  const elsewhere = allItems.filter((i) => i.threadId !== thread?.id && (i.status === 'open' || i.status === 'deferred')).length;
  const insert = async (run: () => Promise<InsertOutcome>) => {
    setBusy(true);
    try {
      setNotice(describeOutcome(await run()));
    } catch (err) {
      setNotice({ text: t('insertFailed', err instanceof Error ? err.message : String(err)), error: true });
    } finally {
      setBusy(false);
    }
  };
  if (!candidate) return null;
  // Ordered by urgency: the decline hint, what is due, the candidate's open questions and worries,
  // then suggestions, then the candidate card (at 1366×768 the first open question shows unscrolled).
  return (
    <div>
      {items.some((i) => i.status !== 'dismissed') && (
        <a href="#af-items" className="af-skip" onClick={(e) => (e.preventDefault(), itemsHeading.current?.focus())}>
          {t('skipToItems')}
        </a>
      )}
      {view.decline && (
        <DeclineAlert
          decline={view.decline}
          final={view.declineFinal}
          busy={busy}
          onProposeCall={() => void insert(actions.proposeCall)}
          onRequestSurvey={() => void insert(actions.requestSurvey)}
          onDismiss={actions.dismissHint}
        />
      )}
      <p role="status" aria-live="polite" className={'m-0 text-xs empty:hidden ' + (notice?.error ? 'text-red-700' : 'text-teal-800')}>
        {notice?.text ?? ''}
      </p>
      <DueList due={view.state.due} onDone={actions.markDone} />
      <ItemList items={items} onChange={actions.updateItem} headingRef={itemsHeading} />
      {elsewhere > 0 && <p className="m-0 mb-3 text-xs text-slate-600">{t('itemsElsewhere', elsewhere)}</p>}
      <AddItemForm onAdd={actions.addItem} />
      <Suggestions suggestions={view.suggestions} values={view.templateValues} language={view.language} onInsert={actions.insertTemplate} />
      <CandidateCard candidate={candidate} onSave={actions.updateCandidate} />
      {extra}
      <InterviewPanel interviews={view.state.interviews} defaultStage={candidate.stage} onAdd={actions.addInterview} onSaveNotes={actions.saveInterviewNotes} />
      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-2">
        <button type="button" className="af-btn-secondary" onClick={actions.openDashboard}>
          {t('openDashboard')}
        </button>
        <button type="button" className="af-btn-secondary" onClick={() => actions.setMark('not_candidate')}>
          {t('unmarkCandidate')}
        </button>
      </div>
    </div>
  );
}

function describeOutcome(outcome: InsertOutcome): { text: string; error: boolean } {
  switch (outcome.kind) {
    case 'inserted':
    case 'opened-and-inserted':
      return { text: t('insertInserted'), error: false };
    case 'copied':
      return { text: t('insertCopied'), error: false };
    case 'failed':
      return { text: t('insertFailed', outcome.reason), error: true };
  }
}
