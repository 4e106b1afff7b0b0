import { createRoot } from 'react-dom/client';
import { confirmInPage, downloadText } from '../../lib/platform/browser-ports';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { getDb } from '../../lib/db/database';
import { t, uiLanguage } from '../../lib/platform/i18n';
import '../../components/page.css';
import { forwardChanges } from '../../lib/db/change-signal';
import { send } from '../../lib/messages/client';

performance.mark('afterfollow:dashboard-script');
// Open the database while React sets up: the first query otherwise pays for the open.
void getDb()
  .open()
  .then(() => performance.mark('afterfollow:db-open'));
document.documentElement.lang = uiLanguage();
// Writes made here refresh the badge and alarms at once, even when the background was asleep.
forwardChanges(() => send('data.changed', {}));
document.title = t('dashboardTitle');
const copy = (text: string) => navigator.clipboard.writeText(text);
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary context={`dashboard ${browser.runtime.getManifest().version}`} copy={copy}>
    <Dashboard download={downloadText} confirm={confirmInPage} copy={copy} print={() => window.print()} />
  </ErrorBoundary>,
);
