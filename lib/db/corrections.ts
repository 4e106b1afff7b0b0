// The recruiter's corrections to the analyzer (a dismissed hint, a changed category, a missed sentence
// marked), kept in this browser only: one settings row, merged by id with a teammate's on import,
// cleared from Options. The background compiles them and passes them to every analysis.
import { correctionsSchema, EMPTY_CORRECTIONS, mergeCorrections, type Correction, type Corrections } from '../analysis/corrections';
import type { AfterfollowDb } from './database';

export const CORRECTIONS_KEY = 'corrections';

export async function getCorrections(db: AfterfollowDb): Promise<Corrections> {
  const parsed = correctionsSchema.safeParse((await db.settings.get(CORRECTIONS_KEY))?.value);
  return parsed.success ? parsed.data : EMPTY_CORRECTIONS;
}

/** Adds (or, by id, replaces) corrections; returns the stored set. */
export async function addCorrections(db: AfterfollowDb, fresh: Correction[]): Promise<Corrections> {
  return db.transaction('rw', db.settings, async () => {
    const next = mergeCorrections(await getCorrections(db), { version: 1, items: fresh });
    // The newest 20,000 are kept: older ones age out first.
    const bounded = { version: 1 as const, items: next.items.slice(-20_000) };
    await db.settings.put({ key: CORRECTIONS_KEY, value: bounded });
    return bounded;
  });
}

export async function resetCorrections(db: AfterfollowDb): Promise<void> {
  await db.settings.delete(CORRECTIONS_KEY);
}
