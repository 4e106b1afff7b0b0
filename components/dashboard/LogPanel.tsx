import { useState } from 'react';
import { useLiveQuery } from '../../lib/db/live';
import { countLogItems, listLogOwners, queryLogPage, recentCandidates, removeCandidate } from '../../lib/db/access';
import type { ItemFilter } from '../../lib/db/queries';
import { formatDateTime, t } from '../../lib/platform/i18n';
import { ExportCsvButton } from './ExportCsvButton';
import { Filters } from './Filters';
import { ItemsTable } from './ItemsTable';
import type { DashboardPorts } from './ports';

const PAGE = 50;

/** The log: candidates and their questions and worries, filterable, live, exportable. */
export function LogPanel({ download, confirm }: DashboardPorts) {
  const [filter, setFilter] = useState<ItemFilter>({});
  const [offset, setOffset] = useState(0);
  // Live: re-runs whenever the background writes to these tables.
  const page = useLiveQuery(async () => {
    performance.mark('afterfollow:log-query');
    const result = await queryLogPage(filter, { offset, limit: PAGE });
    performance.mark('afterfollow:log-rows');
    return { ...result, filter };
  }, [filter, offset]);
  // Counted only once this filter's rows are on screen: a filtered count reads every book, and run
  // beside the page query it doubled the time to the filtered rows.
  const pageOfFilter = page?.filter === filter;
  const total = useLiveQuery(() => (pageOfFilter ? countLogItems(filter) : undefined), [filter, pageOfFilter]);
  // The owner list and the candidate table wait for the first page too: at start-up they would
  // share IndexedDB and the main thread with it.
  const owners = useLiveQuery(() => (page ? listLogOwners() : undefined), [!!page]) ?? [];
  const candidates = useLiveQuery(async () => (page ? recentCandidates(200) : undefined), [!!page]) ?? [];
  const changeFilter = (f: ItemFilter) => {
    setFilter(f);
    setOffset(0);
  };
  return (
    <div>
      <div className="mb-4 flex justify-end">
        <ExportCsvButton filter={filter} download={download} />
      </div>
      <section aria-labelledby="candidates" className="mb-6">
        <h2 id="candidates" className="mb-2 text-lg font-semibold">
          {t('dashboardCandidates')} ({candidates.length})
        </h2>
        {candidates.length === 0 ? (
          <p className="text-slate-600">{t('dashboardEmpty')}</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                {[t('fieldName'), t('fieldEmail'), t('fieldPosition'), t('fieldStage'), t('fieldOwner'), t('fieldNextInterview'), t('lastContactCandidate'), ''].map((h) => (
                  <th key={h} scope="col" className="border-b border-slate-300 px-2 py-1.5">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id} data-candidate-id={c.id}>
                  <td className="border-b border-slate-200 px-2 py-1">
                    <bdi dir="auto">{c.name}</bdi>
                  </td>
                  <td className="border-b border-slate-200 px-2 py-1">
                    <bdi dir="auto">{c.email}</bdi>
                  </td>
                  <td className="border-b border-slate-200 px-2 py-1">
                    <bdi dir="auto">{c.position}</bdi>
                  </td>
                  <td className="border-b border-slate-200 px-2 py-1">{t(`stage_${c.stage}`)}</td>
                  <td className="border-b border-slate-200 px-2 py-1">
                    <bdi dir="auto">{c.owner}</bdi>
                  </td>
                  <td className="border-b border-slate-200 px-2 py-1">{formatDateTime(c.nextInterviewAt)}</td>
                  <td className="border-b border-slate-200 px-2 py-1">{formatDateTime(c.lastCandidateContactAt)}</td>
                  <td className="border-b border-slate-200 px-2 py-1">
                    <button
                      type="button"
                      className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-800"
                      aria-label={`${t('deleteCandidate')}: ${c.name}`}
                      onClick={() => {
                        if (confirm(`${t('deleteCandidate')}: ${c.name}?`)) void removeCandidate(c.id);
                      }}
                    >
                      {t('deleteCandidateShort')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="items">
        <h2 id="items" className="mb-2 text-lg font-semibold">
          {t('dashboardItems')} ({total ?? '…'})
        </h2>
        <div className="mb-3">
          <Filters filter={filter} owners={owners} onChange={changeFilter} />
        </div>
        <ItemsTable rows={page?.rows ?? []} />
        <nav className="mt-2 flex items-center gap-2 text-sm" aria-label={t('dashboardItems')}>
          <button type="button" className="rounded border px-2 py-1 disabled:opacity-50" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('pagePrev')}
          </button>
          <span>{t('pageOf', page?.rows.length ? offset + 1 : 0, offset + (page?.rows.length ?? 0), total ?? '…')}</span>
          <button type="button" className="rounded border px-2 py-1 disabled:opacity-50" disabled={!page?.hasMore} onClick={() => setOffset(offset + PAGE)}>
            {t('pageNext')}
          </button>
        </nav>
      </section>
    </div>
  );
}
