import { SettingsSchema, type Settings } from '../core';
import { getDb, type RelanceDb } from './database';

/** Stored settings, completed with defaults. A damaged record falls back to defaults but stays stored. */
export async function getSettings(db: RelanceDb = getDb()): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** Validates the whole result before writing: a bad value is refused with zod's message. */
export async function saveSettings(change: Partial<Settings>, db: RelanceDb = getDb()): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = SettingsSchema.parse({ ...(await getSettings(db)), ...change });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
