import { useMemo, useState } from 'react';
import { clientSummaries, rowsOfClients, type ClientSummary } from '../../lib/desk';
import { formatMoney } from '../../lib/format';
import { BulkBar } from './BulkBar';
import { useDesk } from './context';
import { hrefOf } from './route';
import { useInvoiceTable } from './use-invoice-table';

/** Case and accents aside, as the invoice search reads names. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Every client, the most overdue first: choose some, then draft one reminder per client, mark
 * their invoices paid, pause them or export them, with the invoice list's own bulk bar.
 */
export function ClientsView() {
  const desk = useDesk();
  const { t, today } = desk;
  const table = useInvoiceTable(today);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const clients = useMemo(() => (table ? clientSummaries(table) : []), [table]);
  const shown = useMemo(() => clients.filter((c) => fold(c.clientName).includes(fold(text.trim()))), [clients, text]);
  const rows = useMemo(() => rowsOfClients(clients, chosen), [clients, chosen]);
  if (!table) return <section data-relance-view="clients" aria-busy="true" />;
  const all = shown.length > 0 && shown.every((c) => chosen.has(c.clientId));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    setChosen(next);
  };
  return (
    <section data-relance-view="clients" aria-labelledby="clients-title" className="clients">
      <h1 id="clients-title">{t('deskClientsTitle')}</h1>
      <div className="filters" role="search">
        <label>
          {t('deskSearch')}
          <input type="search" data-relance="client-search" onChange={(e) => setText(e.target.value)} />
        </label>
      </div>
      <p className="summary" data-relance="result-count" aria-live="polite">
        {t('deskClientsShown', shown.length, clients.length)}
      </p>
      {rows.length > 0 && <BulkBar table={table} rows={rows} onClear={() => setChosen(new Set())} />}
      <table className="client-list">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('deskSelectAll')}
                checked={all}
                onChange={() => setChosen(all ? new Set() : new Set(shown.map((c) => c.clientId)))}
              />
            </th>
            <th scope="col">{t('deskColClient')}</th>
            <th scope="col" className="num">
              {t('deskClientsOpen')}
            </th>
            <th scope="col" className="num">
              {t('deskColAmountDue')}
            </th>
            <th scope="col" className="num">
              {t('deskTotalOverdue')}
            </th>
            <th scope="col" className="num">
              {t('deskDaysLate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <ClientLine key={c.clientId} client={c} chosen={chosen.has(c.clientId)} onToggle={toggle} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ClientLine({ client, chosen, onToggle }: { client: ClientSummary; chosen: boolean; onToggle(id: string): void }) {
  const { t, locale } = useDesk();
  const money = (list: ClientSummary['due']) => list.map((m) => formatMoney(m, locale)).join(' · ') || '—';
  return (
    <tr data-relance-client={client.clientId}>
      <td>
        <input
          type="checkbox"
          aria-label={t('deskSelect', client.clientName)}
          checked={chosen}
          onChange={() => onToggle(client.clientId)}
        />
      </td>
      <td>
        <a href={hrefOf({ view: 'client', clientId: client.clientId })}>{client.clientName}</a>
      </td>
      <td className="num">{client.open}</td>
      <td className="num">{money(client.due)}</td>
      <td className={client.overdue.length > 0 ? 'num late' : 'num'}>{money(client.overdue)}</td>
      <td className="num">{client.oldestDaysLate > 0 ? client.oldestDaysLate : '—'}</td>
    </tr>
  );
}
