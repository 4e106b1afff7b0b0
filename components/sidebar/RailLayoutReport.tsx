// The rail of a page the adapter did not understand: which view it saw, and the "Copy page-layout report"
// button, without expanding the sidebar first. Where the frame may not write to the clipboard, the sidebar
// opens on the report in a read-only box (there is no room for it in the rail).
import { t } from '../../lib/platform/i18n';
import type { LayoutReportCopy } from './Sidebar';

export function RailLayoutReport({ viewName, report, onExpand }: { viewName: string; report: LayoutReportCopy; onExpand: () => void }) {
  const { outcome, busy, copy } = report;
  const name = viewName || t('viewUnknown');
  const run = async () => {
    const next = await copy();
    if (next?.kind === 'manual') onExpand();
  };
  return (
    <div className="flex flex-col items-center gap-2" data-testid="rail-unsupported">
      <button
        type="button"
        onClick={() => void run()}
        disabled={busy}
        aria-label={t('copyLayoutReport')}
        title={`${t('copyLayoutReport')}: ${t('layoutReportNote')}`}
        className="grid h-7 w-7 cursor-pointer place-items-center rounded border border-slate-400 bg-white p-0 text-slate-800 hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="5.5" y="5.5" width="8" height="9" rx="1" />
          <path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h1" />
        </svg>
      </button>
      {outcome?.kind === 'copied' && (
        <span role="status" className="text-xs font-bold text-teal-800" title={t('layoutReportCopied')}>
          <span aria-hidden="true">✓</span>
          <span className="sr-only">{t('layoutReportCopied')}</span>
        </span>
      )}
      {outcome?.kind === 'failed' && (
        <span role="alert" className="text-xs font-bold text-red-700" title={t('layoutReportFailed')}>
          <span aria-hidden="true">!</span>
          <span className="sr-only">{t('layoutReportFailed')}</span>
        </span>
      )}
      <p className="m-0 max-h-64 overflow-hidden text-[11px] leading-none text-slate-700 [writing-mode:vertical-rl]" title={`${t('viewSeen')} ${name}`}>
        <span className="sr-only">{t('viewSeen')} </span>
        <code data-testid="view-name">{name}</code>
      </p>
    </div>
  );
}
