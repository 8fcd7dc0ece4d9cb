import { SettingsSchema, type Settings, type SettingsPatch } from '../core';
import { getDb, type RelanceDb } from './database';

/** Stored settings, completed with defaults. A damaged record falls back to defaults but stays stored. */
export async function getSettings(db: RelanceDb = getDb()): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/**
 * Merges a change into the stored settings (one level deep: `{ company: { iban } }` keeps the
 * company's name) and validates the whole result before writing.
 */
export async function saveSettings(change: SettingsPatch, db: RelanceDb = getDb()): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current: Record<string, unknown> = { ...(await getSettings(db)) };
    for (const [key, value] of Object.entries(change)) {
      const before = current[key];
      const isPlain = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
      current[key] = isPlain(before) && isPlain(value) ? { ...(before as object), ...(value as object) } : value;
    }
    const next = SettingsSchema.parse(current);
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
