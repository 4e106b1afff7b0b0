import { t } from '../../../lib/platform/i18n';
import type { RecruiterFigures, Recruiter } from '../../../lib/sync/team-view';
import { DataTable } from './DataTable';

export type Scope = 'me' | 'team';

/** "Me / Team": shown only when teammates' documents arrived through team sync (issue 18). */
export function ScopeSwitch({ value, onChange, name = 'scope' }: { value: Scope; onChange: (s: Scope) => void; name?: string }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-3 text-sm">
      <legend className="sr-only">{t('scopeLabel')}</legend>
      <span aria-hidden="true" className="text-slate-700">
        {t('scopeLabel')}:
      </span>
      {(['me', 'team'] as const).map((s) => (
        <label key={s} className="flex items-center gap-1">
          <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} />
          {t(s === 'me' ? 'scopeMe' : 'scopeTeam')}
        </label>
      ))}
    </fieldset>
  );
}

/** Which recruiter's figures the team scope shows ('*' = the whole team, shared rows counted once). */
export function RecruiterSelect({ recruiters, value, onChange }: { recruiters: readonly Recruiter[]; value: string; onChange: (user: string) => void }) {
  return (
    <label className="grid gap-1 text-sm">
      {t('teamRecruiter')}
      <select className="rounded border border-slate-300 px-2 py-1" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="*">{t('teamAllRecruiters')}</option>
        {recruiters.map((r) => (
          <option key={r.user || 'me'} value={r.user || 'me'}>
            {r.me ? t('scopeMe') : r.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Per recruiter and the team total: candidates, items, and how many are open, answered, deferred. */
export function TeamTable({ rows, total }: { rows: readonly RecruiterFigures[]; total: RecruiterFigures }) {
  const line = (f: RecruiterFigures, label: string) => [label, f.candidates, f.items, f.open, f.answered, f.deferred];
  return (
    <section aria-label={t('teamTableTitle')} className="mt-4">
      <DataTable
        caption={t('teamTableTitle')}
        head={[t('teamRecruiter'), t('teamColCandidates'), t('teamColItems'), t('teamColOpen'), t('teamColAnswered'), t('teamColDeferred')]}
        rows={[
          ...rows.map((f) => line(f, `${f.me ? t('scopeMe') : f.name}${f.countsOnly ? ` ${t('teamCountsOnly')}` : ''}`)),
          line(total, t('teamTotal')),
        ]}
      />
    </section>
  );
}
