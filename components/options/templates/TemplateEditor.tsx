// The options page's template library: pick a template, edit it against a live preview, save,
// duplicate, delete or restore it, and move whole sets in and out as JSON. Storage and file
// download arrive as props, so the component holds no browser or database wiring of its own.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { t, uiLanguage } from '../../../lib/platform/i18n';
import { newTemplateId, type LibraryEntry, type TemplateRepository } from '../../../lib/db/templates';
import { BUILTIN_UPDATED_AT } from '../../../lib/templates/builtin';
import type { Template } from '../../../lib/templates/schema';
import type { VariableName } from '../../../lib/templates/variables';
import { refusalText } from '../../pages/refusal-text';
import { SetActions } from './SetActions';
import { TemplateForm, type TextField } from './TemplateForm';
import { TemplateList } from './TemplateList';
import { TemplatePreview } from './TemplatePreview';
import { validateDraft } from './validate';
import { VariablePalette } from './VariablePalette';

export interface TemplateEditorProps {
  repository: TemplateRepository;
  download: (name: string, text: string, type: string) => void;
  confirm: (question: string) => boolean;
}

type Status = { text: string; error: boolean } | null;

const EDITABLE = ['title', 'subject', 'body', 'moment', 'language'] as const;
function sameContent(a: Template, b: Template): boolean {
  return EDITABLE.every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

/** What Save sends: an empty subject means "no subject", not a blank one. */
function forSave(draft: Template): Template {
  const { subject, ...rest } = draft;
  return subject ? { ...rest, subject } : rest;
}

export function TemplateEditor({ repository, download, confirm }: TemplateEditorProps) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [draft, setDraft] = useState<Template | null>(null);
  const [isNew, setIsNew] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<TextField>('body');
  const pendingCaret = useRef<{ field: TextField; at: number } | null>(null);

  const entry = draft && !isNew ? (entries?.find((e) => e.template.id === draft.id) ?? null) : null;
  const dirty = !!draft && (isNew || !entry || !sameContent(draft, entry.template));

  /** Reloads the library and shows `id` (or the first template) with its saved content. */
  const load = useCallback(
    async (id: string | null) => {
      const list = await repository.list();
      setEntries(list);
      const shown = list.find((e) => e.template.id === id) ?? list[0];
      setDraft(shown ? { ...shown.template } : null);
      setIsNew(false);
    },
    [repository],
  );
  useEffect(() => {
    load(null).catch((e: unknown) => setStatus({ text: t('tplFailed', String(e)), error: true }));
  }, [load]);

  // After a variable is inserted, put the caret right after it so typing continues there.
  useLayoutEffect(() => {
    const pending = pendingCaret.current;
    if (!pending) return;
    pendingCaret.current = null;
    const el = pending.field === 'subject' ? subjectRef.current : bodyRef.current;
    el?.focus();
    el?.setSelectionRange(pending.at, pending.at);
  });

  if (!entries || !draft) {
    return (
      <p role="status" className={status?.error ? 'text-red-700' : ''}>
        {status?.text ?? t('tplLoading')}
      </p>
    );
  }

  /** Runs one action with the controls locked, reporting its outcome in the status line. */
  const run = async (action: () => Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await action());
    } catch (e) {
      setStatus({ text: t('tplFailed', e instanceof Error ? e.message : String(e)), error: true });
    } finally {
      setBusy(false);
    }
  };
  const mayDiscard = () => !dirty || confirm(t('tplDiscardConfirm'));

  const select = (id: string) => {
    if (id === draft.id || !mayDiscard()) return;
    const next = entries.find((e) => e.template.id === id);
    if (next) setDraft({ ...next.template });
    setIsNew(false);
    setStatus(null);
  };

  const create = () => {
    if (!mayDiscard()) return;
    setDraft({
      id: newTemplateId(),
      moment: draft.moment,
      language: uiLanguage(),
      title: t('tplNew'),
      subject: '',
      body: '',
      builtin: false,
      // Replaced by the save time; a valid value keeps the draft checkable by the schema.
      updatedAt: BUILTIN_UPDATED_AT,
    });
    setIsNew(true);
    setStatus(null);
  };

  const insertVariable = (name: VariableName) => {
    const field = lastField.current;
    const el = field === 'subject' ? subjectRef.current : bodyRef.current;
    const value = draft[field] ?? '';
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? start;
    const token = `{{${name}}}`;
    setDraft({ ...draft, [field]: value.slice(0, start) + token + value.slice(end) });
    pendingCaret.current = { field, at: start + token.length };
  };

  const { valid, errors } = validateDraft(draft);
  const origin = isNew ? 'new' : (entry?.origin ?? 'custom');

  const actions = {
    save: () =>
      void run(async () => {
        const result = await repository.save(forSave(draft));
        if (!result.ok) return { text: t('tplFailed', result.error), error: true };
        await load(result.template.id);
        return { text: t('tplSaved'), error: false };
      }),
    duplicate: () => {
      if (!mayDiscard()) return;
      void run(async () => {
        const source = entry?.template ?? draft;
        const copy = await repository.duplicate(source.id, t('tplCopyTitle', source.title));
        await load(copy.id);
        return { text: t('tplDuplicated', copy.title), error: false };
      });
    },
    remove: () => {
      if (!confirm(t('tplDeleteConfirm', entry?.template.title ?? draft.title))) return;
      void run(async () => {
        await repository.remove(draft.id);
        await load(null);
        return { text: t('tplDeleted'), error: false };
      });
    },
    restore: () => {
      if (!confirm(t('tplRestoreConfirm', draft.title))) return;
      void run(async () => {
        if (origin === 'edited') await repository.restore(draft.id);
        await load(draft.id);
        return { text: t('tplRestored'), error: false };
      });
    },
  };

  const restoreAll = () => {
    if (!confirm(t('tplRestoreAllConfirm'))) return;
    void run(async () => {
      const count = await repository.restoreAll();
      // A custom draft in progress survives; a built-in on screen now shows its shipped text.
      if (origin === 'builtin' || origin === 'edited') await load(draft.id);
      else setEntries(await repository.list());
      return { text: t('tplRestoredAll', count), error: false };
    });
  };

  const importSet = (text: string) => {
    if (!mayDiscard()) return;
    void run(async () => {
      const result = await repository.importSet(text);
      if (!result.ok) return { text: t('tplImportFailed', refusalText(result.reason)), error: true };
      await load(isNew ? null : draft.id);
      return { text: t('tplImported', result.imported, result.added, result.replaced), error: false };
    });
  };

  const exportSet = () =>
    void run(async () => {
      const text = await repository.exportSet();
      const count = entries.filter((e) => e.origin !== 'builtin').length;
      download(`afterfollow-templates-${new Date().toISOString().slice(0, 10)}.json`, text, 'application/json');
      return { text: t('tplExported', count), error: false };
    });

  return (
    <section aria-labelledby="tpl-heading" className="mt-8 grid gap-3">
      <h2 id="tpl-heading" className="text-xl font-semibold">
        {t('tplHeading')}
      </h2>
      <p className="text-sm text-slate-600">{t('tplIntro')}</p>
      <SetActions busy={busy} onExport={exportSet} onImport={importSet} onRestoreAll={restoreAll} />
      <p role="status" className={'min-h-5 text-sm ' + (status?.error ? 'text-red-700' : 'text-teal-800')}>
        {status?.text ?? ''}
      </p>
      <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
        <div className="grid content-start gap-2">
          <button
            type="button"
            onClick={create}
            disabled={busy}
            className="rounded-md border border-teal-700 px-3 py-1.5 text-sm text-teal-800 disabled:opacity-50"
          >
            {t('tplNew')}
          </button>
          <TemplateList entries={entries} selectedId={isNew ? null : draft.id} onSelect={select} />
        </div>
        <div className="grid content-start gap-4">
          <TemplateForm
            draft={draft}
            origin={origin}
            dirty={dirty}
            busy={busy}
            errors={errors}
            valid={valid}
            onChange={(patch) => setDraft({ ...draft, ...patch })}
            onFocusField={(field) => (lastField.current = field)}
            refs={{ subject: subjectRef, body: bodyRef }}
            actions={actions}
          />
          <VariablePalette onInsert={insertVariable} disabled={busy} />
          <TemplatePreview draft={draft} />
        </div>
      </div>
    </section>
  );
}
