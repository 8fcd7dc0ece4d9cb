import { getDb, type RelanceDb } from '../db';
import type { Handlers } from '../messaging';
import { refreshBadge } from './badge';
import { today } from '../clock';
import type { HandlerScope } from './handler-scope';
import { captureHandlers } from './handlers-capture';
import { dataHandlers } from './handlers-data';
import { deskHandlers } from './handlers-desk';
import { draftsHandlers } from './handlers-drafts';
import { filesHandlers } from './handlers-files';
import { mailHandlers } from './handlers-mail';

export { toCaptured } from './handlers-capture';

export interface HandlerHooks {
  /** Invoices changed: the schedule may have something new to say (runs the daily check). */
  onDataChanged?(): void;
}

/** Every message's handler, by area; the Handlers type makes sure none is missing. */
export function createHandlers(hooks: HandlerHooks = {}, db: RelanceDb = getDb()): Handlers {
  const scope: HandlerScope = {
    db,
    async changed(result) {
      // The schedule hears of this worker's writes from Dexie, as they commit, with what they touched.
      await refreshBadge(await today(), db);
      hooks.onDataChanged?.();
      return result;
    },
  };
  return {
    ...captureHandlers(scope),
    ...mailHandlers(scope),
    ...draftsHandlers(scope),
    ...dataHandlers(scope),
    ...deskHandlers(scope),
    ...filesHandlers(scope),
  };
}
