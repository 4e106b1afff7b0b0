import { formatDateTime, t } from '../../lib/platform/i18n';
import type { DueView } from '../../lib/messages/protocol';

/** What the follow-up clock says is due for this candidate, overdue first: one short line each. */
export function DueList({ due, onDone }: { due: DueView[]; onDone: (d: DueView) => Promise<void> }) {
  const pending = due.filter((d) => !d.done).sort((a, b) => a.dueAt - b.dueAt);
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="af-due" className="mb-3">
      <h3 id="af-due" className="m-0 mb-1 text-sm font-semibold">
        {t('dueHeading')}
      </h3>
      <ul className="m-0 grid list-none gap-1 p-0">
        {pending.map((d) => {
          const when = d.overdue ? t('dueOverdue', formatDateTime(d.dueAt)) : t('dueBy', formatDateTime(d.dueAt));
          return (
            <li
              key={`${d.kind}:${d.refId}`}
              data-due-kind={d.kind}
              className={'flex items-center gap-2 rounded border px-1.5 py-1 text-xs ' + (d.overdue ? 'border-red-400 bg-red-50' : 'af-card')}
            >
              <span className="min-w-0 flex-1">
                <span className="block truncate font-semibold" title={t(`due_${d.kind}`)}>
                  {t(`due_${d.kind}`)}
                </span>
                <span className={'block truncate ' + (d.overdue ? 'text-red-800' : 'af-muted')} title={when}>
                  {when}
                </span>
              </span>
              <button type="button" className="af-btn-secondary shrink-0" onClick={() => void onDone(d)}>
                {t('dueMarkDone')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
