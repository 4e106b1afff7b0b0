import { ANXIETY_CATEGORIES } from '../../lib/analysis/types';
import { ITEM_STATUSES, STAGES } from '../../lib/domain';
import type { ItemFilter } from '../../lib/db/queries';
import { t } from '../../lib/platform/i18n';
import { FilterSelect } from './FilterSelect';

export function Filters({ filter, owners, onChange }: { filter: ItemFilter; owners: string[]; onChange: (f: ItemFilter) => void }) {
  return (
    <div className="flex flex-wrap gap-3" role="group" aria-label={t('logFilters')}>
      <FilterSelect label={t('filterStatus')} value={filter.status} options={ITEM_STATUSES.map((s) => [s, t(`status_${s}`)])} onChange={(v) => onChange({ ...filter, status: v as ItemFilter['status'] })} />
      <FilterSelect label={t('filterCategory')} value={filter.category} options={ANXIETY_CATEGORIES.map((c) => [c, t(`category_${c}`)])} onChange={(v) =>
        onChange({ ...filter, category: v as ItemFilter['category'] })} />
      <FilterSelect label={t('filterOwner')} value={filter.owner} options={owners.map((o) => [o, o])} onChange={(v) => onChange({ ...filter, owner: v })} />
      <FilterSelect label={t('filterStage')} value={filter.stage} options={STAGES.map((s) => [s, t(`stage_${s}`)])} onChange={(v) => onChange({ ...filter, stage: v as ItemFilter['stage'] })} />
    </div>
  );
}
