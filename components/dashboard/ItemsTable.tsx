import { formatDateTime, t } from '../../lib/platform/i18n';
import type { ItemRow } from '../../lib/db/queries';
import type { ThreadLinks } from '../../lib/db/thread-links';
import { ThreadLink } from '../pages/ThreadLink';

export function ItemsTable({ rows, links }: { rows: ItemRow[]; links?: ThreadLinks }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <thead className="bg-slate-100">
        <tr>
          {[t('columnCandidate'), t('itemKindLabel'), t('columnText'), t('itemCategoryLabel'), t('itemStatusLabel'), t('filterOwner'), t('columnDate'), t('columnThread')].map(
            (h) => (
              <th key={h} scope="col" className="border-b border-slate-300 px-2 py-1.5 font-semibold">
                {h}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-item-id={r.id} className={r.status === 'deferred' ? 'bg-amber-50' : ''}>
            <td className="border-b border-slate-200 px-2 py-1">
              <bdi dir="auto">{r.candidateName}</bdi>
            </td>
            <td className="border-b border-slate-200 px-2 py-1">{t(`kind_${r.kind}`)}</td>
            <td className="max-w-[40ch] border-b border-slate-200 px-2 py-1 break-words">
              <bdi dir="auto">{r.text}</bdi>
            </td>
            <td className="border-b border-slate-200 px-2 py-1">{t(`category_${r.category}`)}</td>
            <td className="border-b border-slate-200 px-2 py-1">{t(`status_${r.status}`)}</td>
            <td className="border-b border-slate-200 px-2 py-1">
              <bdi dir="auto">{r.owner}</bdi>
            </td>
            <td className="border-b border-slate-200 px-2 py-1 whitespace-nowrap">{formatDateTime(r.at)}</td>
            <td className="border-b border-slate-200 px-2 py-1">
              <ThreadLink url={(r.threadId ? links?.byThread[r.threadId] : undefined) ?? links?.byCandidate[r.candidateId]} name={r.candidateName} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
