import { createRoot } from 'react-dom/client';
import { confirmInPage, downloadText } from '../../lib/platform/browser-ports';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { OptionsPage } from '../../components/options/OptionsPage';
import { t, uiLanguage } from '../../lib/platform/i18n';
import '../../components/page.css';
import { forwardChanges } from '../../lib/db/change-signal';
import { send } from '../../lib/messages/client';

document.documentElement.lang = uiLanguage();
// Writes made here refresh the badge and alarms at once, even when the background was asleep.
forwardChanges(() => send('data.changed', {}));
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary context={`options ${browser.runtime.getManifest().version}`} copy={(text) => navigator.clipboard.writeText(text)}>
    <OptionsPage
      download={downloadText}
      confirm={confirmInPage}
      welcomeRequested={location.hash === '#welcome'}
      requestHost={(pattern, permissions) => browser.permissions.request({ origins: [pattern], ...(permissions?.length ? { permissions: permissions as Browser.permissions.Permissions['permissions'] } : {}) })}
    />
  </ErrorBoundary>,
);

/**
 * Scrolls to what the address names (#welcome, #settings-<field>, linked from the dashboard, the
 * sidebar and the setup notice) and focuses its input. The forms load asynchronously, so the target
 * may appear a moment later.
 */
function focusHashTarget() {
  const id = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (!id) return;
  let tries = 0;
  const attempt = () => {
    const el = document.getElementById(id);
    // A setting's anchor is its input; a section's (#welcome) names its first input `<id>-first`.
    const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : document.getElementById(`${id}-first`);
    if (!el || !input) {
      if (tries++ < 50) setTimeout(attempt, 100);
      return;
    }
    el.scrollIntoView({ block: 'center' });
    input.focus({ preventScroll: true });
  };
  attempt();
}
focusHashTarget();
window.addEventListener('hashchange', focusHashTarget);
