// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

const cards = (heading: string, body: (ref: string, name: string) => string) =>
  `<h1>${heading}</h1><div>${[
    ['Q-1001', 'Boulangerie Dupont'],
    ['Q-1002', 'Garage Martin'],
    ['Q-1003', 'Cabinet Leroy'],
  ]
    .map(([ref, name], i) => `<div class="card">${body(ref!, name!)}<em>${i + 1} 240,00 €</em><i>1${i}/10/2026</i></div>`)
    .join('')}</div>`;

describe('cards under a heading that names invoices', () => {
  it('are not invoices when no client can be read from them (quotes and invoices mixed, products)', () => {
    const doc = new DOMParser().parseFromString(
      cards('Devis et factures', (ref) => `<span>${ref}</span>`),
      'text/html',
    );
    expect(extractInvoices(doc, { today: '2026-11-20' })).toEqual([]);
  });
});
