import { Suspense, useRef, useState, type ReactNode } from 'react';
import { t, type MessageKey } from '../../lib/platform/i18n';
import { SetupNotice } from '../pages/SetupNotice';
import { LogPanel } from './LogPanel';
import type { DashboardPorts } from './ports';
import { panels } from './panels';

export type { DashboardPorts } from './ports';

/**
 * HR's page, one tab per job: the log is always first; further panels (follow-up priorities, results,
 * data transfer) register in ./panels.ts.
 */
export function Dashboard(ports: DashboardPorts) {
  const all: { id: string; label: MessageKey; render: () => ReactNode }[] = [
    { id: 'log', label: 'tabLog', render: () => <LogPanel {...ports} /> },
    ...panels.map((p) => ({ id: p.id, label: p.label, render: () => p.render(ports) })),
  ];
  const [active, setActive] = useState(all[0]!.id);
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  const current = all.find((p) => p.id === active) ?? all[0]!;
  return (
    <main className="mx-auto max-w-6xl p-6 text-slate-900">
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="m-0 text-2xl font-semibold">{t('dashboardTitle')}</h1>
        <a href="/options.html" target="_blank" className="text-sm text-teal-800 underline">
          {t('linkOptions')}
        </a>
      </header>
      <SetupNotice target="_blank" />
      <div role="tablist" aria-label={t('dashboardTitle')} className="mb-4 flex gap-1 border-b border-slate-300">
        {all.map((p) => (
          <button
            key={p.id}
            role="tab"
            type="button"
            id={`tab-${p.id}`}
            ref={(el) => {
              if (el) tabs.current.set(p.id, el);
            }}
            aria-selected={p.id === current.id}
            aria-controls={`panel-${p.id}`}
            tabIndex={p.id === current.id ? 0 : -1}
            onClick={() => setActive(p.id)}
            onKeyDown={(e) => {
              const i = all.findIndex((x) => x.id === current.id);
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = all[(i + step + all.length) % all.length]!;
              setActive(next.id);
              tabs.current.get(next.id)?.focus();
            }}
            className={
              '-mb-px rounded-t border px-3 py-1.5 text-sm ' +
              (p.id === current.id ? 'border-slate-300 border-b-white bg-white font-semibold' : 'border-transparent text-slate-600 hover:text-slate-900') +
              ' whitespace-nowrap'
            }
          >
            {t(p.label)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        <Suspense fallback={<p role="status">{t('statusLoading')}</p>}>{current.render()}</Suspense>
      </section>
    </main>
  );
}
