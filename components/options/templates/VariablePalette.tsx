import { useId } from 'react';
import type { MessageKey } from '../../../lib/platform/i18n';
import { t } from '../../../lib/platform/i18n';
import { VARIABLES, type VariableName } from '../../../lib/templates/variables';

/** One button per known variable; the editor inserts "{{name}}" at the caret. */
export function VariablePalette({ onInsert, disabled }: { onInsert: (name: VariableName) => void; disabled?: boolean }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold">
        {t('tplVariablesHeading')}
      </h3>
      <p className="mb-1 text-xs text-slate-600">{t('tplVariablesHint')}</p>
      <ul className="flex flex-wrap gap-1">
        {VARIABLES.map((name) => (
          <li key={name}>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onInsert(name)}
              className="rounded border border-slate-300 px-1.5 py-0.5 text-xs hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-teal-600"
            >
              {t(`variable_${name}` as MessageKey)} <code className="text-slate-500">{`{{${name}}}`}</code>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
