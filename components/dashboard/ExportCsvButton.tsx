import { useState } from 'react';
import { getDb } from '../../lib/db/database';
import { iterateItems, type ItemFilter } from '../../lib/db/queries';
import { toCsv } from '../../lib/export/csv';
import { t } from '../../lib/i18n';

const HEADER = ['item_id', 'candidate', 'candidate_email', 'kind', 'text', 'category', 'status', 'owner', 'stage', 'date', 'source'];

export function ExportCsvButton({ filter, download }: { filter: ItemFilter; download: (name: string, csv: string) => void }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState('');
  const run = async () => {
    const rows: unknown[][] = [];
    setMessage('');
    const db = getDb();
    const emails = new Map((await db.candidates.toArray()).map((c) => [c.id, c.email]));
    for await (const page of iterateItems(db, filter)) {
      for (const r of page.rows)
        rows.push([r.id, r.candidateName, emails.get(r.candidateId) ?? '', r.kind, r.text, r.category, r.status, r.owner, r.stage, new Date(r.at).toISOString(), r.source]);
      setProgress({ done: page.done, total: page.total });
    }
    download(`afterfollow-items-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(HEADER, rows));
    setProgress(null);
    setMessage(t('exportDone', rows.length));
  };
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
