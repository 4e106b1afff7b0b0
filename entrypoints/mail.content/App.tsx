import { useEffect } from 'react';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { SidebarFrame, useCollapsed } from '../../components/sidebar/SidebarFrame';
import { activeObserverCount } from '../../lib/sites';
import { reserveSidebarSpace } from '../../lib/sites/layout';
import type { SiteAdapter } from '../../lib/sites/types';
import { useThreadSession } from './use-thread-session';

export function App({ adapter, signal }: { adapter: SiteAdapter | null; signal: AbortSignal }) {
  const { collapsed, toggle } = useCollapsed(false);
  const session = useThreadSession(adapter, signal);

  // The keyboard command (Alt+Shift+F) arrives from the background; 'stats' lets the e2e tests
  // count our observers in the host page (none may outlive a navigation).
  useEffect(() => {
    const listener = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const m = msg as { channel?: string; type?: string } | null;
      if (m?.channel !== 'afterfollow-tab') return false;
      if (m.type === 'toggle-sidebar') toggle();
      if (m.type === 'stats') sendResponse({ observers: activeObserverCount(), view: session.view.kind, thread: session.reading?.request.threadId ?? null });
      return false;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [toggle, session.view.kind, session.reading]);

  // Keep the mail client's controls clear of the sidebar. Its right offset and widths match
  // SidebarFrame and style.css (Gmail keeps its 56 px side-panel strip free).
  const compact = session.view.kind !== 'candidate';
  const threadKey = session.reading?.request.threadId ?? session.view.kind;
  useEffect(() => {
    if (!adapter) return;
    const width = collapsed ? 44 : compact ? 240 : Math.min(340, window.innerWidth * 0.9);
    const right = adapter.site === 'gmail' ? 56 : 0;
    const apply = () => reserveSidebarSpace(document, adapter.site, window.innerWidth - right - width);
    apply();
    window.addEventListener('resize', apply);
    return () => {
      window.removeEventListener('resize', apply);
      reserveSidebarSpace(document, adapter.site, null);
    };
  }, [adapter, collapsed, compact, threadKey]);

  return (
    <SidebarFrame collapsed={collapsed} compact={compact} onToggle={toggle}>
      <Sidebar view={session.view} actions={session.actions} />
    </SidebarFrame>
  );
}
