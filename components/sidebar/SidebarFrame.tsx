import type { ReactNode } from 'react';
import { t } from '../../lib/platform/i18n';

export interface RailSignals {
  decline: boolean;
  overdue: number;
  /** Outside a candidate thread: follow-ups due by the end of today over all candidates. */
  dueToday?: number;
}

/**
 * The landmark, filling the sidebar's own frame. The content script gives the frame its width; below
 * `RAIL_MAX_PX` the sidebar shows only the rail: the expand control and the signals that must not be
 * missed (a decline hint, the overdue count).
 */
export function SidebarFrame({
  rail,
  signals,
  onToggle,
  onOpenDashboard,
  railExtra,
  children,
}: {
  rail: boolean;
  signals: RailSignals;
  onToggle: () => void;
  /** The rail's due-today count opens the dashboard. */
  onOpenDashboard?: () => void;
  /** What the rail shows below its signals (a view it did not understand: its name and the report button). */
  railExtra?: ReactNode;
  children: ReactNode;
}) {
  const dueToday = signals.dueToday ?? 0;
  return (
    <aside
      aria-label={t('sidebarLabel')}
      className="af-frame flex h-screen w-full flex-col overflow-hidden rounded-l-xl border border-slate-300 bg-white text-slate-900"
    >
      <header className={'flex items-center gap-2 border-b border-slate-200 bg-teal-700 px-2 py-1.5 text-white ' + (rail ? 'flex-col' : '')}>
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={!rail}
          aria-label={rail ? t('sidebarExpand') : t('sidebarCollapse')}
          title={`${rail ? t('sidebarExpand') : t('sidebarCollapse')} (${t('shortcutHint')})`}
          className="rounded px-1.5 py-0.5 text-base font-bold hover:bg-teal-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white"
        >
          {rail ? '«' : '»'}
        </button>
        {!rail && <h2 className="m-0 text-sm font-semibold tracking-wide">Afterfollow</h2>}
      </header>
      {rail ? (
        <div className="flex flex-col items-center gap-2 py-2">
          {signals.decline && (
            <span role="img" aria-label={t('railDecline')} title={t('railDecline')} className="grid h-6 w-6 place-items-center rounded-full bg-red-700 text-xs font-bold text-white">
              !
            </span>
          )}
          {dueToday > 0 && (
            <button
              type="button"
              onClick={onOpenDashboard}
              aria-label={t('railDueToday', dueToday)}
              title={t('railDueToday', dueToday)}
              data-testid="rail-due-today"
              className="grid h-6 min-w-6 cursor-pointer place-items-center rounded-full border-0 bg-teal-700 px-1 text-xs font-bold text-white"
            >
              {dueToday}
            </button>
          )}
          {signals.overdue > 0 && (
            <span role="img" aria-label={t('railOverdue', signals.overdue)} title={t('railOverdue', signals.overdue)} className="grid h-6 min-w-6 place-items-center rounded-full bg-amber-600 px-1 text-xs font-bold text-white">
              {signals.overdue}
            </span>
          )}
          {railExtra}
        </div>
      ) : (
        <div className="min-h-0 flex-1 overflow-y-auto p-3 text-[13px] leading-snug">{children}</div>
      )}
    </aside>
  );
}

/** Frames narrower than this show the rail (the content script sizes the frame: 44 px rail, 340 px open). */
export const RAIL_MAX_PX = 120;
