import { createRoot } from 'react-dom/client';
import { DangerZone } from '../../components/options/DangerZone';
import { SettingsForm } from '../../components/options/SettingsForm';
import { t, uiLanguage } from '../../lib/i18n';
import '../../components/page.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <main className="mx-auto max-w-3xl p-6 text-slate-900">
    <h1 className="mb-4 text-2xl font-semibold">{t('optionsTitle')}</h1>
    <SettingsForm />
    <DangerZone confirm={(q) => window.confirm(q)} />
  </main>,
);
