import { ClientSchema, daysBetween, withEmailSource, type AttachmentRef, type Stage } from '../core';
import { getDb, getSettings, loadScheduleItems, recordEvent, saveSettings, type RelanceDb } from '../db';
import { nextAction } from '../dunning';
import { clientLanguage, uiLanguage } from '../i18n';
import type { Recipient, WebmailName } from '../mail/compose';
import { matchClients, nameWords, type ClientForMatch } from '../mail/match';
import type { ComposedReminder, PickerClient, PickerData, PickerTemplate } from '../mail/messages';
import { BUILTIN_TEMPLATES } from '../templates';
import { gmailComposeUrl, outlookComposeUrl } from '../mail/compose-url';
import { composeReminder } from './drafts';
import { setPendingFill } from './pending-fills';

/** The only origins whose content scripts may read invoices for a compose or record a send. */
export const WEBMAIL_ORIGINS: Readonly<Record<string, WebmailName>> = {
  'https://mail.google.com': 'gmail',
  'https://outlook.office.com': 'outlook',
  'https://outlook.office365.com': 'outlook',
  'https://outlook.live.com': 'outlook',
};

export function webmailOf(origin: string | undefined): WebmailName {
  const webmail = origin ? WEBMAIL_ORIGINS[origin] : undefined;
  if (!webmail) throw new Error('webmail messages are accepted from Gmail and Outlook only');
  return webmail;
}

/** Stages a written reminder can be for (a call and litigation are not e-mails). */
const EMAIL_STAGES: ReadonlySet<Stage> = new Set(['courtesy', 'reminder1', 'reminder2', 'formal-notice', 'thank-you']);
const URGENCY: readonly Stage[] = ['formal-notice', 'reminder2', 'reminder1', 'courtesy', 'thank-you'];
const MAX_CLIENTS = 8;

/**
 * What the compose picker shows: the clients the recipients point at (or the user's search by
 * name or invoice number), each with its open invoices and the stage the schedule proposes.
 */
export async function lookupForCompose(
  recipients: readonly Recipient[],
  query: string,
  today: string,
  db: RelanceDb = getDb(),
): Promise<PickerData> {
  const settings = await getSettings(db);
  const items = await loadScheduleItems(today, 3660, 60, db);
  const byClient = new Map<string, ClientForMatch & { items: typeof items }>();
  for (const item of items) {
    if (item.invoice.status === 'cancelled' || item.invoice.kind !== 'invoice') continue;
    const entry = byClient.get(item.invoice.clientId) ?? {
      id: item.invoice.clientId,
      name: item.client?.name ?? item.invoice.clientName,
      emails: item.client?.emails ?? [],
      items: [],
    };
    entry.items.push(item);
    byClient.set(entry.id, entry);
  }
  const candidates = [...byClient.values()];
  const q = query.trim().toLowerCase();
  const found: { id: string; by: PickerClient['by'] }[] = q
    ? candidates
        .filter(
          (c) =>
            nameWords(c.name)
              .join(' ')
              .includes(nameWords(q).join(' ') || q) ||
            c.items.some((i) => i.invoice.number.toLowerCase().includes(q)) ||
            c.emails.some((e) => e.includes(q)),
        )
        .map((c) => ({ id: c.id, by: 'search' as const }))
    : matchClients(recipients, candidates).map((m) => ({ id: m.clientId, by: m.by }));

  const clients: PickerClient[] = found
    .map(({ id, by }) => {
      const entry = byClient.get(id)!;
      const invoices = entry.items
        .map((item) => {
          const action = nextAction({ ...item, settings, today });
          const stage = action && action.due && EMAIL_STAGES.has(action.stage) ? action.stage : null;
          return {
            id: item.invoice.id,
            number: item.invoice.number,
            amountDue: item.invoice.amountDue,
            dueDate: item.invoice.dueDate,
            daysLate: Math.max(0, daysBetween(item.invoice.dueDate, today)),
            stage,
            paid: item.invoice.status === 'paid',
          };
        })
        .filter((i) => !i.paid || i.stage === 'thank-you')
        .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))
        .map(({ paid: _paid, ...rest }) => rest);
      const stages = invoices.map((i) => i.stage).filter((s): s is Stage => s !== null);
      const client = entry.items[0]?.client;
      return {
        id,
        name: entry.name,
        emails: [...entry.emails],
        addresses: entry.emails.map((email) => ({ email, source: client?.emailSources?.findLast((s) => s.email === email) })),
        language: clientLanguage(client, settings),
        by,
        stage: URGENCY.find((s) => stages.includes(s)) ?? (invoices.every((i) => i.daysLate === 0) ? 'courtesy' : 'reminder1'),
        invoices,
      };
    })
    .filter((c) => c.invoices.length > 0)
    .slice(0, MAX_CLIENTS);
  const own = await db.templates.toArray();
  const templates: PickerTemplate[] = [...own, ...BUILTIN_TEMPLATES]
    .filter((t) => EMAIL_STAGES.has(t.stage))
    .map((t) => ({ id: t.id, name: t.name, stage: t.stage, language: t.language, tone: t.tone, builtin: t.builtin }));
  return { clients, templates, lang: uiLanguage(settings.uiLanguage) };
}

/** The reminder the picker previews and inserts. */
export async function composeForCompose(
  invoiceIds: readonly string[],
  stage: Stage,
  templateId: string | undefined,
  today: string,
  db: RelanceDb = getDb(),
  attach?: boolean,
): Promise<ComposedReminder> {
  const r = await composeReminder(invoiceIds, today, db, stage, templateId, attach);
  return {
    invoiceIds: r.invoiceIds,
    numbers: r.numbers,
    clientId: r.clientId,
    stage: r.stage,
    templateId: r.templateId,
    to: r.to,
    newAddress: r.newAddress,
    subject: r.mail.subject,
    html: r.mail.html,
    text: r.mail.text,
    attachments: r.attachments,
    attachable: r.attachable,
  };
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * A reminder Relance wrote left the user's mailbox: it goes in the history (which moves the
 * schedule to the next stage) and the client's addresses are learned from its recipients.
 */
export async function recordSentFromWebmail(
  sent: {
    invoiceIds: readonly string[];
    stage: Stage;
    webmail: WebmailName;
    to: readonly string[];
    names?: readonly string[];
    subject: string;
    attachments?: readonly AttachmentRef[];
  },
  today: string,
  db: RelanceDb = getDb(),
): Promise<{ learned: string[]; eventId: number }> {
  const invoices = (await db.invoices.bulkGet([...sent.invoiceIds])).filter((i) => i !== undefined);
  const first = invoices[0];
  if (!first) throw new Error('invoice not found');
  const mine = invoices.filter((i) => i.clientId === first.clientId);
  const now = new Date().toISOString();
  let learned: string[] = [];
  let eventId = 0;
  await db.transaction('rw', db.clients, db.events, async () => {
    const client = await db.clients.get(first.clientId);
    const named = addressForNames(sent.names ?? [], {
      id: first.clientId,
      name: client?.name ?? first.clientName,
      emails: client?.emails ?? [],
    });
    const to = [...new Set([...sent.to.map((e) => e.trim().toLowerCase()), ...named].filter((e) => EMAIL.test(e)))].slice(0, 50);
    const attachments = filesOf(
      sent.attachments ?? [],
      mine.map((i) => i.id),
    );
    const event = await recordEvent(
      {
        invoiceIds: mine.map((i) => i.id),
        clientId: first.clientId,
        stage: sent.stage,
        channel: 'email',
        action: 'sent',
        at: now,
        date: today,
        to,
        subject: sent.subject.slice(0, 500),
        note: WEBMAIL_NOTE[sent.webmail],
        ...(attachments.length ? { attachments } : {}),
      },
      db,
    );
    eventId = event.id!;
    const known = new Set(client?.emails ?? []);
    learned = to.filter((e) => !known.has(e));
    if (learned.length === 0) return;
    // Each address keeps the send it came from: a send can be forged, so it is not yet a recipient.
    let next = client
      ? { ...client, updatedAt: now }
      : { id: first.clientId, name: first.clientName, emails: [] as string[], emailSources: [], createdAt: now, updatedAt: now };
    for (const email of learned) next = withEmailSource(next, { email, from: 'send', eventId, at: now });
    await db.clients.put(ClientSchema.parse(next));
  });
  return { learned, eventId };
}

/** The attached files that are copies of these invoices (an InvoiceFile id is `<invoiceId>|<name>`), once each. */
function filesOf(attached: readonly AttachmentRef[], invoiceIds: readonly string[]): AttachmentRef[] {
  const seen = new Set<string>();
  return attached
    .filter((a) => invoiceIds.some((id) => a.fileId.startsWith(`${id}|`)) && !seen.has(a.fileId) && seen.add(a.fileId))
    .slice(0, 20);
}

/**
 * A recipient the compose showed by name only (an Outlook chip) that names the client stands for
 * the client's address Relance knows (the one its reminders go to); a name that does not match,
 * or a client with no known address, adds nothing.
 */
function addressForNames(names: readonly string[], client: ClientForMatch): string[] {
  const address = client.emails[0];
  if (!address || names.length === 0) return [];
  return matchClients(
    names.map((name) => ({ name })),
    [client],
  ).length
    ? [address]
    : [];
}

const WEBMAIL_NOTE: Record<WebmailName, string> = { gmail: 'Gmail', outlook: 'Outlook' };
/** Gmail lets a send be undone for up to 30 s, Outlook for 10 s: a retraction comes within this. */
export const RETRACT_WINDOW_MS = 2 * 60_000;

/**
 * The user undid a send the webmail had not yet made ("Undo" after Send): the history entry it
 * wrote goes, and so do the addresses it taught. Only a send from the same webmail, recorded in the
 * last two minutes, can be taken back; only addresses that send went to are forgotten.
 */
export async function retractSentFromWebmail(
  retract: { eventId: number; webmail: WebmailName; learned: readonly string[] },
  db: RelanceDb = getDb(),
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.clients, db.events, async () => {
    const event = await db.events.get(retract.eventId);
    const fresh = event && now - Date.parse(event.at) <= RETRACT_WINDOW_MS && now >= Date.parse(event.at);
    if (!event || !fresh || event.action !== 'sent' || event.channel !== 'email' || event.note !== WEBMAIL_NOTE[retract.webmail]) {
      throw new Error('This send can no longer be taken back.');
    }
    await db.events.delete(retract.eventId);
    const forget = new Set(retract.learned.map((e) => e.toLowerCase()).filter((e) => event.to.includes(e)));
    const client = forget.size ? await db.clients.get(event.clientId) : undefined;
    if (!client) return;
    const sources = (client.emailSources ?? []).filter((s) => !(s.eventId === retract.eventId && forget.has(s.email)));
    await db.clients.put(
      ClientSchema.parse({
        ...client,
        emails: client.emails.filter((e) => !forget.has(e)),
        emailSources: sources,
        updatedAt: new Date(now).toISOString(),
      }),
    );
  });
}

/**
 * The user said yes to an address the picker flagged as new ("use it?"): from now on it is theirs.
 * Only an address the client already has can be confirmed, so this never teaches a new one.
 */
export async function confirmAddress(clientId: string, email: string, db: RelanceDb = getDb()): Promise<void> {
  await db.transaction('rw', db.clients, async () => {
    const client = await db.clients.get(clientId);
    const address = email.trim().toLowerCase();
    if (!client || !client.emails.includes(address)) throw new Error('unknown address for this client');
    await db.clients.put(
      ClientSchema.parse(
        withEmailSource({ ...client, updatedAt: new Date().toISOString() }, { email: address, from: 'user', at: new Date().toISOString() }),
      ),
    );
  });
}

/**
 * Opens a new compose in the webmail by its link (plain text: all a link can carry) and leaves the
 * formatted reminder for that tab: the content script replaces the plain body when the editor
 * appears, and says so if it never does.
 */
export async function openDraftTab(draft: ComposedReminder, webmail: WebmailName): Promise<number | undefined> {
  const fields = { to: draft.to, subject: draft.subject, body: draft.text };
  const tab = await browser.tabs.create({ url: webmail === 'gmail' ? gmailComposeUrl(fields) : outlookComposeUrl(fields) });
  if (tab.id !== undefined) await setPendingFill(tab.id, { ...draft, webmail });
  return tab.id;
}

/** The webmail the user works in, learned from use: notifications open their drafts there. */
export async function rememberWebmail(webmail: WebmailName, db: RelanceDb = getDb()): Promise<void> {
  if ((await getSettings(db)).webmail !== webmail) await saveSettings({ webmail }, db);
}
