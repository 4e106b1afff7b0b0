import { useState, type RefObject } from 'react';
import { ANXIETY_CATEGORIES } from '../../lib/analysis/types';
import { ITEM_STATUSES, type Category, type ItemStatus } from '../../lib/domain';
import { formatDateTime, t } from '../../lib/platform/i18n';
import type { Item } from '../../lib/records';

type Change = { status?: ItemStatus; category?: Category };

/** Long threads list the newest items first-class; earlier ones are one click away (keeps the sidebar fast). */
const SHOWN_AT_FIRST = 15;

/** Deferred items first and marked: they are what the field interviewer must answer next time. */
export function ItemList({
  items,
  onChange,
  headingRef,
}: {
  items: Item[];
  onChange: (id: string, c: Change) => Promise<void>;
  /** The skip link's target. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  const visible = items.filter((i) => i.status !== 'dismissed');
  const deferred = visible.filter((i) => i.status === 'deferred');
  const rest = visible.filter((i) => i.status !== 'deferred');
  // Open ones first: they are what to answer now; answered ones follow for reference. Of a long list
  // the newest open ones stay in view, then the newest answered ones.
  const open = rest.filter((i) => i.status === 'open');
  const closed = rest.filter((i) => i.status !== 'open');
  const [showAll, setShowAll] = useState(false);
  const keepOpen = showAll ? open.length : Math.min(open.length, SHOWN_AT_FIRST);
  const keepClosed = showAll ? closed.length : Math.min(closed.length, SHOWN_AT_FIRST - keepOpen);
  const shown = [...open.slice(open.length - keepOpen), ...closed.slice(closed.length - keepClosed)];
  const hidden = rest.length - shown.length;
  return (
    <>
      {deferred.length > 0 && (
        <section aria-labelledby="af-deferred" className="af-deferred mb-3 rounded-lg border-2 p-2">
          <h3 id="af-deferred" className="m-0 mb-1 text-sm font-semibold">
            {t('deferredHeading')} ({deferred.length})
          </h3>
          <ul className="m-0 grid list-none gap-1.5 p-0">
            {deferred.map((item) => (
              <ItemRow key={item.id} item={item} onChange={onChange} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="af-items" className="mb-3">
        <h3 id="af-items" ref={headingRef} tabIndex={-1} className="m-0 mb-1 text-sm font-semibold">
          {t('itemsHeading')} ({rest.length})
        </h3>
        {hidden > 0 && (
          <button type="button" className="af-btn-secondary mb-2" onClick={() => setShowAll(true)}>
            {t('itemsShowEarlier', hidden)}
          </button>
        )}
        {rest.length === 0 ? (
          <p className="af-muted m-0">{t('itemsEmpty')}</p>
        ) : (
          <ul className="m-0 grid list-none gap-1.5 p-0">
            {shown.map((item) => (
              <ItemRow key={item.id} item={item} onChange={onChange} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/**
 * One compact row: the text, then one line of small controls (the kind, the category as a tag that
 * opens its list, the status). Two full-width dropdowns per item pushed the questions below the fold.
 */
function ItemRow({ item, onChange }: { item: Item; onChange: (id: string, c: Change) => Promise<void> }) {
  const label = `${t(`kind_${item.kind}`)}: ${item.text.slice(0, 60)}`;
  return (
    <li className="af-card rounded-md border px-2 py-1.5" data-item-id={item.id} data-kind={item.kind}>
      <p className="m-0 whitespace-pre-wrap break-words" data-testid="item-text">
        <bdi dir="auto">{item.text || '—'}</bdi>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-1 text-[11px]">
        <span className={'af-tag font-semibold ' + (item.kind === 'question' ? 'af-tag-question' : 'af-tag-worry')}>{t(`kind_${item.kind}`)}</span>
        <select
          aria-label={`${t('itemCategoryLabel')} (${label})`}
          title={t('itemCategoryLabel')}
          className="af-tag af-tag-select"
          value={item.category}
          onChange={(e) => void onChange(item.id, { category: e.target.value as Category })}
        >
          {ANXIETY_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category_${c}`)}
            </option>
          ))}
        </select>
        <span className="af-muted">{formatDateTime(item.at)}</span>
        <select
          aria-label={`${t('itemStatusLabel')} (${label})`}
          title={t('itemStatusLabel')}
          className={'af-status ms-auto ' + (item.status === 'open' ? 'af-status-open' : '')}
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
