import { createHandlers } from '../lib/background/handlers';
import { onAlarm, onNotificationClick, refreshReminders } from '../lib/background/reminders';
import { TAB_CHANNEL, type TabMessage } from '../lib/background/tab-messages';
import { acceptSidebarPort, SidebarFeed } from '../lib/background/sidebar-feed';
import { TEAM_ALARM, teamSyncRunner } from '../lib/background/team-sync';
import { TabViews } from '../lib/background/tab-views';
import { onDataChanged } from '../lib/db/change-signal';
import { getDb } from '../lib/db/database';
import { snooze } from '../lib/db/due-items';
import { purgeExpired } from '../lib/db/maintenance';
import { listen, runtimeIdentity } from '../lib/messages/server';
import { WELCOME_PATH } from '../lib/setup';
import { MAIL_HOSTS } from '../lib/hosts';

const HOUR = 3_600_000;

export default defineBackground(() => {
  const db = getDb();
  // Coalesce bursts of writes (a thread opened in several tabs) into one badge/alarm refresh.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void refreshReminders(db).catch((e) => console.warn('[afterfollow] reminders', e)), 300);
  };
  const sendToTab = (tabId: number, message: TabMessage) => browser.tabs.sendMessage(tabId, { channel: TAB_CHANNEL, ...message }, { frameId: 0 });
  const tabs = new TabViews();
  const feed = new SidebarFeed(db, tabs);
  // Team sync (issue 18): off until set up in Options and the team server's host is granted.
  const team = teamSyncRunner(db);
  // Every write, from any context, refreshes the badge, the alarms and every open sidebar.
  let feedPending: ReturnType<typeof setTimeout> | undefined;
  onDataChanged(() => {
    scheduleRefresh();
    clearTimeout(feedPending);
    feedPending = setTimeout(() => feed.pushAll(), 30);
  });
  listen(
    createHandlers(
      db,
      Date.now,
      {
        openDashboard: async () => {
          await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
        },
        dataChanged: scheduleRefresh,
        sendToTab,
        mailTabs: async () => (await browser.tabs.query({ url: MAIL_HOSTS })).map((t) => t.id).filter((id): id is number => id !== undefined),
        showTab: async (tabId) => {
          const tab = await browser.tabs.update(tabId, { active: true });
          if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
        },
      },
      tabs,
      team.get,
    ),
  );

  // Each tab's sidebar frame holds a port; its state reaches it as soon as the page reports a view.
  browser.runtime.onConnect.addListener((port) => acceptSidebarPort(port, tabs, feed, sendToTab, runtimeIdentity()));
  tabs.onChange((tabId) => void feed.push(tabId));
  browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));

  // Listeners are registered synchronously at start-up so a waking service worker receives the event.
  browser.alarms.onAlarm.addListener((alarm) =>
    alarm.name === TEAM_ALARM ? team.onAlarm() : void onAlarm(db, alarm.name).catch((e) => console.warn('[afterfollow] alarm', e)),
  );
  browser.notifications?.onClicked.addListener((id) => void onNotificationClick(db, id));
  browser.notifications?.onButtonClicked.addListener((id) => {
    void snooze(db, id, Date.now() + HOUR).then(() => browser.notifications.clear(id));
  });

  // First run: a short welcome in Options asks for the details every mail needs.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  });

  // The toolbar button opens HR's dashboard (its badge counts overdue follow-ups).
  browser.action.onClicked.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }));

  // Alt+Shift+F: the tab's content script opens the sidebar and moves focus into it (or back out).
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'toggle' }).catch(() => {});
  });

  void purgeExpired(db).catch((e) => console.warn('[afterfollow] retention purge failed', e));
  // Alarms are restored from Dexie whenever the service worker starts.
  scheduleRefresh();
  team.start();
});
