import { useState, type FormEvent } from 'react';
import { STAGES, type Stage } from '../../lib/domain';
import { formatDateTime, t } from '../../lib/platform/i18n';
import type { Candidate } from '../../lib/records';
import type { CandidatePatch } from './model';
import { fromLocalInput, toLocalInput } from './datetime';
import { FormFooter } from './FormFooter';
import { imeSafeEnter } from './keys';

export function CandidateCard({ candidate, onSave }: { candidate: Candidate; onSave: (p: CandidatePatch) => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <CandidateForm candidate={candidate} onDone={() => setEditing(false)} onSave={onSave} />;
  const rows: [string, string][] = [
    [t('fieldPosition'), candidate.position || t('notSet')],
    [t('fieldStage'), t(`stage_${candidate.stage}`)],
    [t('fieldOwner'), candidate.owner || t('notSet')],
    [t('fieldNextInterview'), formatDateTime(candidate.nextInterviewAt)],
    [t('lastContactCandidate'), formatDateTime(candidate.lastCandidateContactAt)],
    [t('lastContactRecruiter'), formatDateTime(candidate.lastRecruiterContactAt)],
  ];
  return (
    <section aria-labelledby="af-candidate" className="mb-3">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id="af-candidate" className="m-0 text-xs font-medium uppercase text-slate-500">
            {t('candidateHeading')}
          </h3>
          <p className="m-0 truncate text-base font-semibold" data-testid="candidate-name" title={candidate.name}>
            <bdi dir="auto">{candidate.name}</bdi>
          </p>
          <p className="m-0 truncate text-xs text-slate-600" title={candidate.email}>
            <bdi dir="auto">{candidate.email}</bdi>
          </p>
        </div>
        <button type="button" className="af-btn-secondary shrink-0" onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            {/* Long positions and owners are clipped to one line; the tooltip shows them whole. */}
            <dd className="m-0 truncate" title={value}>
              <bdi dir="auto">{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function CandidateForm({
  candidate,
  onSave,
  onDone,
}: {
  candidate: Candidate;
  onSave: (p: CandidatePatch) => Promise<void>;
  onDone: () => void;
}) {
  const [error, setError] = useState('');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    try {
      await onSave({
        name: text('name') || candidate.name,
        position: text('position'),
        stage: text('stage') as Stage,
        owner: text('owner'),
        nextInterviewAt: fromLocalInput(text('next')),
      });
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form onSubmit={submit} onKeyDown={imeSafeEnter} className="mb-3 grid gap-1.5 text-xs" aria-label={t('candidateHeading')}>
      <label className="grid gap-0.5">
        {t('fieldName')}
        <input name="name" defaultValue={candidate.name} className="af-input" required maxLength={500} />
      </label>
      <label className="grid gap-0.5">
        {t('fieldPosition')}
        <input name="position" defaultValue={candidate.position} className="af-input" maxLength={500} />
      </label>
      <label className="grid gap-0.5">
        {t('fieldStage')}
        <select name="stage" defaultValue={candidate.stage} className="af-input">
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-0.5">
        {t('fieldOwner')}
        <input name="owner" defaultValue={candidate.owner} className="af-input" maxLength={200} />
      </label>
      <label className="grid gap-0.5">
        {t('fieldNextInterview')}
        <input name="next" type="datetime-local" defaultValue={toLocalInput(candidate.nextInterviewAt)} className="af-input" />
      </label>
      <FormFooter error={error} submitLabel={t('save')} onCancel={onDone} />
    </form>
  );
}
