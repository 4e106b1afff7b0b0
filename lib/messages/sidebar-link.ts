// The sidebar frame's link to the background: its tab's state (view, the thread's log, settings) as it
// changes. The state arrives over a port; a background that restarts (MV3 service workers sleep) drops
// the port, and the link reconnects. A slow refresh (sidebar.hello) keeps due times current.
import { browser } from 'wxt/browser';
import { send } from './client';
import { SIDEBAR_PORT } from './ports';
import { sidebarStateSchema, type SidebarState } from './protocol';

const REFRESH_MS = 60_000;

export function followSidebarState(onState: (state: SidebarState) => void, signal: AbortSignal): void {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const hello = () =>
    void send('sidebar.hello', {})
      .then(({ tabId: _tabId, ...state }) => !signal.aborted && onState(state))
      .catch(() => {});
  const connect = () => {
    if (signal.aborted) return;
    // The background posts the state as soon as the port is attached: no separate request here.
    port = browser.runtime.connect({ name: SIDEBAR_PORT });
    port.onMessage.addListener((raw: unknown) => {
      const msg = raw as { type?: unknown; state?: unknown } | null;
      if (msg?.type !== 'state') return;
      const parsed = sidebarStateSchema.safeParse(msg.state);
      if (parsed.success && !signal.aborted) onState(parsed.data);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      setTimeout(connect, 300);
    });
  };
  const timer = setInterval(hello, REFRESH_MS);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    port?.disconnect();
  });
  connect();
}
