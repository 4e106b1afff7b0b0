import { useState, type FormEvent } from 'react';
import { ANXIETY_CATEGORIES } from '../../lib/analysis/types';
import { ITEM_KINDS, type Category, type ItemKind } from '../../lib/domain';
import { FormFooter } from './FormFooter';
import { imeSafeEnter } from './keys';
import { t } from '../../lib/platform/i18n';

export function AddItemForm({ onAdd }: { onAdd: (i: { kind: ItemKind; category: Category; text: string }) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  if (!open) {
    return (
      <button type="button" className="af-btn-secondary mb-3" onClick={() => setOpen(true)}>
        + {t('addItem')}
      </button>
    );
  }
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const text = String(f.get('text') ?? '').trim();
    if (!text) return setError(t('addItemEmpty'));
    try {
      await onAdd({ kind: f.get('kind') as ItemKind, category: f.get('category') as Category, text });
      form.reset();
      setError('');
      setOpen(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form onSubmit={submit} onKeyDown={imeSafeEnter} className="mb-3 grid gap-1.5 text-xs" aria-label={t('addItem')}>
      <label className="grid gap-0.5">
        {t('addItemText')}
        <textarea name="text" rows={2} maxLength={5000} className="af-input" autoFocus />
      </label>
      <div className="flex gap-1.5">
        <label className="grid flex-1 gap-0.5">
          {t('itemKindLabel')}
          <select name="kind" className="af-input">
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid flex-1 gap-0.5">
          {t('itemCategoryLabel')}
          <select name="category" className="af-input" defaultValue="other">
            {ANXIETY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category_${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormFooter error={error} submitLabel={t('addItem')} onCancel={() => setOpen(false)} />
    </form>
  );
}
