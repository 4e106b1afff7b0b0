import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { getDb } from '../../lib/db/database';
import { t, uiLanguage } from '../../lib/i18n';
import '../../components/page.css';

function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

performance.mark('afterfollow:dashboard-script');
// Open the database while React sets up: the first query otherwise pays for the open.
void getDb().open();
document.documentElement.lang = uiLanguage();
document.title = t('dashboardTitle');
createRoot(document.getElementById('root')!).render(<Dashboard
    download={downloadText}
    confirm={(q) => window.confirm(q)}
    copy={(text) => navigator.clipboard.writeText(text)}
    print={() => window.print()}
  />);
