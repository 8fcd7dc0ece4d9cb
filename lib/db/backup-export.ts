import type { IndexableType, Table } from 'dexie';
import { SettingsSchema } from '../core';
import { BACKUP_FORMAT, BACKUP_SECTIONS, BACKUP_SLICE, type BackupSection, type OnProgress } from './backup';
import { exportFileParts } from './backup-files';
import { getDb, type RelanceDb } from './database';

/**
 * Writes everything as a backup file, in the extension page that saves it: the parts of a compact
 * JSON text (no indentation: a 100,000-invoice backup is a third smaller), one per slice of
 * records, for `new Blob(parts)`. No single string holds the whole file, and nothing crosses a
 * runtime message, which Chrome caps at 64 MiB. One read transaction: a consistent snapshot.
 * The copies of invoices only with `files: true` (the user's choice: they can be most of the weight).
 */
export async function exportBackup(
  db: RelanceDb = getDb(),
  onProgress: OnProgress = () => {},
  options: { files?: boolean } = {},
): Promise<string[]> {
  const sections = Object.keys(BACKUP_SECTIONS) as BackupSection[];
  const tables = [db.invoices, db.clients, db.events, db.templates, db.settings, ...(options.files ? [db.files] : [])];
  return db.transaction('r', tables, async () => {
    const counts = await Promise.all([...sections, ...(options.files ? ['files'] : [])].map((s) => db.table(s).count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    const parts = [`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":1,"exportedAt":${JSON.stringify(new Date().toISOString())}`];
    for (const section of sections) {
      parts.push(`,${JSON.stringify(section)}:[`);
      let first = true;
      await eachPage(db.table(section), (records) => {
        // Built-in templates ship with the extension: a backup holds the user's own only.
        const kept = section === 'templates' ? records.filter((t) => !(t as { builtin?: boolean }).builtin) : records;
        if (kept.length > 0) parts.push((first ? '' : ',') + kept.map((r) => JSON.stringify(r)).join(','));
        first &&= kept.length === 0;
        done += records.length;
        onProgress({ step: 'read', done, total });
      });
      parts.push(']');
    }
    if (options.files) {
      parts.push(
        ...(await exportFileParts(db, (n) => {
          done += n;
          onProgress({ step: 'read', done, total });
        })),
      );
    }
    const settings = SettingsSchema.parse((await db.settings.get('settings'))?.value ?? {});
    parts.push(`,"settings":${JSON.stringify(settings)}}`);
    return parts;
  });
}

/**
 * Hands over a table's records in primary-key order, a slice at a time (an offset would rescan
 * from the start). Every table of a backup is keyed by `id`.
 */
async function eachPage(table: Table<object, IndexableType>, onPage: (records: object[]) => void): Promise<void> {
  let last: IndexableType | undefined;
  for (;;) {
    const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(BACKUP_SLICE).toArray();
    if (page.length > 0) onPage(page);
    if (page.length < BACKUP_SLICE) return;
    last = (page[page.length - 1] as { id: IndexableType }).id;
  }
}
