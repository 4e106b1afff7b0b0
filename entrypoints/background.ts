import { createHandlers } from '../lib/background/handlers';
import { onAlarm, onNotificationClick, refreshReminders } from '../lib/background/reminders';
import { getDb } from '../lib/db/database';
import { snooze } from '../lib/db/due-items';
import { purgeExpired } from '../lib/db/maintenance';
import { listen } from '../lib/messages/server';

const HOUR = 3_600_000;

export default defineBackground(() => {
  const db = getDb();
  // Coalesce bursts of writes (a thread opened in several tabs) into one badge/alarm refresh.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void refreshReminders(db).catch((e) => console.warn('[afterfollow] reminders', e)), 300);
  };

  listen(
    createHandlers(db, Date.now, {
      openDashboard: async () => {
        await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
      },
      dataChanged: scheduleRefresh,
    }),
  );

  // Listeners are registered synchronously at start-up so a waking service worker receives the event.
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(db, alarm.name).catch((e) => console.warn('[afterfollow] alarm', e)));
  browser.notifications?.onClicked.addListener((id) => void onNotificationClick(db, id));
  browser.notifications?.onButtonClicked.addListener((id) => {
    void snooze(db, id, Date.now() + HOUR).then(() => browser.notifications.clear(id)).then(scheduleRefresh);
  });

  // The toolbar button opens HR's dashboard (its badge counts overdue follow-ups).
  browser.action.onClicked.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }));

  // The toolbar command reaches the background; the sidebar lives in the tab, so forward it there.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { channel: 'afterfollow-tab', type: 'toggle-sidebar' }).catch(() => {});
  });

  void purgeExpired(db).catch((e) => console.warn('[afterfollow] retention purge failed', e));
  // Alarms are restored from Dexie whenever the service worker starts.
  scheduleRefresh();
});
