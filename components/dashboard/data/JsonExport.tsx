import { useId, useState } from 'react';
import { backupExport } from '../../../lib/db/access';
import { t } from '../../../lib/platform/i18n';
import type { DashboardPorts } from '../ports';
import { useExport } from '../use-export';
import { Progress } from './Progress';

/** The whole database as one versioned JSON file; redacted, it can leave HR (pseudonyms, no free text). */
export function JsonExport({ download }: Pick<DashboardPorts, 'download'>) {
  const [redact, setRedact] = useState(false);
  const redactId = useId();
  const { progress, message, run } = useExport(async (report) => {
    let records = 0;
    const backup = await backupExport({
      redact,
      onProgress: (p) => {
        records = p.done;
        report(p);
      },
    });
    const name = `afterfollow-backup${redact ? '-redacted' : ''}-${backup.exportedAt.slice(0, 10)}.json`;
    download(name, JSON.stringify(backup), 'application/json');
    return records;
  });
  return (
    <section aria-labelledby="hr-json" className="mb-8">
      <h2 id="hr-json" className="mb-1 text-lg font-semibold">
        {t('hrJsonHeading')}
      </h2>
      <div className="mb-2 flex items-center gap-2 text-sm">
        <input id={redactId} type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
        <label htmlFor={redactId}>{t('hrRedact')}</label>
      </div>
      <div className="flex items-center gap-2">
        <button type="button" className="rounded-md bg-teal-700 px-3 py-1.5 text-sm font-semibold text-white" disabled={!!progress} onClick={() => void run()}>
          {t('hrExportJson')}
        </button>
        <Progress value={progress} label={t('hrExportJson')} />
        <span role="status" className="text-sm text-slate-600">
          {message}
        </span>
      </div>
    </section>
  );
}
