import { type SettingsPatch } from '../core';
import { getSettings, importInvoices, saveSettings } from '../db';
import type { Handlers } from '../messaging';
import { refreshBadge } from './badge';
import { setTodayForTests, today } from '../clock';
import { prepareStatement } from './statement';
import type { HandlerScope } from './handler-scope';
import { scheduleDataChanged } from './today';

/** Data and settings: the whole store, the badge, the statement, CSV import, the e2e clock. */
export function dataHandlers({ db, changed }: HandlerScope) {
  return {
    async 'ui:deleteAll'() {
      await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
      return changed(true);
    },
    async 'ui:saveSettings'(message) {
      return changed(await saveSettings(message.settings as SettingsPatch, db));
    },
    async 'ui:refreshBadge'() {
      return refreshBadge(await today(), db);
    },
    async 'ui:prepareStatement'(message) {
      return prepareStatement(message.clientId, await today(), db);
    },
    async 'ui:importInvoices'(message) {
      const settings = await getSettings(db);
      const options = {
        today: await today(),
        host: message.host,
        dryRun: message.dryRun,
        defaultPaymentTermsDays: settings.defaultPaymentTermsDays,
      };
      const result = await importInvoices(message.invoices, options, db);
      return message.dryRun ? result : changed(result);
    },
    async 'ui:dataChanged'() {
      // A page's own writes reach this worker through Dexie later, and this message first: without
      // what they touched, the schedule is worked out again in full.
      scheduleDataChanged();
      return changed(await refreshBadge(await today(), db));
    },
    async 'ui:debugSetToday'(message) {
      await setTodayForTests(message.today); // throws outside e2e builds
      return changed(await today());
    },
  } satisfies Partial<Handlers>;
}
