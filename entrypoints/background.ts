import { createHandlers } from '../lib/background/handlers';
import { getDb } from '../lib/db/database';
import { purgeExpired } from '../lib/db/maintenance';
import { listen } from '../lib/messages/server';

export default defineBackground(() => {
  const db = getDb();
  listen(
    createHandlers(db, Date.now, {
      openDashboard: async () => {
        await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
      },
    }),
  );

  // The toolbar command reaches the background; the sidebar lives in the tab, so forward it there.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { channel: 'afterfollow-tab', type: 'toggle-sidebar' }).catch(() => {});
  });

  void purgeExpired(db).catch((e) => console.warn('[afterfollow] retention purge failed', e));
});
