import { useEffect, useState } from 'react';
import { readSettings, templates } from '../../lib/db/access';
import { t } from '../../lib/platform/i18n';
import { missingSettings } from '../../lib/setup';
import { SetupNotice } from '../pages/SetupNotice';
import { DangerZone } from './DangerZone';
import { ScheduleForm } from './ScheduleForm';
import { SettingsForm } from './SettingsForm';
import { TemplateEditor } from './templates/TemplateEditor';
import { TeamSyncForm } from './TeamSyncForm';
import { Welcome } from './Welcome';

export interface OptionsPorts {
  download: (name: string, content: string | Blob, type?: string) => void;
  confirm: (question: string) => boolean;
  /** The page was opened as the welcome (options.html#welcome, on install). */
  welcomeRequested?: boolean;
  /** Team sync: asks the browser for one host, and any permissions named (permissions.request); tests pass a fake. */
  requestHost?: (pattern: string, permissions?: string[]) => Promise<boolean>;
}

/** Settings, the follow-up clock, templates and deleting data; the first-run welcome on top. */
export function OptionsPage({ download, confirm, welcomeRequested = false, requestHost = async () => false }: OptionsPorts) {
  // The welcome shows when asked for (on install) or while the mails still lack a name or company.
  const [welcome, setWelcome] = useState<boolean | null>(welcomeRequested || null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (welcome === null) void readSettings().then((s) => setWelcome(missingSettings(s).some((f) => f !== 'surveyUrl')));
  }, [welcome]);
  return (
    <main className="mx-auto max-w-5xl p-6">
      <header className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="m-0 text-2xl font-semibold">{t('optionsTitle')}</h1>
        <a href="/dashboard.html" className="text-sm text-teal-800 underline">
          {t('linkDashboard')}
        </a>
      </header>
      {welcome && <Welcome onSaved={() => setGeneration((g) => g + 1)} />}
      {!welcome && <SetupNotice />}
      {/* Remounted after the welcome saves, so they show what it wrote. */}
      <div key={generation}>
        <SettingsForm />
        <div className="mt-8">
          <ScheduleForm />
        </div>
      </div>
      <TemplateEditor repository={templates()} download={download} confirm={confirm} />
      <TeamSyncForm requestHost={requestHost} confirm={confirm} />
      <DangerZone confirm={confirm} />
    </main>
  );
}
