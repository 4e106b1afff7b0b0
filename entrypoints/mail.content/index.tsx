import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { MAIL_HOSTS } from '../../lib/hosts';
import { send } from '../../lib/messages/client';
import { createSiteAdapter } from '../../lib/sites';
import { App } from './App';
import './style.css';

export default defineContentScript({
  matches: MAIL_HOSTS,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = createSiteAdapter(location, document, {
      // A view check costs about 2 ms (20-message thread), so a short window keeps the sidebar prompt.
      coalesceMs: 50,
      onDiagnostic: (d) => void send('diagnostics.log', { ...d, at: Date.now() }).catch(() => {}),
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: Infinity } } });
    const ui = await createShadowRootUi(ctx, {
      name: 'afterfollow-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in our inputs must not trigger Gmail/Outlook shortcuts.
      isolateEvents: true,
      onMount(container) {
        container.dataset.site = adapter?.site ?? 'unknown';
        const root = createRoot(container);
        root.render(
          <QueryClientProvider client={queryClient}>
            <App adapter={adapter} signal={ctx.signal} />
          </QueryClientProvider>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
