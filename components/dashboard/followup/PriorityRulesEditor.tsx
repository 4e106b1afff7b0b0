import { useEffect, useState, type FormEvent } from 'react';
import { readPriorityRules, savePriorityRules } from '../../../lib/db/access';
import { t } from '../../../lib/platform/i18n';
import { priorityRuleSchema, type PriorityRule } from '../../../lib/schedule/priority';

/** The team's own priorities per position ("final-stage engineers first"). */
export function PriorityRulesEditor() {
  const [rules, setRules] = useState<PriorityRule[]>([]);
  const [error, setError] = useState('');
  useEffect(() => void readPriorityRules().then(setRules), []);
  const save = async (next: PriorityRule[]) => {
    await savePriorityRules(next);
    setRules(next);
  };
  const add = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const parsed = priorityRuleSchema.safeParse({ positionPattern: String(f.get('pattern') ?? '').trim(), boost: Number(f.get('boost')) });
    if (!parsed.success) return setError(t('rulesInvalid'));
    setError('');
    form.reset();
    await save([...rules, parsed.data]);
  };
  return (
    <section aria-labelledby="rules-title" className="mt-6 print:hidden">
      <h3 id="rules-title" className="mb-1 font-semibold">
        {t('rulesTitle')}
      </h3>
      <ul className="m-0 mb-2 list-none p-0 text-sm">
        {rules.map((r, i) => (
          <li key={i} className="flex items-center gap-2">
            <bdi dir="auto">{r.positionPattern}</bdi> ({r.boost > 0 ? '+' : ''}
            {r.boost})
            <button type="button" className="text-xs underline" onClick={() => void save(rules.filter((_, j) => j !== i))}>
              {t('deleteCandidateShort')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} className="flex flex-wrap items-end gap-2 text-sm" aria-label={t('rulesTitle')}>
        <label className="grid gap-0.5">
          {t('rulesPattern')}
          <input name="pattern" className="rounded border px-2 py-1" maxLength={200} required />
        </label>
        <label className="grid gap-0.5">
          {t('rulesBoost')}
          <input name="boost" type="number" min={-500} max={500} defaultValue={50} className="w-24 rounded border px-2 py-1" required />
        </label>
        <button type="submit" className="rounded bg-teal-700 px-3 py-1 text-white">
          {t('rulesAdd')}
        </button>
        {error && (
          <p role="alert" className="m-0 text-red-700">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
