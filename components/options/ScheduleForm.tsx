import { useEffect, useState, type FormEvent } from 'react';
import { scheduleStore, type ScheduleStore } from '../../lib/db/access';
import { SaveFooter } from './SaveFooter';
import { t, type MessageKey } from '../../lib/platform/i18n';
import { scheduleSettingsSchema, type ScheduleSettings } from '../../lib/schedule/due';
import type { AlarmOptions } from '../../lib/schedule/alarm-plan';
import { fieldAnchor } from '../../lib/setup';

const WEEKDAYS: MessageKey[] = ['weekdaySun', 'weekdayMon', 'weekdayTue', 'weekdayWed', 'weekdayThu', 'weekdayFri', 'weekdaySat'];

/** The follow-up clock: the team's working days and hours, reaction deadlines and quiet hours. */
export function ScheduleForm({ store = scheduleStore() }: { store?: ScheduleStore }) {
  const [loaded, setLoaded] = useState<{ schedule: ScheduleSettings; alarms: AlarmOptions } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    void store.load().then(setLoaded);
  }, [store]);
  if (!loaded) return <p role="status">{t('statusLoading')}</p>;
  const { schedule, alarms } = loaded;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    const parsed = scheduleSettingsSchema.safeParse({
      declineReactionHours: Number(text('declineHours')),
      gapReminderDays: Number(text('gapDays')),
      calendar: {
        timeZone: text('timeZone'),
        workingWeekdays: WEEKDAYS.map((_, d) => d).filter((d) => f.get(`weekday${d}`) === 'on'),
        japaneseHolidays: f.get('japaneseHolidays') === 'on',
        newYearClosure: f.get('newYearClosure') === 'on',
        extraClosedDates: schedule.calendar.extraClosedDates,
        workingHours: { start: text('workStart'), end: text('workEnd') },
      },
    });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return setMessage({ text: t('settingsInvalid', `${first?.path.join('.')}: ${first?.message}`), error: true });
    }
    const quiet = f.get('quietOn') === 'on' ? { start: text('quietStart'), end: text('quietEnd') } : null;
    try {
      setLoaded(await store.save(parsed.data, quiet));
      setMessage({ text: t('settingsSaved'), error: false });
    } catch (err) {
      setMessage({ text: t('settingsInvalid', err instanceof Error ? err.message : String(err)), error: true });
    }
  };
  const input = 'rounded border border-slate-300 px-2 py-1';
  return (
    <form onSubmit={(e) => void submit(e)} className="grid max-w-xl gap-3 text-sm" aria-labelledby="schedule-title">
      <h2 id="schedule-title" className="m-0 text-lg font-semibold">
        {t('scheduleTitle')}
      </h2>
      <label className="grid gap-1">
        {t('scheduleTimeZone')}
        <input className={input} id={fieldAnchor('timeZone')} name="timeZone" defaultValue={schedule.calendar.timeZone} required />
      </label>
      <fieldset className="flex flex-wrap gap-3">
        <legend>{t('scheduleWorkingDays')}</legend>
        {WEEKDAYS.map((key, d) => (
          <label key={key} className="flex items-center gap-1">
            <input type="checkbox" name={`weekday${d}`} defaultChecked={schedule.calendar.workingWeekdays.includes(d)} />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <label className="grid gap-1">
          {t('scheduleWorkStart')}
          <input className={input} id={fieldAnchor('workingHours')} type="time" name="workStart" defaultValue={schedule.calendar.workingHours.start} required />
        </label>
        <label className="grid gap-1">
          {t('scheduleWorkEnd')}
          <input className={input} type="time" name="workEnd" defaultValue={schedule.calendar.workingHours.end} required />
        </label>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="japaneseHolidays" defaultChecked={schedule.calendar.japaneseHolidays} />
        {t('scheduleJapaneseHolidays')}
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="newYearClosure" defaultChecked={schedule.calendar.newYearClosure} />
        {t('scheduleNewYear')}
      </label>
      <label className="grid gap-1">
        {t('scheduleDeclineHours')}
        <input className={input} type="number" step="0.25" min={0.25} max={200} name="declineHours" defaultValue={schedule.declineReactionHours} required />
      </label>
      <label className="grid gap-1">
        {t('scheduleGapDays')}
        <input className={input} type="number" min={1} max={365} name="gapDays" defaultValue={schedule.gapReminderDays} required />
      </label>
      <fieldset className="grid gap-2">
        <legend>{t('scheduleQuietHours')}</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="quietOn" defaultChecked={alarms.quietHours !== null} />
          {t('scheduleQuietOn')}
        </label>
        <div className="flex flex-wrap gap-3">
          <label className="grid gap-1">
            {t('scheduleQuietFrom')}
            <input className={input} type="time" name="quietStart" defaultValue={alarms.quietHours?.start ?? '21:00'} />
          </label>
          <label className="grid gap-1">
            {t('scheduleQuietTo')}
            <input className={input} type="time" name="quietEnd" defaultValue={alarms.quietHours?.end ?? '08:00'} />
          </label>
        </div>
      </fieldset>
      <SaveFooter message={message} />
    </form>
  );
}
