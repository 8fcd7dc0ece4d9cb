// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';
import { controlTextOf, hasFormControl, untruncated } from '../../../lib/capture/text';
import { parseStatus } from '../../../lib/parse';

/**
 * Round 6's rules, on pages of their own (the held-out pages are in blind6): a table edited in
 * place, clients cut short with the whole name in a tooltip, a currency column, an aged report by
 * months, an "Open" amount column, and Portuguese headers and statuses.
 */
const TODAY = '2026-12-03';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const page = (html: string) => {
  document.body.replaceChildren(document.importNode(parse(html).body.firstElementChild!, true));
  return extractInvoices(document, { today: TODAY });
};
const cellOf = (html: string) => parse(`<table><tr><td ${html}</td></tr></table>`).querySelector('td')!;
const money = (minor: number, currency: string) => ({ minor, currency });
const pick = (found: ReturnType<typeof extractInvoices>, keys: string[]) =>
  found.map((f) => Object.fromEntries(keys.map((k) => [k, (f as Record<string, unknown>)[k]])));

beforeEach(() => document.body.replaceChildren());

describe('a table edited in place', () => {
  const row = (n: string, client: string, due: string, total: string, options: string, extra = '') =>
    `<tr><td><input type="checkbox" value="${n}"></td><td><input name="n" value="${n}"></td><td><input value="${client}"></td>` +
    `<td><input type="date" value="${due}"></td><td><input value="${total}"> ${extra}</td><td><select>${options}</select></td></tr>`;
  const sel = (options: string[], chosen: number) =>
    options.map((o, i) => `<option${i === chosen ? ' selected' : ''}>${o}</option>`).join('');

  it('reads the values its inputs and selected options hold, skipping the filter row and the blank new row', () => {
    const en = ['Draft', 'Sent', 'Partially paid', 'Paid'];
    const found = page(`<div><table>
      <thead><tr><th></th><th>Invoice #</th><th>Customer</th><th>Due date</th><th>Total</th><th>Status</th></tr>
      <tr><th></th><th><input placeholder="Search"></th><th><input placeholder="Search"></th><th></th><th></th><th><select><option>All</option><option>Paid</option></select></th></tr></thead>
      <tbody>${row('Q-1001', 'Harbor Bakery', '2026-12-20', '$1,200.00', sel(en, 1))}
      ${row('Q-1002', 'Elm Street Dental', '2026-11-30', '$880.50', sel(en, 2))}
      ${row('Q-1003', 'Pine &amp; Co', '2027-01-05', '$42.00', sel(en, 0))}
      <tr><td></td><td><input value=""></td><td><input placeholder="Customer"></td><td><input type="date"></td><td><input placeholder="0.00"></td><td><select>${sel(en, 0)}</select></td></tr>
      </tbody></table></div>`);
    expect(pick(found, ['number', 'clientName', 'dueDate', 'total', 'status'])).toEqual([
      { number: 'Q-1001', clientName: 'Harbor Bakery', dueDate: '2026-12-20', total: money(120_000, 'USD'), status: 'open' },
      { number: 'Q-1002', clientName: 'Elm Street Dental', dueDate: '2026-11-30', total: money(88_050, 'USD'), status: 'partial' },
      { number: 'Q-1003', clientName: 'Pine & Co', dueDate: '2027-01-05', total: money(4_200, 'USD'), status: 'draft' },
    ]);
  });

  it('takes the text beside an input (a currency sign after the amount) and tells filter rows by their empty fields', () => {
    const tr = parse('<table><tr><td><input value="1 950,00"> €</td></tr></table>').querySelector('tr')!;
    const td = tr.firstElementChild!;
    const input = td.querySelector('input')!;
    expect(controlTextOf(td)).toBe('1 950,00 €');
    expect(hasFormControl(tr)).toBe(false);
    input.setAttribute('value', '');
    input.value = '';
    expect(hasFormControl(tr)).toBe(true);
    expect(controlTextOf(cellOf('><input type="checkbox" value="7">'))).toBe('');
  });
});

describe('a client cut short', () => {
  it('is read whole from the tooltip that begins alike, "…" or "...", on the cell or inside it', () => {
    const cell = cellOf;
    expect(untruncated(cell('><span title="Boulangerie Dupont &amp; Fils">Boulangerie Dup…</span>'), 'Boulangerie Dup…')).toBe(
      'Boulangerie Dupont & Fils',
    );
    expect(untruncated(cell('title="Wicklow Way Guesthouse">Wicklow Way...'), 'Wicklow Way...')).toBe('Wicklow Way Guesthouse');
    // A tooltip that says something else (a hint, another name) is not the client's name.
    expect(untruncated(cell('><span title="Open the client">Boulangerie Dup…</span>'), 'Boulangerie Dup…')).toBe('Boulangerie Dup…');
    // A name not cut short keeps its own text, whatever its tooltip.
    expect(untruncated(cell('><span title="Harbor Bakery Inc.">Harbor Bakery</span>'), 'Harbor Bakery')).toBe('Harbor Bakery');
  });
});

describe('columns read by their headers', () => {
  it('takes each amount in the currency its own column names, in English, German and French', () => {
    for (const [cur, due, st] of [
      ['Currency', 'Due date', 'Status'],
      ['Währung', 'Fällig am', 'Status'],
      ['Devise', 'Échéance', 'Statut'],
    ]) {
      const found =
        page(`<div><table><thead><tr><th>Invoice</th><th>Customer</th><th>${due}</th><th>Amount</th><th>${cur}</th><th>${st}</th></tr></thead><tbody>
        <tr><td>INV-71</td><td>Kobe Parts K.K.</td><td>2026-12-24</td><td>1,250,000</td><td>JPY</td><td>Not cleared</td></tr>
        <tr><td>INV-72</td><td>Thames Freight Ltd</td><td>2026-12-28</td><td>7,215.60</td><td>GBP</td><td>Cleared</td></tr>
        </tbody></table></div>`);
      expect(pick(found, ['number', 'total', 'status']), cur).toEqual([
        { number: 'INV-71', total: money(1_250_000, 'JPY'), status: 'open' },
        { number: 'INV-72', total: money(721_560, 'GBP'), status: 'paid' },
      ]);
    }
  });

  it('reads an aged report by months: every row open, its total what remains due', () => {
    const found =
      page(`<div><h1>Aged receivables</h1><p>As at 3 December 2026 · USD</p><table><thead><tr><th>Invoice</th><th>Customer</th><th>Due date</th><th>Current</th><th>&lt; 1 month</th><th>1 month</th><th>2 months</th><th>Older</th><th>Total</th></tr></thead><tbody>
      <tr><td>A-11</td><td>Bay Club</td><td>2026-11-13</td><td></td><td>$1,980.00</td><td></td><td></td><td></td><td>$1,980.00</td></tr>
      <tr><td>A-12</td><td>Bay Club</td><td>2026-06-01</td><td></td><td></td><td></td><td></td><td>$615.00</td><td>$615.00</td></tr>
      <tr><td colspan="3">Total</td><td>0.00</td><td>1,980.00</td><td>0.00</td><td>0.00</td><td>615.00</td><td>2,595.00</td></tr>
      </tbody></table></div>`);
    expect(pick(found, ['number', 'amountDue', 'total', 'status'])).toEqual([
      { number: 'A-11', amountDue: money(198_000, 'USD'), total: undefined, status: 'open' },
      { number: 'A-12', amountDue: money(61_500, 'USD'), total: undefined, status: 'open' },
    ]);
  });

  it('reads an "Open" or "Em aberto" column as the amount still due, and Portuguese dates and statuses', () => {
    const found =
      page(`<div><table><thead><tr><th>Fatura</th><th>Cliente</th><th>Emissão</th><th>Vencimento</th><th>Valor</th><th>Em aberto</th><th>Situação</th></tr></thead><tbody>
      <tr><td>FAT-9</td><td>Padaria Sol</td><td>05/10/2026</td><td>04/11/2026</td><td>R$ 4.830,00</td><td>R$ 4.830,00</td><td>Em aberto</td></tr>
      <tr><td>FAT-10</td><td>Escola Lua</td><td>20/10/2026</td><td>19/11/2026</td><td>R$ 6.000,00</td><td>R$ 3.000,00</td><td>Parcialmente paga</td></tr>
      </tbody></table></div>`);
    expect(pick(found, ['number', 'issueDate', 'dueDate', 'amountDue', 'status'])).toEqual([
      { number: 'FAT-9', issueDate: '2026-10-05', dueDate: '2026-11-04', amountDue: money(483_000, 'BRL'), status: 'open' },
      { number: 'FAT-10', issueDate: '2026-10-20', dueDate: '2026-11-19', amountDue: money(300_000, 'BRL'), status: 'partial' },
    ]);
    const en = page(`<div><table><thead><tr><th>No.</th><th>Customer</th><th>Amount</th><th>Open</th></tr></thead><tbody>
      <tr><td>10482</td><td>Prairie Farms</td><td>$5,200.00</td><td>$1,200.00</td></tr></tbody></table></div>`);
    expect(pick(en, ['number', 'total', 'amountDue'])).toEqual([
      { number: '10482', total: money(520_000, 'USD'), amountDue: money(120_000, 'USD') },
    ]);
  });

  it('reads the statuses of an ERP ledger and of Portuguese lists', () => {
    expect(parseStatus('Cleared')?.status).toBe('paid');
    expect(parseStatus('Not Cleared')?.status).toBe('open');
    expect(parseStatus('Partially Cleared')?.status).toBe('partial');
    expect(parseStatus('Em aberto')?.status).toBe('open');
  });
});
