import { useEffect } from 'react';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { SidebarFrame, useCollapsed } from '../../components/sidebar/SidebarFrame';
import type { SiteAdapter } from '../../lib/sites/types';
import { useThreadSession } from './use-thread-session';

export function App({ adapter, signal }: { adapter: SiteAdapter | null; signal: AbortSignal }) {
  const { collapsed, toggle } = useCollapsed(false);
  const session = useThreadSession(adapter, signal);

  // The keyboard command (Alt+Shift+F) arrives from the background.
  useEffect(() => {
    const listener = (msg: unknown) => {
      const m = msg as { channel?: string; type?: string } | null;
      if (m?.channel === 'afterfollow-tab' && m.type === 'toggle-sidebar') toggle();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [toggle]);

  return (
    <SidebarFrame collapsed={collapsed} onToggle={toggle}>
      <Sidebar view={session.view} actions={session.actions} />
    </SidebarFrame>
  );
}
