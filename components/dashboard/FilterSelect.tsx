import { t } from '../../lib/platform/i18n';

/** A labelled filter with an "All" choice; the empty choice means no filter (undefined). */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: [value: string, text: string][];
  onChange: (v: string | undefined) => void;
}) {
  return (
    <label className="grid gap-0.5 text-xs">
      {label}
      <select className="rounded border border-slate-300 bg-white px-2 py-1 text-sm" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('filterAll')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
