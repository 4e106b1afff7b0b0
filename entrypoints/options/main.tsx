import { createRoot } from 'react-dom/client';
import { DangerZone } from '../../components/options/DangerZone';
import { SettingsForm } from '../../components/options/SettingsForm';
import { TemplateEditor } from '../../components/options/templates/TemplateEditor';
import { getDb } from '../../lib/db/database';
import { templateRepository } from '../../lib/db/templates';
import { t, uiLanguage } from '../../lib/i18n';
import '../../components/page.css';

/** Saves text as a file through a temporary object URL (no downloads permission needed). */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later: revoking at once can cancel the download before the browser reads the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const confirm = (question: string) => window.confirm(question);

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <main className="mx-auto max-w-5xl p-6 text-slate-900">
    <h1 className="mb-4 text-2xl font-semibold">{t('optionsTitle')}</h1>
    <SettingsForm />
    {/* An extension page shares the background's origin, so it opens the same database directly. */}
    <TemplateEditor repository={templateRepository(getDb())} download={download} confirm={confirm} />
    <DangerZone confirm={confirm} />
  </main>,
);
