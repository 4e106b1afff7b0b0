import { useEffect } from 'react';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { SidebarFrame, useCollapsed } from '../../components/sidebar/SidebarFrame';
import { activeObserverCount } from '../../lib/sites';
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

  return (
    <SidebarFrame collapsed={collapsed} compact={session.view.kind !== 'candidate'} onToggle={toggle}>
      <Sidebar view={session.view} actions={session.actions} />
    </SidebarFrame>
  );
}
