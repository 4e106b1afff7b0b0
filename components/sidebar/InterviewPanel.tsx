import { useId, useState, type FormEvent } from 'react';
import { STAGES, type Stage } from '../../lib/domain';
import { formatDateTime, t } from '../../lib/platform/i18n';
import { INTERVIEW_NOTES_MAX, type Interview } from '../../lib/records';
import { fromLocalInput } from './datetime';
import { FormFooter } from './FormFooter';
import { imeSafeEnter } from './keys';

export interface NewInterview {
  at: number;
  stage: Stage;
  interviewers: string[];
}

export function InterviewPanel({
  interviews,
  defaultStage,
  onAdd,
  onSaveNotes,
}: {
  interviews: Interview[];
  defaultStage: Stage;
  onAdd: (i: NewInterview) => Promise<void>;
  onSaveNotes: (id: string, notes: string) => Promise<void>;
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
        <ul className="m-0 grid list-none gap-1 p-0 text-xs">
          {interviews.map((i) => (
            <InterviewRow key={i.id} interview={i} onSaveNotes={onSaveNotes} />
          ))}
        </ul>
      )}
      {open && (
        <form onSubmit={submit} onKeyDown={imeSafeEnter} className="mt-1.5 grid gap-1.5 text-xs" aria-label={t('interviewAdd')}>
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

/** One interview: when, stage, interviewers, and the interviewer's notes (written here, read on the prep sheet). */
function InterviewRow({ interview: i, onSaveNotes }: { interview: Interview; onSaveNotes: (id: string, notes: string) => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const notesId = useId();
  const when = `${formatDateTime(i.at)} · ${t(`stage_${i.stage}`)}`;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      await onSaveNotes(i.id, String(new FormData(e.currentTarget).get('notes') ?? '').trim());
      setEditing(false);
      setError('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <li>
      <div className="flex items-center gap-2">
        <span className="min-w-0 flex-1 truncate" title={i.interviewers.length ? `${when} · ${i.interviewers.join(', ')}` : when}>
          {when}
          {i.interviewers.length > 0 && (
            <>
              {' · '}
              <bdi dir="auto">{i.interviewers.join(', ')}</bdi>
            </>
          )}
        </span>
        {!editing && (
          <button type="button" className="af-btn-secondary shrink-0 px-1.5 py-0" aria-label={t('interviewNotesFor', when)} onClick={() => setEditing(true)}>
            {t('interviewNotesEdit')}
          </button>
        )}
      </div>
      {!editing && i.notes && (
        <p className="af-muted m-0 mt-0.5 line-clamp-3 whitespace-pre-wrap break-words" data-testid="interview-notes">
          <bdi dir="auto">{i.notes}</bdi>
        </p>
      )}
      {editing && (
        <form onSubmit={submit} onKeyDown={imeSafeEnter} className="mt-1 grid gap-1" aria-label={t('interviewNotesFor', when)}>
          <label htmlFor={notesId}>{t('interviewNotes')}</label>
          <textarea id={notesId} name="notes" rows={4} maxLength={INTERVIEW_NOTES_MAX} defaultValue={i.notes} className="af-input" autoFocus />
          <FormFooter error={error} submitLabel={t('save')} onCancel={() => setEditing(false)} />
        </form>
      )}
    </li>
  );
}
