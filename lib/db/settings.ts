import { settingsFromStored, settingsPatchSchema, settingsSchema, type Settings, type SettingsPatch } from '../records';
import type { AfterfollowDb } from './database';

const KEY = 'settings';

export async function getSettings(db: AfterfollowDb): Promise<Settings> {
  return settingsFromStored((await db.settings.get(KEY))?.value);
}

/** Changes only the fields `patch` names; the others keep their stored values. */
export async function updateSettings(db: AfterfollowDb, patch: SettingsPatch): Promise<Settings> {
  const changes = settingsPatchSchema.parse(patch);
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await getSettings(db)), ...changes });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
