import { useEffect, useState, type FormEvent } from 'react';
import { scheduleStore, type ScheduleStore } from '../../lib/db/access';
import { send } from '../../lib/messages/client';
import { t, uiLanguage } from '../../lib/platform/i18n';
import { settingsSchema, type Settings } from '../../lib/records';
import { DEFAULT_CALENDAR, scheduleSettingsSchema, type ScheduleSettings } from '../../lib/schedule';
import { SaveFooter } from './SaveFooter';

/** The browser's own zone, when it knows one. */
const browserZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
};

/**
 * What the welcome proposes: what is stored, except that a zone never chosen (still the built-in
 * Asia/Tokyo) becomes the browser's own zone outside a Japanese browser. A Japanese browser keeps
 * the Japanese defaults: Asia/Tokyo, 9:00–18:00.
 */
export function proposedSchedule(stored: ScheduleSettings, language: 'ja' | 'en', zone = browserZone()): ScheduleSettings {
  if (language === 'ja' || stored.calendar.timeZone !== DEFAULT_CALENDAR.timeZone || !zone) return stored;
  return { ...stored, calendar: { ...stored.calendar, timeZone: zone } };
}

export interface WelcomeStore {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  schedule: ScheduleStore;
}

const defaultStore = (): WelcomeStore => ({
  loadSettings: () => send('settings.get', {}),
  saveSettings: (patch) => send('settings.set', patch),
  schedule: scheduleStore(),
});

/**
 * First run: the six details the mails and the follow-up clock need, in one short form. Opened once
 * on install (options.html#welcome) and shown again while the name or company is still empty.
 */
export function Welcome({ store = defaultStore(), onSaved }: { store?: WelcomeStore; onSaved?: () => void }) {
  const language = uiLanguage();
  const [loaded, setLoaded] = useState<{ settings: Settings; schedule: ScheduleSettings; quiet: { start: string; end: string } | null } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    void Promise.all([store.loadSettings(), store.schedule.load()]).then(
      ([settings, { schedule, alarms }]) => setLoaded({ settings, schedule: proposedSchedule(schedule, language), quiet: alarms.quietHours }),
      (e: Error) => setMessage({ text: e.message, error: true }),
    );
    // The store is fixed for the page's life; loading once is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!loaded) return;
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    const settings = settingsSchema.safeParse({ ...loaded.settings, recruiterName: text('recruiterName'), company: text('company'), signature: text('signature'), surveyUrl: text('surveyUrl') });
    const schedule = scheduleSettingsSchema.safeParse({
      ...loaded.schedule,
      calendar: { ...loaded.schedule.calendar, timeZone: text('timeZone'), workingHours: { start: text('workStart'), end: text('workEnd') } },
    });
    const issue = settings.error?.issues[0] ?? schedule.error?.issues[0];
    if (!settings.success || !schedule.success) return setMessage({ text: t('settingsInvalid', `${issue?.path.join('.')}: ${issue?.message}`), error: true });
    try {
      await store.saveSettings(settings.data);
      await store.schedule.save(schedule.data, loaded.quiet);
      setMessage({ text: t('welcomeDone'), error: false });
      onSaved?.();
    } catch (err) {
      setMessage({ text: t('settingsInvalid', err instanceof Error ? err.message : String(err)), error: true });
    }
  };
  const field = 'grid gap-1 text-sm';
  const input = 'rounded border border-slate-300 bg-white px-2 py-1';
  const ja = language === 'ja';
  return (
    <section id="welcome" aria-labelledby="welcome-title" className="mb-8 rounded-lg border border-teal-600 bg-teal-50 p-4">
      <h2 id="welcome-title" className="m-0 text-xl font-semibold">
        {t('welcomeTitle')}
      </h2>
      <p className="mt-1 mb-3 text-sm">
        {t('welcomeIntro')} {ja && t('welcomeDefaultsJa')}
      </p>
      {!loaded ? (
        <p role="status">{message?.text ?? t('statusLoading')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="grid max-w-xl gap-3" aria-labelledby="welcome-title">
          <label className={field}>
            {t('settingRecruiterName')}
            <input className={input} id="welcome-first" name="recruiterName" defaultValue={loaded.settings.recruiterName} maxLength={200} placeholder={ja ? '佐藤 花子' : 'Hanako Sato'} autoComplete="name" />
          </label>
          <label className={field}>
            {t('settingCompany')}
            <input className={input} name="company" defaultValue={loaded.settings.company} maxLength={200} placeholder={ja ? '株式会社〇〇' : 'Example Inc.'} autoComplete="organization" />
          </label>
          <label className={field}>
            {t('settingSignature')}
            <textarea className={input} name="signature" rows={3} defaultValue={loaded.settings.signature} maxLength={2000} />
          </label>
          <label className={field}>
            {t('settingSurveyUrl')}
            <input className={input} type="url" name="surveyUrl" defaultValue={loaded.settings.surveyUrl} maxLength={2000} placeholder="https://" />
          </label>
          <label className={field}>
            {t('scheduleTimeZone')}
            <input className={input} name="timeZone" defaultValue={loaded.schedule.calendar.timeZone} required />
          </label>
          <div className="flex flex-wrap gap-3">
            <label className={field}>
              {t('scheduleWorkStart')}
              <input className={input} type="time" name="workStart" defaultValue={loaded.schedule.calendar.workingHours.start} required />
            </label>
            <label className={field}>
              {t('scheduleWorkEnd')}
              <input className={input} type="time" name="workEnd" defaultValue={loaded.schedule.calendar.workingHours.end} required />
            </label>
          </div>
          <SaveFooter message={message} label={t('welcomeSave')} />
        </form>
      )}
    </section>
  );
}
