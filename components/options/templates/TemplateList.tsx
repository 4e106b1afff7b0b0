import type { MessageKey } from '../../../lib/platform/i18n';
import { t } from '../../../lib/platform/i18n';
import type { LibraryEntry, TemplateOrigin } from '../../../lib/db/templates';
import { MOMENTS, type TemplateLanguage } from '../../../lib/templates/schema';

const ORIGIN_CLASS: Record<TemplateOrigin | 'new', string> = {
  builtin: 'border-slate-300 text-slate-600',
  edited: 'border-amber-400 text-amber-800',
  custom: 'border-teal-400 text-teal-800',
  new: 'border-sky-400 text-sky-800',
};

export function Badge({ children, className }: { children: string; className: string }) {
  return <span className={`rounded border px-1 text-[11px] leading-4 whitespace-nowrap ${className}`}>{children}</span>;
}

export function OriginBadge({ origin }: { origin: TemplateOrigin | 'new' }) {
  return <Badge className={ORIGIN_CLASS[origin]}>{t(`tplOrigin_${origin}` as MessageKey)}</Badge>;
}

export function LanguageBadge({ language }: { language: TemplateLanguage }) {
  return <Badge className="border-indigo-300 text-indigo-800">{t(`tplLanguage_${language}` as MessageKey)}</Badge>;
}

/** The library grouped by moment, in the method's order; each entry is a button (Tab + Enter). */
export function TemplateList({
  entries,
  selectedId,
  onSelect,
}: {
  entries: readonly LibraryEntry[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <nav aria-label={t('tplListLabel')} className="max-h-[70vh] overflow-auto pr-1">
      {MOMENTS.map((moment) => {
        const group = entries.filter((e) => e.template.moment === moment);
        if (group.length === 0) return null;
        return (
          <section key={moment} aria-labelledby={`tpl-group-${moment}`} className="mb-3">
            <h3 id={`tpl-group-${moment}`} className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
              {t(`tplMoment_${moment}` as MessageKey)}
            </h3>
            <ul className="grid gap-1">
              {group.map(({ template, origin }) => {
                const selected = template.id === selectedId;
                return (
                  <li key={template.id}>
                    <button
                      type="button"
                      aria-current={selected ? 'true' : undefined}
                      onClick={() => onSelect(template.id)}
                      className={
                        'grid w-full gap-0.5 rounded border px-2 py-1 text-left text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 ' +
                        (selected ? 'border-teal-600 bg-teal-50' : 'border-slate-200 hover:bg-slate-50')
                      }
                    >
                      <span className="truncate">{template.title}</span>
                      <span className="flex gap-1">
                        <LanguageBadge language={template.language} />
                        <OriginBadge origin={origin} />
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
