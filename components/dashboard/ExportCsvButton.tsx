import { allCandidates, iterateLogItems } from '../../lib/db/access';
import type { ItemFilter } from '../../lib/db/queries';
import { csvHead, csvRows } from '../../lib/export/csv';
import { itemCsvRow, ITEM_CSV_HEADER } from '../../lib/export/csv-tables';
import { t } from '../../lib/platform/i18n';
import type { DashboardPorts } from './ports';
import { useExport } from './use-export';

/**
 * Items matching the log's filter as one CSV (BOM, CRLF, neutralised cells), in the same column layout
 * as the Data tab's exports (lib/export/csv-tables), built page by page with a progress bar.
 */
export function ExportCsvButton({ filter, download }: { filter: ItemFilter; download: DashboardPorts['download'] }) {
  const { progress, message, run } = useExport(async (report) => {
    const candidates = new Map((await allCandidates()).map((c) => [c.id, c]));
    // Each page's text goes into a Blob at once (out of the JS heap), so a 100,000-item file never
    // sits in memory as strings, and no final join copies it again.
    const parts: Blob[] = [new Blob([csvHead(ITEM_CSV_HEADER)])];
    let count = 0;
    for await (const page of iterateLogItems(filter)) {
      parts.push(new Blob([csvRows(page.items.map((i) => itemCsvRow(i, candidates.get(i.candidateId))))]));
      count += page.items.length;
      report({ done: page.done, total: page.total });
    }
    download(`afterfollow-items-${new Date().toISOString().slice(0, 10)}.csv`, new Blob(parts, { type: 'text/csv;charset=utf-8' }));
    return count;
  });
  return (
    <div className="flex items-center gap-2">
      <button type="button" className="rounded-md bg-teal-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-teal-800" onClick={() => void run()} disabled={!!progress}>
        {t('exportCsv')}
      </button>
      {progress && <progress max={progress.total || 1} value={progress.done} aria-label={t('exportCsv')} />}
      <span role="status" className="text-sm text-slate-600">
        {message}
      </span>
    </div>
  );
}
