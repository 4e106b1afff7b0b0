// The recruiter's corrections, compiled once per change for every analysis in the background.
import { compileCorrections, type CorrectionIndex } from '../analysis';
import type { AfterfollowDb } from '../db/database';
import { getCorrections } from '../db/corrections';

export class CorrectionsCache {
  private key = '';
  private index: CorrectionIndex | null = null;
  private version = 0;

  constructor(private readonly db: AfterfollowDb) {}

  /** The compiled index (null when there are none) and a version that changes with the set. */
  async current(): Promise<{ index: CorrectionIndex | null; version: number }> {
    const set = await getCorrections(this.db);
    const last = set.items.at(-1);
    // The sum of the clocks changes whenever a correction is added or replaced by a later one,
    // wherever it sorts (an imported teammate's update need not be the newest of the set).
    let clocks = 0;
    for (const c of set.items) clocks += c.at;
    const key = `${set.items.length}:${last?.id ?? ''}:${clocks}`;
    if (key !== this.key) {
      this.key = key;
      this.index = set.items.length ? compileCorrections(set) : null;
      this.version += 1;
    }
    return { index: this.index, version: this.version };
  }
}
