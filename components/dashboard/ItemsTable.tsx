import { formatDateTime, t } from '../../lib/platform/i18n';
import type { ItemRow } from '../../lib/db/queries';

export function ItemsTable({ rows }: { rows: ItemRow[] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <thead className="bg-slate-100">
        <tr>
          {[t('columnCandidate'), t('itemKindLabel'), t('columnText'), t('itemCategoryLabel'), t('itemStatusLabel'), t('filterOwner'), t('columnDate')].map(
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}
