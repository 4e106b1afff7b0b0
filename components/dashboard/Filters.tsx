import { ANXIETY_CATEGORIES } from '../../lib/analysis/types';
import { ITEM_STATUSES, STAGES } from '../../lib/domain';
import type { ItemFilter } from '../../lib/db/queries';
import { t } from '../../lib/i18n';

export function Filters({ filter, owners, onChange }: { filter: ItemFilter; owners: string[]; onChange: (f: ItemFilter) => void }) {
  const select = (label: string, value: string | undefined, options: [string, string][], set: (v: string | undefined) => void) => (
    <label className="grid gap-0.5 text-xs">
      {label}
      <select className="rounded border border-slate-300 bg-white px-2 py-1 text-sm" value={value ?? ''} onChange={(e) => set(e.target.value || undefined)}>
        <option value="">{t('filterAll')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="flex flex-wrap gap-3" role="group" aria-label={t('filterStatus')}>
      {select(t('filterStatus'), filter.status, ITEM_STATUSES.map((s) => [s, t(`status_${s}`)]), (v) => onChange({ ...filter, status: v as ItemFilter['status'] }))}
      {select(t('filterCategory'), filter.category, ANXIETY_CATEGORIES.map((c) => [c, t(`category_${c}`)]), (v) =>
        onChange({ ...filter, category: v as ItemFilter['category'] }),
      )}
      {select(t('filterOwner'), filter.owner, owners.map((o) => [o, o]), (v) => onChange({ ...filter, owner: v }))}
      {select(t('filterStage'), filter.stage, STAGES.map((s) => [s, t(`stage_${s}`)]), (v) => onChange({ ...filter, stage: v as ItemFilter['stage'] }))}
    </div>
  );
}
