// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { proposedSchedule, Welcome, type WelcomeStore } from '../../components/options/Welcome';
import { scheduleStore } from '../../lib/db/access';
import { getScheduleSettings } from '../../lib/db/due-items';
import { getSettings, updateSettings } from '../../lib/db/settings';
import { setMessageSourceForTests } from '../../lib/platform/i18n';
import { DEFAULT_CALENDAR, scheduleSettingsSchema } from '../../lib/schedule';
import { missingSettings, settingPath } from '../../lib/setup';
import { freshDb } from '../helpers/db';
import ja from '../../public/_locales/ja/messages.json';

afterEach(() => {
  cleanup();
  setMessageSourceForTests(null);
});

const storeOf = (db: ReturnType<typeof freshDb>): WelcomeStore => ({
  loadSettings: () => getSettings(db),
  saveSettings: (patch) => updateSettings(db, patch),
  schedule: scheduleStore(db),
});

describe('Welcome', () => {
  it('keeps the Japanese defaults in a Japanese browser and proposes the browser zone elsewhere', () => {
    const stored = scheduleSettingsSchema.parse({});
    expect(stored.calendar.timeZone).toBe(DEFAULT_CALENDAR.timeZone);
    expect(proposedSchedule(stored, 'ja', 'Europe/Berlin').calendar.timeZone).toBe('Asia/Tokyo');
    expect(proposedSchedule(stored, 'en', 'Europe/Berlin').calendar.timeZone).toBe('Europe/Berlin');
    // A zone the team chose is never replaced.
    const chosen = scheduleSettingsSchema.parse({ calendar: { timeZone: 'America/New_York' } });
    expect(proposedSchedule(chosen, 'en', 'Europe/Berlin').calendar.timeZone).toBe('America/New_York');
  });

  it('saves name, company, signature, survey URL, time zone and working hours in one go', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const onSaved = vi.fn();
    render(<Welcome store={storeOf(db)} onSaved={onSaved} />);
    await user.type(await screen.findByLabelText('Your name (for templates)'), '佐藤 花子');
    await user.type(screen.getByLabelText(/Company/), '株式会社例');
    await user.type(screen.getByLabelText('Signature'), '人事部 佐藤');
    await user.type(screen.getByLabelText(/survey URL/), 'https://example.com/s');
    await user.clear(screen.getByLabelText(/Time zone/));
    await user.type(screen.getByLabelText(/Time zone/), 'Asia/Tokyo');
    await user.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(await screen.findByText(/Open a candidate’s thread in Gmail or Outlook Web/)).toBeTruthy();
    expect(onSaved).toHaveBeenCalledOnce();
    const s = await getSettings(db);
    expect(s).toMatchObject({ recruiterName: '佐藤 花子', company: '株式会社例', signature: '人事部 佐藤', surveyUrl: 'https://example.com/s' });
    expect(missingSettings(s)).toEqual([]);
    expect((await getScheduleSettings(db)).calendar).toMatchObject({ timeZone: 'Asia/Tokyo', workingHours: { start: '09:00', end: '18:00' } });
  });

  it('reads in Japanese, with the Japanese defaults named', async () => {
    setMessageSourceForTests((k) => (k === '@@ui_locale' ? 'ja' : ((ja as Record<string, { message: string }>)[k]?.message ?? '')));
    render(<Welcome store={storeOf(freshDb())} />);
    expect(await screen.findByText(/日本向けの初期値/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: '保存して始める' })).toBeTruthy();
  });

  it('names each missing setting and where it is set', () => {
    expect(missingSettings({ recruiterName: ' ', company: 'Acme', surveyUrl: '' })).toEqual(['recruiterName', 'surveyUrl']);
    expect(settingPath('surveyUrl')).toBe('/options.html#settings-surveyUrl');
  });
});
