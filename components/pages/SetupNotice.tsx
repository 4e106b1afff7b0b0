import { readSettings } from '../../lib/db/access';
import { useLiveQuery } from '../../lib/db/live';
import { t, type MessageKey } from '../../lib/platform/i18n';
import { missingSettings, settingPath, WELCOME_PATH, type NeededField } from '../../lib/setup';

export const SETTING_LABEL: Record<NeededField, MessageKey> = {
  recruiterName: 'settingRecruiterName',
  company: 'settingCompany',
  surveyUrl: 'settingSurveyUrl',
};

/**
 * Says which settings the mails still lack and links each one to its field in Options. Nothing when
 * all are set. `target` opens Options in a new tab from the dashboard; within Options it stays.
 */
export function SetupNotice({ target }: { target?: '_blank' }) {
  const settings = useLiveQuery(() => readSettings(), []);
  if (!settings) return null;
  const missing = missingSettings(settings);
  if (missing.length === 0) return null;
  return (
    <section aria-label={t('setupOpen')} className="mb-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-setup-notice="">
      <p className="m-0">
        {t('setupMissing')}{' '}
        {missing.map((field, i) => (
          <span key={field}>
            {i > 0 && ', '}
            <a href={settingPath(field)} target={target} className="font-semibold underline" aria-label={t('setupSetField', t(SETTING_LABEL[field]))} data-setting={field}>
              {t(SETTING_LABEL[field])}
            </a>
          </span>
        ))}
      </p>
      {missing.includes('surveyUrl') && <p className="m-0">{t('setupMissingSurvey')}</p>}
      <p className="m-0 mt-1">
        <a href={WELCOME_PATH} target={target} className="underline">
          {t('setupOpen')}
        </a>
      </p>
    </section>
  );
}
