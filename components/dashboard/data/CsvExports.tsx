import { csvExport } from '../../../lib/db/access';
import type { CsvTable } from '../../../lib/db/export-import';
import { t, type MessageKey } from '../../../lib/platform/i18n';
import { ExportCsvButton } from '../ExportCsvButton';
import type { DashboardPorts } from '../ports';
import { useExport } from '../use-export';
import { Progress } from './Progress';

const today = () => new Date().toISOString().slice(0, 10);

/** A whole table as CSV, page by page with a progress bar (lib/db/export-import does the paging). */
function TableCsvButton({ which, label, download }: { which: Exclude<CsvTable, 'items'>; label: MessageKey; download: DashboardPorts['download'] }) {
  const { progress, message, run } = useExport(async (report) => {
    let rows = 0;
    const csv = await csvExport(which, {
      onProgress: (p) => {
        rows = p.done;
        report(p);
      },
    });
    download(`afterfollow-${which}-${today()}.csv`, csv, 'text/csv;charset=utf-8');
    return rows;
  });
  return (
    <div className="flex items-center gap-2">
      <button type="button" className="rounded-md border border-teal-700 px-3 py-1.5 text-sm font-semibold text-teal-800" disabled={!!progress} onClick={() => void run()}>
        {t(label)}
      </button>
      <Progress value={progress} label={t(label)} />
      <span role="status" className="text-sm text-slate-600">
        {message}
      </span>
    </div>
  );
}

export function CsvExports({ download }: Pick<DashboardPorts, 'download'>) {
  return (
    <section aria-labelledby="hr-csv" className="mb-8">
      <h2 id="hr-csv" className="mb-1 text-lg font-semibold">
        {t('hrCsvHeading')}
      </h2>
      <p className="mb-2 text-sm text-slate-700">{t('hrCsvNote')}</p>
      <div className="grid gap-2">
        <div className="flex items-center gap-3">
          <span className="w-28 text-sm">{t('hrTable_items')}</span>
          <ExportCsvButton filter={{}} download={download} />
        </div>
        <div className="flex items-center gap-3">
          <span className="w-28 text-sm">{t('hrTable_candidates')}</span>
          <TableCsvButton which="candidates" label="hrExportCandidatesCsv" download={download} />
        </div>
        <div className="flex items-center gap-3">
          <span className="w-28 text-sm">{t('hrTable_events')}</span>
          <TableCsvButton which="events" label="hrExportEventsCsv" download={download} />
        </div>
      </div>
    </section>
  );
}
