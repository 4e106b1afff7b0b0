import { t } from '../../../lib/platform/i18n';

export type ProgressState = { done: number; total: number } | null;

/** The bar shown while a long export or import runs (a 100,000-item file takes seconds). */
export function Progress({ value, label }: { value: ProgressState; label: string }) {
  if (!value) return null;
  return (
    <span className="flex items-center gap-2 text-sm">
      <progress max={value.total || 1} value={value.done} aria-label={label} />
      <span aria-hidden="true">{t('hrWorking')}</span>
    </span>
  );
}
