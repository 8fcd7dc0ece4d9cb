import Dexie from 'dexie';
import { useState, type FormEvent } from 'react';
import { daysBetween, type Client, type ClientPatch, type EmailSource, type Language, type Tone } from '../../lib/core';
import { getDb } from '../../lib/db';
import { agingBalance, clientTimeline } from '../../lib/desk';
import { formatDate, formatMoney } from '../../lib/format';
import { send } from '../../lib/messaging/send';
import { useDesk } from './context';
import { InvoiceActions } from './InvoiceActions';
import { InvoicePanel, STATUS_LABEL } from './InvoicesView';
import { Timeline } from './Timeline';
import { useLoad } from './use-load';

/** One client: balance, invoices with their actions, what reminders use, and the evidence trail. */
export function ClientView({ clientId, invoiceId }: { clientId: string; invoiceId?: string }) {
  const desk = useDesk();
  const { t, locale, today } = desk;
  const data = useLoad(async () => {
    const db = getDb();
    return db.transaction('r', db.clients, db.invoices, db.events, async () => {
      const client = await db.clients.get(clientId);
      const invoices = await db.invoices.where('[clientId+dueDate]').between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]).toArray();
      const events = await db.events.where('clientId').equals(clientId).toArray();
      return { client, invoices, events };
    });
  }, [clientId]);
  if (!data) return <section data-relance-view="client" aria-busy="true" />;
  const { client, invoices, events } = data;
  const name = client?.name ?? invoices[0]?.clientName ?? clientId;
  const balance = agingBalance(invoices, today);
  const focused = invoiceId ? invoices.find((i) => i.id === invoiceId) : undefined;
  return (
    <section data-relance-view="client" aria-labelledby="client-title" className="client-view">
      <div className="row-head">
        <h1 id="client-title">{name}</h1>
        <button
          type="button"
          data-relance-action="statement"
          onClick={() =>
            void browser.tabs.create({ url: browser.runtime.getURL(`/statement.html?client=${encodeURIComponent(clientId)}`) })
          }
        >
          {t('deskStatement')}
        </button>
      </div>
      <p className="summary" data-relance="client-balance">
        {balance.length === 0
          ? t('deskNothingDue')
          : balance
              .map((b) =>
                t(
                  'deskBalanceLine',
                  formatMoney({ minor: b.total, currency: b.currency }, locale),
                  formatMoney({ minor: b.overdue, currency: b.currency }, locale),
                ),
              )
              .join(' · ')}
      </p>
      {focused && <InvoicePanel invoice={focused} onClose={() => (location.hash = `#client/${encodeURIComponent(clientId)}`)} />}
      <div className="client-grid">
        <section aria-labelledby="client-invoices" className="card">
          <h2 id="client-invoices">{t('deskInvoices')}</h2>
          <table className="client-invoices">
            <thead>
              <tr>
                <th scope="col">{t('deskColNumber')}</th>
                <th scope="col">{t('deskColDueDate')}</th>
                <th scope="col" className="num">
                  {t('deskColAmountDue')}
                </th>
                <th scope="col">{t('deskColStatus')}</th>
                <th scope="col">{t('deskActions')}</th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => {
                const late = daysBetween(invoice.dueDate, today);
                return (
                  <tr key={invoice.id} data-relance-invoice={invoice.number}>
                    <td>{invoice.number}</td>
                    <td>
                      {formatDate(invoice.dueDate, locale)}{' '}
                      {late > 0 && invoice.status !== 'paid' && <span className="late">{t('popupDaysLate', late)}</span>}
                    </td>
                    <td className="num">{formatMoney(invoice.amountDue, locale)}</td>
                    <td>{t(STATUS_LABEL[invoice.status])}</td>
                    <td>
                      <InvoiceActions invoice={invoice} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <ClientForm client={client ?? { id: clientId, name, emails: [], emailSources: [], paused: false, createdAt: '', updatedAt: '' }} />
      </div>
      <section aria-labelledby="timeline-title" className="card timeline-card">
        <div className="row-head">
          <h2 id="timeline-title">{t('deskTimeline')}</h2>
          <button type="button" data-relance-action="print-timeline" onClick={() => window.print()}>
            {t('deskPrintTimeline')}
          </button>
        </div>
        <Timeline entries={clientTimeline(invoices, events)} />
      </section>
    </section>
  );
}

function ClientForm({ client }: { client: Client }) {
  const desk = useDesk();
  const { t } = desk;
  const [emails, setEmails] = useState(client.emails);
  const [error, setError] = useState('');
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const tone = String(form.get('tone'));
    const since = String(form.get('since'));
    const pausedUntil = String(form.get('pausedUntil') ?? '');
    const patch: ClientPatch = {
      emails,
      phone: String(form.get('phone') ?? ''),
      language: String(form.get('language')) as Language,
      tone: tone === 'auto' ? null : (tone as Tone),
      since: since || null,
      paused: form.get('paused') === 'on',
      pausedUntil: pausedUntil || null,
      notes: String(form.get('notes') ?? ''),
    };
    try {
      await send({ type: 'ui:updateClient', clientId: client.id, patch });
      setError('');
      desk.changed(t('optionsSaved'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="card client-form" onSubmit={(e) => void save(e)} aria-labelledby="client-settings" data-relance="client-form">
      <h2 id="client-settings">{t('deskClientSettings')}</h2>
      <EmailList emails={emails} sources={client.emailSources} onChange={setEmails} onError={setError} />
      <label>
        {t('deskPhone')}
        <input name="phone" type="tel" defaultValue={client.phone ?? ''} maxLength={40} />
      </label>
      <label>
        {t('deskLanguage')}
        <select name="language" defaultValue={client.language ?? desk.lang}>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {t('deskTone')}
        <select name="tone" defaultValue={client.tone ?? 'auto'}>
          <option value="auto">{t('deskToneAuto')}</option>
          <option value="gentle">{t('deskToneGentle')}</option>
          <option value="standard">{t('deskToneStandard')}</option>
          <option value="firm">{t('deskToneFirm')}</option>
        </select>
      </label>
      <label>
        {t('deskSince')}
        <input name="since" type="date" defaultValue={client.since ?? ''} />
      </label>
      <label>
        {t('deskClientPausedUntil')}
        <input name="pausedUntil" type="date" defaultValue={client.pausedUntil ?? ''} min={desk.today} />
      </label>
      <label className="check">
        <input name="paused" type="checkbox" defaultChecked={client.paused} /> {t('deskClientPaused')}
      </label>
      <label>
        {t('deskNote')}
        <textarea name="notes" rows={3} maxLength={10_000} defaultValue={client.notes ?? ''} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" data-relance-action="save-client">
        {t('optionsSave')}
      </button>
    </form>
  );
}

/** The client's addresses: reminders go to the first; add, remove, or choose which one. */
function EmailList({
  emails,
  sources,
  onChange,
  onError,
}: {
  emails: string[];
  sources: EmailSource[];
  onChange(next: string[]): void;
  onError(message: string): void;
}) {
  const { t, locale } = useDesk();
  /** Where an address was learned, and when: the last source recorded for it. */
  const origin = (email: string) => {
    const s = sources.findLast((x) => x.email === email);
    if (!s) return '';
    const from =
      s.from === 'portal'
        ? t('mailAddressFromPortal', s.host ?? '')
        : s.from === 'send'
          ? t('mailAddressFromSend')
          : s.from === 'import'
            ? t('mailAddressFromImport')
            : t('mailAddressFromUser');
    return t('deskLearnedFrom', from, formatDate(s.at.slice(0, 10), locale));
  };
  const addEmail = (form: HTMLFormElement) => {
    const input = form.elements.namedItem('newEmail') as HTMLInputElement;
    const value = input.value.trim().toLowerCase();
    if (!input.checkValidity() || !value) return onError(t('deskBadEmail'));
    onChange([...new Set([...emails, value])]);
    input.value = '';
    onError('');
  };
  return (
    <fieldset>
      <legend>{t('deskEmails')}</legend>
      <p className="muted">{t('deskEmailsHint')}</p>
      <ul className="emails" data-relance="client-emails">
        {emails.map((email, i) => (
          <li key={email}>
            <span>{email}</span>
            {origin(email) && <span className="muted small">{origin(email)}</span>}
            {i === 0 ? (
              <span className="tag">{t('deskRemindersGoHere')}</span>
            ) : (
              <button type="button" onClick={() => onChange([email, ...emails.filter((e) => e !== email)])}>
                {t('deskUseForReminders')}
              </button>
            )}
            {/* The name read out begins with the word shown (WCAG 2.5.3): "Remove", then which address. */}
            <button type="button" aria-label={t('deskRemoveEmail', email)} onClick={() => onChange(emails.filter((e) => e !== email))}>
              {t('deskRemove')}
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('deskAddEmail')}
        <input
          name="newEmail"
          type="email"
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addEmail(e.currentTarget.form!);
            }
          }}
        />
      </label>
      <button type="button" data-relance-action="add-email" onClick={(e) => addEmail(e.currentTarget.form!)}>
        {t('deskAdd')}
      </button>
    </fieldset>
  );
}
