import { useState } from 'react';
import { STAGES, type Stage } from '../../../lib/domain';
import { t } from '../../../lib/platform/i18n';
import { FilterSelect } from '../FilterSelect';
import { WINDOWS, type WindowMonths } from '../../../lib/metrics';

export interface ResultsChoice {
  windowMonths: WindowMonths;
  position?: string;
  owner?: string;
  stage?: Stage;
  minutesPerFollowUp: number;
}

const field = 'grid gap-0.5 text-xs';
const control = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm';

export function ResultsFilters({ value, positions, owners, onChange }: { value: ResultsChoice; positions: string[]; owners: string[]; onChange: (v: ResultsChoice) => void }) {
  return (
    <div className="mb-6 flex flex-wrap items-end gap-3" role="group" aria-label={t('hrFilters')}>
      <label className={field}>
        {t('hrWindow')}
        <select className={control} value={value.windowMonths} onChange={(e) => onChange({ ...value, windowMonths: Number(e.target.value) as WindowMonths })}>
          {WINDOWS.map((n) => (
            <option key={n} value={n}>
              {t('hrWindowMonths', n)}
            </option>
          ))}
        </select>
      </label>
      <FilterSelect label={t('fieldPosition')} value={value.position} options={positions.map((p) => [p, p])} onChange={(position) => onChange({ ...value, position })} />
      <FilterSelect label={t('filterOwner')} value={value.owner} options={owners.map((o) => [o, o])} onChange={(owner) => onChange({ ...value, owner })} />
      <FilterSelect label={t('filterStage')} value={value.stage} options={STAGES.map((s) => [s, t(`stage_${s}`)])} onChange={(stage) => onChange({ ...value, stage: stage as Stage | undefined })} />
      <MinutesInput value={value.minutesPerFollowUp} onChange={(minutesPerFollowUp) => onChange({ ...value, minutesPerFollowUp })} />
    </div>
  );
}

/**
 * Keeps what the user types (an emptied field while retyping) apart from the value in use: only a
 * whole number from 1 to 240 reaches the charts, so half-typed input never zeroes them.
 */
function MinutesInput({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  return (
    <label className={field}>
      {t('hrMinutesPerFollowUp')}
      <input
        type="number"
        min={1}
        max={240}
        step={1}
        className={control + ' w-24'}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isInteger(n) && n >= 1 && n <= 240) onChange(n);
        }}
        onBlur={() => setDraft(String(value))}
      />
    </label>
  );
}
