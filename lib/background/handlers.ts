import type { CapturedInvoice, DetectedInvoice, SettingsPatch } from '../core';
import { exportAll, getDb, getSettings, importAll, markPaid, saveSettings, upsertDetected, type RelanceDb } from '../db';
import type { Handlers } from '../messaging';
import { refreshBadge } from './badge';
import { today } from './clock';

/**
 * A detected invoice becomes a stored one only with what storage needs; the host always comes
 * from the sender's origin, so a page can never write invoices in another site's name.
 */
export function toCaptured(found: DetectedInvoice, origin: string, url: string, seenAt: string): CapturedInvoice | null {
  if (!found.clientName) return null;
  const host = new URL(origin).host;
  const sameOrigin = URL.canParse(url) && new URL(url).origin === origin;
  return {
    number: found.number,
    clientName: found.clientName,
    clientEmail: found.clientEmail,
    total: found.total,
    amountDue: found.amountDue,
    issueDate: found.issueDate,
    dueDate: found.dueDate,
    status: found.status,
    kind: found.kind,
    source: { url: sameOrigin ? url : origin + '/', host, method: 'table', seenAt },
  };
}

export function createHandlers(db: RelanceDb = getDb()): Handlers {
  const changed = async <T>(result: T): Promise<T> => {
    await refreshBadge(today(), db);
    return result;
  };
  return {
    async 'cs:invoicesFound'(message, context) {
      const origin = context.origin!;
      const settings = await getSettings(db);
      const portal = settings.portals.find((p) => p.origin === `${origin}/*`);
      if (!message.track && !portal?.autoTrack) return { stored: false, found: message.invoices.length };
      const seenAt = new Date().toISOString();
      const captured = message.invoices.map((f) => toCaptured(f, origin, message.url, seenAt)).filter((c) => c !== null);
      const result = await upsertDetected(captured, { today: today(), defaultPaymentTermsDays: settings.defaultPaymentTermsDays }, db);
      return changed({ stored: true, found: message.invoices.length, ...result });
    },
    async 'ui:markPaid'(message) {
      return changed(await markPaid(message.id, today(), db));
    },
    async 'ui:import'(message) {
      return changed(await importAll(message.text, db));
    },
    async 'ui:export'() {
      return exportAll(db);
    },
    async 'ui:deleteAll'() {
      await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
      return changed(true);
    },
    async 'ui:saveSettings'(message) {
      return changed(await saveSettings(message.settings as SettingsPatch, db));
    },
    async 'ui:refreshBadge'() {
      return refreshBadge(today(), db);
    },
  };
}
