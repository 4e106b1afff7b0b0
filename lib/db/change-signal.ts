// The one change signal: Dexie fires 'storagemutated' after every committed write in this context and,
// through its BroadcastChannel, after writes in every other context of the extension's origin (the
// background, the dashboard, the options, each sidebar frame). Badge, alarms and live views follow it.
import Dexie from 'dexie';

export function onDataChanged(listener: () => void): () => void {
  const handler = () => listener();
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}

/**
 * For extension pages: tells the background about changes (at most every `everyMs`), so a sleeping
 * service worker wakes and refreshes the badge and alarms at once after a delete or an import here.
 */
export function forwardChanges(notify: () => Promise<unknown>, everyMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return onDataChanged(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void notify().catch(() => {});
    }, everyMs);
  });
}
