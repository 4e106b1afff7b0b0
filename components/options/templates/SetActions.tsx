import { useId, type ChangeEvent } from 'react';
import { t } from '../../../lib/platform/i18n';

const button =
  'cursor-pointer rounded-md border border-slate-400 px-3 py-1.5 text-sm focus-within:ring-2 focus-within:ring-teal-600 disabled:cursor-not-allowed disabled:opacity-50';

/** Whole-library actions: export, import (a file the browser reads locally), restore all. */
export function SetActions({
  busy,
  onExport,
  onImport,
  onRestoreAll,
}: {
  busy: boolean;
  onExport: () => void;
  onImport: (text: string) => void;
  onRestoreAll: () => void;
}) {
  const headingId = useId();
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared so that picking the same file again (after fixing it) fires change again.
    input.value = '';
    if (file) onImport(await file.text());
  };
  return (
    <section aria-labelledby={headingId} className="flex flex-wrap items-center gap-2">
      <h3 id={headingId} className="sr-only">
        {t('tplSetHeading')}
      </h3>
      <button type="button" className={button} disabled={busy} onClick={onExport}>
        {t('tplExport')}
      </button>
      <label className={button}>
        {t('tplImport')}
        <input type="file" accept="application/json,.json" className="sr-only" disabled={busy} onChange={(e) => void pick(e)} />
      </label>
      <button type="button" className={button} disabled={busy} onClick={onRestoreAll}>
        {t('tplRestoreAll')}
      </button>
    </section>
  );
}
