import { useCallback, useState, type ReactNode } from 'react';
import { t } from '../../lib/i18n';

/** The landmark and its collapse control. Collapsed, only a small tab stays on screen. */
/** `compact`: outside candidate threads the sidebar stays small and only says why. */
export function SidebarFrame({
  collapsed,
  compact = false,
  onToggle,
  children,
}: {
  collapsed: boolean;
  compact?: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <aside
      aria-label={t('sidebarLabel')}
      className={
        'af-frame fixed z-[2147483000] flex flex-col overflow-hidden rounded-l-xl border border-slate-300 bg-white text-slate-900 shadow-xl ' +
        (collapsed ? 'w-11' : compact ? 'w-[240px]' : 'w-[340px] max-w-[90vw]')
      }
    >
      <header className="flex items-center gap-2 border-b border-slate-200 bg-teal-700 px-2 py-1.5 text-white">
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('sidebarExpand') : t('sidebarCollapse')}
          title={`${collapsed ? t('sidebarExpand') : t('sidebarCollapse')} (${t('shortcutHint')})`}
          className="rounded px-1.5 py-0.5 text-base font-bold hover:bg-teal-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white"
        >
          {collapsed ? '«' : '»'}
        </button>
        {!collapsed && <h2 className="m-0 text-sm font-semibold tracking-wide">Afterfollow</h2>}
      </header>
      {!collapsed && <div className="min-h-0 flex-1 overflow-y-auto p-3 text-[13px] leading-snug">{children}</div>}
    </aside>
  );
}

export function useCollapsed(initial = false) {
  const [collapsed, setCollapsed] = useState(initial);
  const toggle = useCallback(() => setCollapsed((c) => !c), []);
  return { collapsed, toggle, setCollapsed };
}
