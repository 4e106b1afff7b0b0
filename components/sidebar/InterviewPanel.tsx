import { useState, type FormEvent } from 'react';
import { STAGES, type Stage } from '../../lib/domain';
import { formatDateTime, t } from '../../lib/platform/i18n';
import type { Interview } from '../../lib/records';
import { fromLocalInput } from './datetime';
import { FormFooter } from './FormFooter';

export interface NewInterview {
  at: number;
  stage: Stage;
  interviewers: string[];
}

export function InterviewPanel({
  interviews,
  defaultStage,
  onAdd,
}: {
  interviews: Interview[];
  defaultStage: Stage;
  onAdd: (i: NewInterview) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const at = fromLocalInput(String(f.get('at') ?? ''));
    if (at === null) return setError(t('interviewNeedsDate'));
    const interviewers = String(f.get('interviewers') ?? '')
      .split(/[,、]/)
      .map((s) => s.trim())
      .filter(Boolean);
    try {
      await onAdd({ at, stage: f.get('stage') as Stage, interviewers });
      setOpen(false);
      setError('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section aria-labelledby="af-interviews" className="mb-3">
      <div className="flex items-center justify-between">
        <h3 id="af-interviews" className="m-0 text-sm font-semibold">
          {t('interviewsHeading')}
        </h3>
        {!open && (
          <button type="button" className="af-btn-secondary" onClick={() => setOpen(true)}>
            + {t('interviewAdd')}
          </button>
        )}
      </div>
      {interviews.length === 0 ? (
        <p className="m-0 text-xs text-slate-500">{t('interviewNone')}</p>
      ) : (
        <ul className="m-0 list-none p-0 text-xs">
          {interviews.map((i) => (
            <li key={i.id}>
              {formatDateTime(i.at)} · {t(`stage_${i.stage}`)}
              {i.interviewers.length > 0 && (
                <>
                  {' · '}
                  <bdi dir="auto">{i.interviewers.join(', ')}</bdi>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <form onSubmit={submit} className="mt-1.5 grid gap-1.5 text-xs" aria-label={t('interviewAdd')}>
          <label className="grid gap-0.5">
            {t('interviewAt')}
            <input type="datetime-local" name="at" className="af-input" required />
          </label>
          <label className="grid gap-0.5">
            {t('interviewStage')}
            <select name="stage" className="af-input" defaultValue={defaultStage}>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`stage_${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="grid gap-0.5">
            {t('interviewers')}
            <input name="interviewers" className="af-input" maxLength={400} />
          </label>
          <FormFooter error={error} submitLabel={t('interviewAdd')} onCancel={() => setOpen(false)} />
        </form>
      )}
    </section>
  );
}
