import { useState } from 'react';
import { t, type MessageKey } from '../../lib/platform/i18n';
import type { InsertOutcome } from '../../lib/sites/types';
import { canInsert } from '../../lib/templates/render';
import { renderWithFallbacks } from '../../lib/templates/quick-replies';
import type { SuggestionView as Suggestion } from '../../lib/messages/protocol';
import type { Template } from '../../lib/templates/schema';
import type { TemplateValues, VariableName } from '../../lib/templates/variables';

/** Values only a human can supply: typed into the card, never guessed. */
const HUMAN_VARIABLES: ReadonlySet<VariableName> = new Set(['answer', 'question', 'colleagueName', 'concern', 'interviewerName', 'surveyUrl', 'position', 'company', 'recruiterName']);

/**
 * The first is open, the rest are one line each. Four, because with a decline hint the call and the
 * worries come first and the due follow-up must still be in the list.
 */
const SHOWN = 4;

export function Suggestions({
  suggestions,
  values,
  language,
  onInsert,
}: {
  suggestions: Suggestion[];
  values: TemplateValues;
  language: 'ja' | 'en';
  onInsert: (template: Template, text: string) => Promise<InsertOutcome>;
}) {
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="af-suggestions" className="mb-3">
      <h3 id="af-suggestions" className="m-0 mb-1 text-sm font-semibold">
        {t('suggestionsHeading')}
      </h3>
      <ol className="m-0 grid list-none gap-2 p-0">
        {suggestions.slice(0, SHOWN).map((s, i) => (
          <SuggestionCard key={s.template.id} suggestion={s} values={values} language={language} onInsert={onInsert} open={i === 0} />
        ))}
      </ol>
    </section>
  );
}

function SuggestionCard({
  suggestion,
  values,
  language,
  onInsert,
  open,
}: {
  suggestion: Suggestion;
  values: TemplateValues;
  language: 'ja' | 'en';
  onInsert: (template: Template, text: string) => Promise<InsertOutcome>;
  open: boolean;
}) {
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const result = renderWithFallbacks(suggestion.template, { ...values, ...extra }, { locale: language });
  const toFill = [...new Set([...result.missing, ...Object.keys(extra)])].filter((v) => HUMAN_VARIABLES.has(v as VariableName));
  const insert = async () => {
    setBusy(true);
    try {
      const outcome = await onInsert(suggestion.template, result.text);
      setStatus(
        outcome.kind === 'failed'
          ? { text: t('insertFailed', outcome.reason), error: true }
          : { text: outcome.kind === 'copied' ? t('insertCopied') : t('insertInserted'), error: false },
      );
    } finally {
      setBusy(false);
    }
  };
  const reason = t(suggestion.reason.key as MessageKey, ...suggestion.reason.params);
  return (
    <li className="rounded-md border border-teal-200 bg-teal-50/50 p-2">
      <details open={open}>
        <summary className="cursor-pointer text-xs font-semibold">
          {suggestion.template.title}
          <span className="block font-normal text-slate-600">{reason}</span>
        </summary>
        {toFill.map((name) => (
          <label key={name} className="mt-1.5 grid gap-0.5 text-xs">
            {t(`variable_${name}` as MessageKey)}
            <textarea
              rows={name === 'answer' ? 3 : 1}
              className="af-input"
              value={extra[name] ?? ''}
              onChange={(e) => setExtra({ ...extra, [name]: e.target.value })}
            />
          </label>
        ))}
        <pre tabIndex={0} className="mt-1.5 max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-1.5 font-sans text-xs" aria-label={t('suggestionPreview')}>
          {result.bodySegments.map((seg, i) =>
            seg.kind === 'var' && seg.status !== 'filled' ? (
              <mark key={i} className="bg-red-100 text-red-800">
                {seg.text}
              </mark>
            ) : (
              <span key={i}>{seg.text}</span>
            ),
          )}
        </pre>
        {!canInsert(result) && (
          <p className="m-0 mt-1 text-xs text-red-700" role="note">
            {t('suggestionMissing', result.missing.map((m) => t(`variable_${m}` as MessageKey)).join(', '))}
          </p>
        )}
        <button type="button" className="af-btn-primary mt-1.5" disabled={busy || !canInsert(result)} onClick={() => void insert()}>
          {t('suggestionInsert')}
        </button>
        <p role="status" className={'m-0 mt-1 text-xs ' + (status?.error ? 'text-red-700' : 'text-teal-800')}>
          {status?.text ?? ''}
        </p>
      </details>
    </li>
  );
}
