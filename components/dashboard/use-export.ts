import { useState } from 'react';
import { t } from '../../lib/platform/i18n';
import type { ProgressState } from './data/Progress';

/** Reports how far an export got; the job calls it as pages are written. */
export type ReportProgress = (p: { done: number; total: number }) => void;

/**
 * One export button's life: busy from the first click (a double click would start a second
 * download), progress while the job runs, then how many rows went out or why nothing did.
 * The job returns the number of rows it exported.
 */
export function useExport(job: (report: ReportProgress) => Promise<number>) {
  const [progress, setProgress] = useState<ProgressState>(null);
  const [message, setMessage] = useState('');
  const run = async () => {
    setMessage('');
    setProgress({ done: 0, total: 0 });
    try {
      setMessage(t('exportDone', await job(setProgress)));
    } catch (err) {
      setMessage(t('exportFailed', err instanceof Error ? err.message : String(err)));
    } finally {
      setProgress(null);
    }
  };
  return { progress, message, run };
}
