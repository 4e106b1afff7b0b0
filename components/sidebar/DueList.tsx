import { formatDateTime, t } from '../../lib/platform/i18n';
import type { DueView } from '../../lib/messages/protocol';

/** What the follow-up clock says is due for this candidate, overdue first. */
export function DueList({ due, onDone }: { due: DueView[]; onDone: (d: DueView) => Promise<void> }) {
  const pending = due.filter((d) => !d.done).sort((a, b) => a.dueAt - b.dueAt);
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="af-due" className="mb-3">
      <h3 id="af-due" className="m-0 mb-1 text-sm font-semibold">
        {t('dueHeading')}
      </h3>
      <ul className="m-0 grid list-none gap-1 p-0">
        {pending.map((d) => (
          <li
            key={`${d.kind}:${d.refId}`}
            data-due-kind={d.kind}
            className={'flex items-center justify-between gap-2 rounded border p-1.5 text-xs ' + (d.overdue ? 'border-red-400 bg-red-50' : 'border-slate-200')}
          >
            <span>
              <span className="font-semibold">{t(`due_${d.kind}`)}</span>
              <span className={'block ' + (d.overdue ? 'text-red-800' : 'text-slate-600')}>
                {d.overdue ? t('dueOverdue', formatDateTime(d.dueAt)) : t('dueBy', formatDateTime(d.dueAt))}
              </span>
            </span>
            <button type="button" className="af-btn-secondary shrink-0" onClick={() => void onDone(d)}>
              {t('dueMarkDone')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
