// The recruiter's corrections, compiled once per change for every analysis in the background. The
// corrections row is read again only after the one change signal says it may have changed (a write
// from this worker, the sidebar, the options or an import); every other page view uses the cache.
import { compileCorrections, type CorrectionIndex } from '../analysis';
import type { AfterfollowDb } from '../db/database';
import { onDataChanged, type DataChange } from '../db/change-signal';
import { CORRECTIONS_KEY, getCorrections } from '../db/corrections';

export interface CompiledCorrections {
  /** The compiled index, null when there are none. */
  index: CorrectionIndex | null;
  /** Changes whenever the set does (analyses cached under an older version are redone). */
  version: number;
}

export class CorrectionsCache {
  /** Stops listening to the change signal (a background torn down, tests). */
  readonly stop: () => void;
  /** Signals that may have changed the corrections row; a read is good for the count it started at. */
  private changes = 0;
  private cached: { at: number; value: CompiledCorrections } | null = null;
  private reading: { at: number; promise: Promise<CompiledCorrections> } | null = null;
  private key = '';
  private value: CompiledCorrections = { index: null, version: 0 };

  constructor(
    private readonly db: AfterfollowDb,
    subscribe: (listener: (change: DataChange) => void) => () => void = onDataChanged,
  ) {
    this.stop = subscribe((change) => {
      if (change.touches(db.name, 'settings', CORRECTIONS_KEY)) this.changes += 1;
    });
  }

  async current(): Promise<CompiledCorrections> {
    const at = this.changes;
    if (this.cached?.at === at) return this.cached.value;
    if (this.reading?.at !== at) this.reading = { at, promise: this.read(at) };
    return this.reading.promise;
  }

  private async read(at: number): Promise<CompiledCorrections> {
    const set = await getCorrections(this.db);
    // A read started after a later signal has landed already: it holds the newer set.
    if (this.cached && this.cached.at > at) return this.cached.value;
    // The version moves only when the set did (another write to the row keeps the analyses cached).
    // The sum of the clocks changes whenever a correction is added or replaced by a later one,
    // wherever it sorts (an imported teammate's update need not be the newest of the set).
    let clocks = 0;
    for (const c of set.items) clocks += c.at;
    const key = `${set.items.length}:${set.items.at(-1)?.id ?? ''}:${clocks}`;
    if (key !== this.key) {
      this.key = key;
      this.value = { index: set.items.length ? compileCorrections(set) : null, version: this.value.version + 1 };
    }
    // Good until the next signal: one that came during this read leaves it stale for the next call.
    this.cached = { at, value: this.value };
    return this.value;
  }
}
