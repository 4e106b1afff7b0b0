// The one change signal: Dexie fires 'storagemutated' after every committed write in this context and,
// through its BroadcastChannel, after writes in every other context of the extension's origin (the
// background, the dashboard, the options, each sidebar frame). Badge, alarms and live views follow it.
import Dexie from 'dexie';

export function onDataChanged(listener: () => void): () => void {
  const handler = () => listener();
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
