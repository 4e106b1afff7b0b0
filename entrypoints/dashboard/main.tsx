import { createRoot } from 'react-dom/client';
import { confirmInPage, downloadText } from '../../components/browser-ports';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { getDb } from '../../lib/db/database';
import { t, uiLanguage } from '../../lib/i18n';
import '../../components/page.css';

performance.mark('afterfollow:dashboard-script');
// Open the database while React sets up: the first query otherwise pays for the open.
void getDb()
  .open()
  .then(() => performance.mark('afterfollow:db-open'));
document.documentElement.lang = uiLanguage();
document.title = t('dashboardTitle');
createRoot(document.getElementById('root')!).render(
  <Dashboard download={downloadText} confirm={confirmInPage} copy={(text) => navigator.clipboard.writeText(text)} print={() => window.print()} />,
);
