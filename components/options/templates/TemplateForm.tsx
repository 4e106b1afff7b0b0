import { useId, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { MessageKey } from '../../../lib/platform/i18n';
import { t } from '../../../lib/platform/i18n';
import type { TemplateOrigin } from '../../../lib/db/templates';
import { MOMENTS, TEMPLATE_LANGUAGES, TEMPLATE_LIMITS, type Moment, type Template, type TemplateLanguage } from '../../../lib/templates/schema';
import { LanguageBadge, OriginBadge } from './TemplateList';
import type { EditableField, FieldErrors } from './validate';

export type TextField = 'subject' | 'body';

const input = 'rounded border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600 disabled:bg-slate-100';
const button = 'rounded-md border px-3 py-1.5 text-sm disabled:cursor-not-allowed disabled:opacity-50';

function Field({ label, id, errors, hint, children }: { label: string; id: string; errors?: string[]; hint?: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 text-sm">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <ul id={`${id}-errors`} className="text-xs text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** aria props tying a control to its hint and errors. */
function described(id: string, errors: string[] | undefined, hint?: boolean) {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': ids || undefined };
}

export interface FormActions {
  save: () => void;
  duplicate: () => void;
  remove: () => void;
  restore: () => void;
}

export function TemplateForm({
  draft,
  origin,
  dirty,
  busy,
  errors,
  valid,
  onChange,
  onFocusField,
  refs,
  actions,
}: {
  draft: Template;
  /** 'new' for a draft that was never saved. */
  origin: TemplateOrigin | 'new';
  dirty: boolean;
  busy: boolean;
  errors: FieldErrors;
  valid: boolean;
  onChange: (patch: Partial<Template>) => void;
  onFocusField: (field: TextField) => void;
  refs: { subject: RefObject<HTMLInputElement | null>; body: RefObject<HTMLTextAreaElement | null> };
  actions: FormActions;
}) {
  const base = useId();
  const id = (field: EditableField) => `${base}-${field}`;
  const isBuiltin = origin === 'builtin' || origin === 'edited';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid && dirty && !busy) actions.save();
  };
  return (
    <form onSubmit={submit} className="grid gap-3" aria-labelledby={`${base}-heading`}>
      <h3 id={`${base}-heading`} className="flex flex-wrap items-center gap-2 text-base font-semibold">
        <span>{draft.title.trim() || '…'}</span>
        <LanguageBadge language={draft.language} />
        <OriginBadge origin={origin} />
        {dirty && origin !== 'new' && <span className="text-xs font-normal text-amber-800">{t('tplUnsaved')}</span>}
      </h3>
      <Field label={t('tplFieldTitle')} id={id('title')} errors={errors.title}>
        <input
          className={input}
          {...described(id('title'), errors.title)}
          value={draft.title}
          maxLength={TEMPLATE_LIMITS.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t('tplFieldMoment')} id={id('moment')} errors={errors.moment} hint={isBuiltin ? t('tplBuiltinLocked') : undefined}>
          <select
            className={input}
            {...described(id('moment'), errors.moment, isBuiltin)}
            value={draft.moment}
            disabled={isBuiltin}
            onChange={(e) => onChange({ moment: e.target.value as Moment })}
          >
            {MOMENTS.map((m) => (
              <option key={m} value={m}>
                {t(`tplMoment_${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('tplFieldLanguage')} id={id('language')} errors={errors.language}>
          <select
            className={input}
            {...described(id('language'), errors.language)}
            // The lock applies to both selects; its hint is written once, under the moment.
            aria-describedby={[isBuiltin ? `${id('moment')}-hint` : '', errors.language?.length ? `${id('language')}-errors` : ''].filter(Boolean).join(' ') || undefined}
            value={draft.language}
            disabled={isBuiltin}
            onChange={(e) => onChange({ language: e.target.value as TemplateLanguage })}
          >
            {TEMPLATE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`tplLanguage_${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('tplFieldSubject')} id={id('subject')} errors={errors.subject}>
        <input
          ref={refs.subject}
          className={input}
          {...described(id('subject'), errors.subject)}
          value={draft.subject ?? ''}
          maxLength={TEMPLATE_LIMITS.subject}
          onFocus={() => onFocusField('subject')}
          onChange={(e) => onChange({ subject: e.target.value })}
        />
      </Field>
      <Field label={t('tplFieldBody')} id={id('body')} errors={errors.body}>
        <textarea
          ref={refs.body}
          className={`${input} font-mono leading-relaxed`}
          {...described(id('body'), errors.body)}
          rows={14}
          value={draft.body}
          maxLength={TEMPLATE_LIMITS.body}
          onFocus={() => onFocusField('body')}
          onChange={(e) => onChange({ body: e.target.value })}
        />
      </Field>
      {errors.form && (
        <ul className="text-xs text-red-700">
          {errors.form.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={`${button} border-teal-700 bg-teal-700 font-semibold text-white`} disabled={!valid || !dirty || busy}>
          {t('tplSave')}
        </button>
        {origin !== 'new' && (
          <button type="button" className={`${button} border-slate-400`} disabled={busy} onClick={actions.duplicate}>
            {t('tplDuplicate')}
          </button>
        )}
        {origin === 'custom' && (
          <button type="button" className={`${button} border-red-700 text-red-800`} disabled={busy} onClick={actions.remove}>
            {t('tplDelete')}
          </button>
        )}
        {isBuiltin && (
          <button type="button" className={`${button} border-slate-400`} disabled={busy || (origin === 'builtin' && !dirty)} onClick={actions.restore}>
            {t('tplRestore')}
          </button>
        )}
        {!valid && <span className="text-xs text-red-700">{t('tplFixErrors')}</span>}
      </div>
    </form>
  );
}
