import { createRoot } from 'react-dom/client';
import { confirmInPage, downloadText } from '../../lib/platform/browser-ports';
import { ScheduleForm } from '../../components/options/ScheduleForm';
import { DangerZone } from '../../components/options/DangerZone';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { SettingsForm } from '../../components/options/SettingsForm';
import { TemplateEditor } from '../../components/options/templates/TemplateEditor';
import { templates } from '../../lib/db/access';
import { t, uiLanguage } from '../../lib/platform/i18n';
import '../../components/page.css';
import { forwardChanges } from '../../lib/db/change-signal';
import { send } from '../../lib/messages/client';

const download = downloadText;
const confirm = confirmInPage;

document.documentElement.lang = uiLanguage();
// Writes made here refresh the badge and alarms at once, even when the background was asleep.
forwardChanges(() => send('data.changed', {}));
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary context={`options ${browser.runtime.getManifest().version}`} copy={(text) => navigator.clipboard.writeText(text)}>
    <main className="mx-auto max-w-5xl p-6 text-slate-900">
      <h1 className="mb-4 text-2xl font-semibold">{t('optionsTitle')}</h1>
      <SettingsForm />
      <div className="mt-8">
        <ScheduleForm />
      </div>
      {/* An extension page shares the background's origin, so it opens the same database directly. */}
      <TemplateEditor repository={templates()} download={download} confirm={confirm} />
      <DangerZone confirm={confirm} />
    </main>
  </ErrorBoundary>,
);
