import { useState } from 'react';
import { send } from '../../lib/messages/client';
import { t } from '../../lib/platform/i18n';

export function DangerZone({ confirm }: { confirm: (question: string) => boolean }) {
  const [status, setStatus] = useState('');
  const deleteAll = async () => {
    if (!confirm(t('deleteAllConfirm'))) return;
    await send('data.deleteAll', { confirm: true });
    setStatus(t('deleteDone'));
  };
  const resetCorrections = async () => {
    if (!confirm(t('resetCorrectionsConfirm'))) return;
    await send('corrections.reset', { confirm: true });
    setStatus(t('resetCorrectionsDone'));
  };
  return (
    <section className="mt-8 flex flex-col items-start gap-2 rounded-lg border border-red-300 p-4">
      <p className="m-0 text-sm text-slate-700">{t('correctionsExplained')}</p>
      <button type="button" className="rounded-md border border-slate-500 px-3 py-1.5 text-sm" onClick={() => void resetCorrections()}>
        {t('resetCorrections')}
      </button>
      <button type="button" className="rounded-md border border-red-700 px-3 py-1.5 text-sm text-red-800" onClick={() => void deleteAll()}>
        {t('deleteAll')}
      </button>
      <p role="status" className="mt-2 text-sm">
        {status}
      </p>
    </section>
  );
}
