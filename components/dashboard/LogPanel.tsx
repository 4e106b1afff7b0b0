import { useEffect, useState } from 'react';
import { useLiveQuery } from '../../lib/db/live';
import { countLogItems, listLogOwners, queryLogPage, readThreadLinks, recentCandidates, removeCandidateUndoable, undoRemoveCandidate } from '../../lib/db/access';
import type { CandidateSnapshot } from '../../lib/db/maintenance';
import type { ItemFilter } from '../../lib/db/queries';
import { formatDateTime, t, tn } from '../../lib/platform/i18n';
import { RowMenu } from '../pages/RowMenu';
import { ThreadLink } from '../pages/ThreadLink';
import { ExportCsvButton } from './ExportCsvButton';
import { Filters } from './Filters';
import { ItemsTable } from './ItemsTable';
import type { DashboardPorts } from './ports';

const PAGE = 50;
/** How long "Undo" stays offered after a delete. */
const UNDO_MS = 15_000;

type Notice = { text: string; undo?: CandidateSnapshot } | null;

/** The log: candidates and their questions and worries, searchable, filterable, live, exportable. */
export function LogPanel({ download }: DashboardPorts) {
  const [filter, setFilter] = useState<ItemFilter>({});
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
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
  const candidates = useLiveQuery(async () => (page ? recentCandidates(200, filter.search) : undefined), [!!page, filter.search]) ?? [];
  const rows = page?.rows ?? [];
  // Keyed by the ids on screen (the arrays themselves are new on every render).
  const threadIds = rows.flatMap((r) => (r.threadId ? [r.threadId] : []));
  const candidateIds = [...new Set([...candidates.map((c) => c.id), ...rows.map((r) => r.candidateId)])];
  const linkKey = `${threadIds.join('\n')}|${candidateIds.join('\n')}`;
  const links = useLiveQuery(() => readThreadLinks({ threadIds, candidateIds }), [linkKey]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const changeFilter = (f: ItemFilter) => {
    setFilter(f);
    setOffset(0);
  };
  const remove = async (id: string, name: string) => {
    const snapshot = await removeCandidateUndoable(id);
    if (snapshot) setNotice({ text: t('deletedUndo', name), undo: snapshot });
  };
  const undo = async (snapshot: CandidateSnapshot) => {
    await undoRemoveCandidate(snapshot);
    setNotice({ text: t('undone', snapshot.candidate.name) });
  };
  const search = filter.search ?? '';
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <label className="grid gap-0.5 text-xs">
          {t('searchLabel')}
          <input
            type="search"
            className="w-72 rounded border border-slate-300 bg-white px-2 py-1 text-sm"
            value={search}
            onChange={(e) => changeFilter({ ...filter, search: e.target.value || undefined })}
          />
        </label>
        <ExportCsvButton filter={filter} download={download} />
      </div>
      <div role="status" className="min-h-6 text-sm">
        {notice && (
          <span className="inline-flex items-center gap-2 rounded border border-slate-300 bg-slate-50 px-2 py-0.5">
            {notice.text}
            {notice.undo && (
              <button type="button" className="rounded border border-teal-700 px-2 text-teal-800" onClick={() => void undo(notice.undo!)}>
                {t('undo')}
              </button>
            )}
          </span>
        )}
      </div>
      <section aria-labelledby="candidates" className="mb-6">
        <h2 id="candidates" className="mb-2 text-lg font-semibold">
          {t('dashboardCandidates')} <span className="text-sm font-normal text-slate-600">({tn('dashboardCandidateCount', candidates.length)})</span>
        </h2>
        {candidates.length === 0 ? (
          <p className="text-slate-600">{search ? t('searchNoMatch', search) : t('dashboardEmpty')}</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                {[t('fieldName'), t('fieldEmail'), t('fieldPosition'), t('fieldStage'), t('fieldOwner'), t('fieldNextInterview'), t('lastContactCandidate'), t('columnThread'), t('columnActions')].map((h, i, all) => (
                  <th key={i} scope="col" className="border-b border-slate-300 px-2 py-1.5">
                    {/* The row menu's column is named for screen readers only: its "⋯" buttons say the rest. */}
                    {i === all.length - 1 ? <span className="sr-only">{h}</span> : h}
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
                    <ThreadLink url={links?.byCandidate[c.id]} name={c.name} />
                  </td>
                  <td className="border-b border-slate-200 px-2 py-1">
                    <RowMenu label={t('rowMenu', c.name)} actions={[{ label: t('deleteCandidate'), danger: true, run: () => void remove(c.id, c.name) }]} />
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
        <ItemsTable rows={rows} links={links} />
        <nav className="mt-2 flex items-center gap-2 text-sm" aria-label={t('dashboardItems')}>
          <button type="button" className="rounded border px-2 py-1 disabled:opacity-50" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('pagePrev')}
          </button>
          <span>{t('pageOf', rows.length ? offset + 1 : 0, offset + rows.length, total ?? '…')}</span>
          <button type="button" className="rounded border px-2 py-1 disabled:opacity-50" disabled={!page?.hasMore} onClick={() => setOffset(offset + PAGE)}>
            {t('pageNext')}
          </button>
        </nav>
      </section>
    </div>
  );
}
