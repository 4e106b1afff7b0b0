import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../records';
import type { AfterfollowDb } from './database';

const KEY = 'settings';

export async function getSettings(db: AfterfollowDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(db: AfterfollowDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await getSettings(db)), ...patch });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
