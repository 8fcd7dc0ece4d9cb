import { getDb, getSettings, type RelanceDb } from '../db';
import { clientLanguage } from '../i18n';
import { buildStatement } from '../statement';

/** The statement of one client, in the client's language, from what is stored today. */
export async function prepareStatement(clientId: string, today: string, db: RelanceDb = getDb()) {
  const [settings, client, invoices] = await Promise.all([
    getSettings(db),
    db.clients.get(clientId),
    db.invoices.where('[clientId+dueDate]').between([clientId, ''], [clientId, '\uffff']).toArray(),
  ]);
  if (!client && invoices.length === 0) throw new Error('client not found');
  const lang = clientLanguage(client, settings);
  const statement = buildStatement({ client: client ?? { name: invoices[0]!.clientName }, invoices, settings, today, lang });
  return { clientId, title: statement.title, html: statement.html, lang, totals: statement.totals };
}
