// The recruiter's corrections to the analyzer (a dismissed hint, a changed category, a missed sentence
// marked), kept in this browser only: one settings row, merged by id with a teammate's on import,
// cleared from Options. The background compiles them and passes them to every analysis.
import { correctionsSchema, EMPTY_CORRECTIONS, MAX_CORRECTIONS, mergeCorrections, type Correction, type Corrections } from '../analysis/corrections';
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
    // The newest MAX_CORRECTIONS are kept: older ones age out first.
    const bounded = { version: 1 as const, items: next.items.slice(-MAX_CORRECTIONS) };
    await db.settings.put({ key: CORRECTIONS_KEY, value: bounded });
    return bounded;
  });
}

/**
 * A teammate's corrections (from a backup, already validated) merged into this browser's: by id,
 * the later `at` wins and ties keep ours (mergeCorrections), never a wholesale replacement; only
 * the corrections row is written. Call inside a transaction that covers db.settings (the import's).
 */
export async function importCorrections(db: AfterfollowDb, incoming: readonly Correction[]): Promise<{ added: number; updated: number; skipped: number }> {
  const local = await getCorrections(db);
  const byId = new Map(local.items.map((c) => [c.id, c]));
  const summary = { added: 0, updated: 0, skipped: 0 };
  // Per id the winner among the file's own duplicates first, as mergeCorrections would pick it.
  const theirs = mergeCorrections(EMPTY_CORRECTIONS, { version: 1, items: [...incoming] });
  for (const c of theirs.items) {
    const have = byId.get(c.id);
    if (!have) summary.added += 1;
    else if (c.at > have.at) summary.updated += 1;
    else summary.skipped += 1;
  }
  if (summary.added + summary.updated > 0) {
    const next = mergeCorrections(local, theirs);
    await db.settings.put({ key: CORRECTIONS_KEY, value: { version: 1, items: next.items.slice(-MAX_CORRECTIONS) } });
  }
  return summary;
}

export async function resetCorrections(db: AfterfollowDb): Promise<void> {
  await db.settings.delete(CORRECTIONS_KEY);
}
