import { useState } from 'react';
import { ANXIETY_CATEGORIES } from '../../lib/analysis/types';
import { ITEM_STATUSES, type Category, type ItemStatus } from '../../lib/domain';
import { formatDateTime, t } from '../../lib/platform/i18n';
import type { Item } from '../../lib/records';

type Change = { status?: ItemStatus; category?: Category };

/** Long threads list the newest items first-class; earlier ones are one click away (keeps the sidebar fast). */
const SHOWN_AT_FIRST = 15;

/** Deferred items first and marked: they are what the field interviewer must answer next time. */
export function ItemList({ items, onChange }: { items: Item[]; onChange: (id: string, c: Change) => Promise<void> }) {
  const visible = items.filter((i) => i.status !== 'dismissed');
  const deferred = visible.filter((i) => i.status === 'deferred');
  const rest = visible.filter((i) => i.status !== 'deferred');
  const [showAll, setShowAll] = useState(false);
  const hidden = showAll ? 0 : Math.max(0, rest.length - SHOWN_AT_FIRST);
  const shown = rest.slice(hidden);
  return (
    <>
      {deferred.length > 0 && (
        <section aria-labelledby="af-deferred" className="mb-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-2">
          <h3 id="af-deferred" className="m-0 mb-1 text-sm font-semibold text-amber-900">
            {t('deferredHeading')} ({deferred.length})
          </h3>
          <ul className="m-0 grid list-none gap-2 p-0">
            {deferred.map((item) => (
              <ItemRow key={item.id} item={item} onChange={onChange} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="af-items" className="mb-3">
        <h3 id="af-items" className="m-0 mb-1 text-sm font-semibold">
          {t('itemsHeading')} ({rest.length})
        </h3>
        {hidden > 0 && (
          <button type="button" className="af-btn-secondary mb-2" onClick={() => setShowAll(true)}>
            {t('itemsShowEarlier', hidden)}
          </button>
        )}
        {rest.length === 0 ? (
          <p className="m-0 text-slate-500">{t('itemsEmpty')}</p>
        ) : (
          <ul className="m-0 grid list-none gap-2 p-0">
            {shown.map((item) => (
              <ItemRow key={item.id} item={item} onChange={onChange} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ItemRow({ item, onChange }: { item: Item; onChange: (id: string, c: Change) => Promise<void> }) {
  const label = `${t(`kind_${item.kind}`)}: ${item.text.slice(0, 60)}`;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-2" data-item-id={item.id} data-kind={item.kind}>
      <div className="mb-1 flex items-center gap-1.5 text-[11px]">
        <span className={'rounded px-1.5 py-0.5 font-semibold ' + (item.kind === 'question' ? 'bg-sky-100 text-sky-900' : 'bg-rose-100 text-rose-900')}>
          {t(`kind_${item.kind}`)}
        </span>
        <span className="text-slate-500">{formatDateTime(item.at)}</span>
      </div>
      <p className="m-0 mb-1.5 whitespace-pre-wrap break-words" data-testid="item-text">
        <bdi dir="auto">{item.text || '—'}</bdi>
      </p>
      <div className="flex flex-wrap gap-1.5">
        <select
          aria-label={`${t('itemCategoryLabel')} (${label})`}
          className="af-input flex-1"
          value={item.category}
          onChange={(e) => void onChange(item.id, { category: e.target.value as Category })}
        >
          {ANXIETY_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category_${c}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={`${t('itemStatusLabel')} (${label})`}
          className="af-input flex-1"
          value={item.status}
          onChange={(e) => void onChange(item.id, { status: e.target.value as ItemStatus })}
        >
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}`)}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
