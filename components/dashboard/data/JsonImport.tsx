import { useId, useState } from 'react';
import { applyBackupImport, countExpiredRows, planBackupImport, purgeExpiredRows } from '../../../lib/db/access';
import type { ImportPlan, ImportSummary, SettingDifference } from '../../../lib/db/export-import';
import { t, type MessageKey } from '../../../lib/platform/i18n';
import type { Settings } from '../../../lib/records';
import type { DashboardPorts } from '../ports';
import { DataTable } from '../results/DataTable';
import { formatCount } from '../results/format';
import { Progress, type ProgressState } from './Progress';
import { refusalText } from '../../pages/refusal-text';

/**
 * A 100,000-item backup is about 36 MB; 40 MB leaves headroom for long texts while still refusing a
 * file big enough to stall the page (JSON.parse of 50 MB builds several hundred MB of objects).
 */
export const IMPORT_MAX_BYTES = 40 * 1024 * 1024;
const LIMIT_TEXT = '40 MB';

type Outcome =
  | { ok: true; summary: ImportSummary; applied: SettingDifference[]; deleted: number | null }
  | { ok: false; error: string }
  | { ok: false; kept: true }
  | null;

const SETTING_LABEL: Record<keyof Settings, MessageKey> = {
  keepItemText: 'settingKeepText',
  retentionDays: 'settingRetention',
  recruiterName: 'settingRecruiterName',
  company: 'settingCompany',
  surveyUrl: 'settingSurveyUrl',
  signature: 'settingSignature',
};

const retention = (days: number) => (days === 0 ? t('retentionForever') : t('retentionDaysValue', days));

function showValue(d: SettingDifference, which: 'current' | 'incoming'): string {
  const value = d[which];
  if (d.key === 'retentionDays') return retention(value as number);
  if (typeof value === 'boolean') return t(value ? 'valueOn' : 'valueOff');
  return value === '' ? t('notSet') : String(value);
}

/** A shorter period deletes rows: 0 (forever) to anything, or a smaller number of days. */
const shortens = (from: number, to: number) => to !== 0 && (from === 0 || to < from);

/**
 * Merge a teammate's JSON backup: validated whole first, then shown for review (the file's settings
 * beside this browser's, none applied unless ticked), written in one transaction, or refused with
 * nothing changed.
 */
export function JsonImport({ confirm }: Pick<DashboardPorts, 'confirm'>) {
  const [progress, setProgress] = useState<ProgressState>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<keyof Settings>>(new Set());
  const inputId = useId();
  const busy = !!progress;

  const read = async (file: File) => {
    setOutcome(null);
    setPlan(null);
    setTicked(new Set());
    setProgress({ done: 0, total: 0 });
    try {
      // Refused before reading: a huge file would otherwise sit in memory as a string first.
      if (file.size > IMPORT_MAX_BYTES) {
        setOutcome({ ok: false, error: t('hrImportTooLarge', (file.size / 1024 / 1024).toFixed(1)) });
        return;
      }
      const result = await planBackupImport(await file.text(), { maxBytes: IMPORT_MAX_BYTES });
      if (result.ok) setPlan(result.plan);
      else setOutcome({ ok: false, error: refusalText(result.reason) });
    } catch (e) {
      setOutcome({ ok: false, error: e instanceof Error ? e.message : String(e) });
    } finally {
      setProgress(null);
    }
  };

  const run = async (chosen: ImportPlan) => {
    const applied = chosen.settings.filter((d) => ticked.has(d.key));
    const newRetention = applied.find((d) => d.key === 'retentionDays');
    const lowering = newRetention && shortens(newRetention.current as number, newRetention.incoming as number);
    if (lowering) {
      const rows = await countExpiredRows(newRetention.incoming as number);
      const question = t('hrImportRetentionConfirm', retention(newRetention.current as number), retention(newRetention.incoming as number), formatCount(rows));
      if (!confirm(question)) {
        setPlan(null);
        setOutcome({ ok: false, kept: true });
        return;
      }
    }
    setPlan(null);
    setProgress({ done: 0, total: 0 });
    try {
      const summary = await applyBackupImport(chosen.backup, { onProgress: setProgress, applySettings: applied.map((d) => d.key) });
      // The user agreed to the deletion: it happens now, not at the next background tick.
      const deleted = lowering ? await purgeExpiredRows() : null;
      setOutcome({ ok: true, summary, applied, deleted });
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
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
        <Progress value={progress} label={t('hrImporting')} />
      </div>
      {plan && <Review plan={plan} ticked={ticked} setTicked={setTicked} onImport={() => void run(plan)} onCancel={() => setPlan(null)} />}
      {outcome && !outcome.ok && 'error' in outcome && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {t('hrImportRefused', LIMIT_TEXT, outcome.error)}
        </p>
      )}
      {outcome && !outcome.ok && 'kept' in outcome && (
        <p role="status" className="mt-2 text-sm">
          {t('hrImportRetentionKept')}
        </p>
      )}
      {outcome?.ok && (
        <div role="status">
          <p className="mt-2 text-sm">{t('hrImportDone')}</p>
          <p className="text-sm">
            {outcome.applied.length
              ? t('hrImportSettingsApplied', outcome.applied.map((d) => t(SETTING_LABEL[d.key])).join(', '))
              : t('hrImportSettingsKept')}
          </p>
          {outcome.deleted !== null && <p className="text-sm">{t('hrImportDeleted', formatCount(outcome.deleted))}</p>}
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

function Review({
  plan,
  ticked,
  setTicked,
  onImport,
  onCancel,
}: {
  plan: ImportPlan;
  ticked: ReadonlySet<keyof Settings>;
  setTicked: (next: ReadonlySet<keyof Settings>) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  const toggle = (key: keyof Settings, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(key);
    else next.delete(key);
    setTicked(next);
  };
  return (
    <div role="region" aria-labelledby={headingId} className="mt-3 rounded-lg border border-slate-300 p-3 text-sm">
      <h3 id={headingId} className="m-0 mb-1 text-base font-semibold">
        {t('hrImportReview')}
      </h3>
      <p className="mb-2">{t('hrImportRecords', formatCount(plan.records))}</p>
      {plan.corrections > 0 && <p className="mb-2">{t('hrImportCorrections', formatCount(plan.corrections))}</p>}
      <h4 className="m-0 mb-1 font-semibold">{t('hrImportSettingsHeading')}</h4>
      {plan.settings.length === 0 ? (
        <p className="mb-2">{t('hrImportSettingsSame')}</p>
      ) : (
        <>
          <p className="mb-2 text-slate-700">{t('hrImportSettingsNote')}</p>
          <table className="mb-2 border-collapse">
            <caption className="sr-only">{t('hrImportSettingsHeading')}</caption>
            <thead>
              <tr>
                {[t('hrColSetting'), t('hrColCurrent'), t('hrColInFile'), t('hrColApply')].map((h) => (
                  <th key={h} scope="col" className="border-b border-slate-300 px-2 py-1 text-left">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.settings.map((d) => (
                <tr key={d.key}>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {t(SETTING_LABEL[d.key])}
                  </th>
                  <td className="px-2 py-1">
                    <bdi>{showValue(d, 'current')}</bdi>
                  </td>
                  <td className="px-2 py-1 break-all">
                    <bdi>{showValue(d, 'incoming')}</bdi>
                  </td>
                  <td className="px-2 py-1">
                    <input
                      type="checkbox"
                      aria-label={t('hrImportApplySetting', t(SETTING_LABEL[d.key]))}
                      checked={ticked.has(d.key)}
                      onChange={(e) => toggle(d.key, e.target.checked)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="flex gap-2">
        <button type="button" className="rounded-md bg-teal-700 px-3 py-1.5 font-semibold text-white" onClick={onImport}>
          {t('hrImportStart')}
        </button>
        <button type="button" className="rounded-md border border-slate-400 px-3 py-1.5" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
