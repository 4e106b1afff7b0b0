// The one change signal: Dexie fires 'storagemutated' after every committed write in this context and,
// through its BroadcastChannel, after writes in every other context of the extension's origin (the
// background, the dashboard, the options, each sidebar frame). Badge, alarms and live views follow it.
// A write in this context signals before the code awaiting it resumes; another context's arrives a
// moment after its commit.
import Dexie, { RangeSet, rangesOverlap, type IndexableType } from 'dexie';

/** What a change touched, as Dexie reports it: per table, the primary keys written or deleted. */
export interface DataChange {
  /** Whether the change may have touched `table` of the database named `dbName` (at `key`, when given). */
  touches(dbName: string, table: string, key?: IndexableType): boolean;
}

type Parts = Record<string, unknown>;

export function describeChange(parts: Parts | undefined): DataChange {
  return {
    touches(dbName, table, key) {
      // No description, or "everything" (a page restored from the back-forward cache): assume it did.
      if (!parts || 'all' in parts) return true;
      const part = parts[`idb://${dbName}/${table}/`];
      if (!part) return false;
      if (key === undefined) return true;
      try {
        // Parts from another context arrive structured-cloned (plain objects): Dexie's overlap test reads them as they are.
        return rangesOverlap(part as RangeSet, new RangeSet(key));
      } catch {
        return true;
      }
    },
  };
}

export function onDataChanged(listener: (change: DataChange) => void): () => void {
  const handler = (parts: Parts) => listener(describeChange(parts));
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
