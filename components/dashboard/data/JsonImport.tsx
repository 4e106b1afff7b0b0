import { useId, useState } from 'react';
import { backupImport } from '../../../lib/db/access';
import type { ImportSummary } from '../../../lib/db/export-import';
import { t, type MessageKey } from '../../../lib/platform/i18n';
import { DataTable } from '../results/DataTable';
import { formatCount } from '../results/format';
import { Progress, type ProgressState } from './Progress';

/**
 * A 100,000-item backup is about 36 MB; 40 MB leaves headroom for long texts while still refusing a
 * file big enough to stall the page (JSON.parse of 50 MB builds several hundred MB of objects).
 */
export const IMPORT_MAX_BYTES = 40 * 1024 * 1024;
const LIMIT_TEXT = '40 MB';

type Outcome = { ok: true; summary: ImportSummary } | { ok: false; error: string } | null;

/** Merge a teammate's JSON backup: validated whole first, written in one transaction, or refused with nothing changed. */
export function JsonImport() {
  const [progress, setProgress] = useState<ProgressState>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const inputId = useId();
  const run = async (file: File) => {
    setOutcome(null);
    setProgress({ done: 0, total: 0 });
    try {
      // Refused before reading: a huge file would otherwise sit in memory as a string first.
      if (file.size > IMPORT_MAX_BYTES) {
        setOutcome({ ok: false, error: t('hrImportTooLarge', (file.size / 1024 / 1024).toFixed(1)) });
        return;
      }
      const result = await backupImport(await file.text(), { maxBytes: IMPORT_MAX_BYTES, onProgress: setProgress });
      setOutcome(result.ok ? result : { ok: false, error: result.error });
    } catch (e) {
      // The transaction aborted: nothing was written.
      setOutcome({ ok: false, error: e instanceof Error ? e.message : String(e) });
    } finally {
      setProgress(null);
    }
  };
  return (
    <section aria-labelledby="hr-import" className="mb-8">
      <h2 id="hr-import" className="mb-1 text-lg font-semibold">
        {t('hrImportHeading')}
      </h2>
      <p className="mb-2 text-sm text-slate-700">{t('hrImportHint', LIMIT_TEXT)}</p>
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="text-sm">
          {t('hrImportFile')}
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          disabled={!!progress}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(file);
          }}
        />
        <Progress value={progress} label={t('hrImporting')} />
      </div>
      {outcome && !outcome.ok && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {t('hrImportRefused', LIMIT_TEXT, outcome.error)}
        </p>
      )}
      {outcome?.ok && (
        <div role="status">
          <p className="mt-2 text-sm">{t('hrImportDone')}</p>
          <DataTable
            caption={t('hrImportSummary')}
            head={[t('hrColTable'), t('hrColAdded'), t('hrColUpdated'), t('hrColSkipped')]}
            rows={Object.entries(outcome.summary).map(([table, s]) => [t(`hrTable_${table}` as MessageKey), formatCount(s.added), formatCount(s.updated), formatCount(s.skipped)])}
          />
        </div>
      )}
    </section>
  );
}
