import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDetected } from '../../../lib/capture/validate';
import { DetectedInvoiceSchema, type DetectedInvoice } from '../../../lib/core';

const text = fc.oneof(
  fc.constantFrom(
    'FA2611-0012',
    '(PROV13)',
    'Boulangerie Dupont & Fils',
    '<img src=x onerror=alert(1)>',
    ' padded ',
    '',
    ' ',
    '\u00a0x',
    'x\n',
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ minLength: 190, maxLength: 260 }),
);
const money = fc.record({
  minor: fc.oneof(
    fc.integer(),
    fc.constantFrom(0, -15_000, 10 ** 13, 10 ** 13 + 1, -(10 ** 13) - 1, 1.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN),
  ),
  currency: fc.constantFrom('EUR', 'GBP', 'USD', 'eur', 'EURO', '', '€'),
});
const date = fc.oneof(
  fc.constantFrom(
    '2026-11-22',
    '2024-02-29',
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-1-1',
    '1900-02-29',
    '2000-02-29',
    '0000-01-01',
    '2026-11-22T00:00:00Z',
    '',
  ),
  fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const email = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom(
    'accounts@northwind-traders.co.uk',
    'ACCOUNTS@NORTHWIND.CO.UK',
    'a..b@x.com',
    'x@localhost',
    "o'neil@x.fr",
    'javascript:alert(1)',
    ' a@b.fr',
    'a@-b.fr',
    'a@b.c',
  ),
);
const invoice = fc.record(
  {
    number: text,
    clientName: text,
    clientEmail: email,
    total: money,
    amountDue: money,
    issueDate: date,
    dueDate: date,
    status: fc.constantFrom('draft', 'open', 'partial', 'paid', 'cancelled', 'disputed', 'overdue', 'PAID'),
    kind: fc.constantFrom('invoice', 'credit-note', 'refund'),
    confidence: fc.oneof(fc.double({ min: -1, max: 2 }), fc.constantFrom(0, 1, Number.NaN)),
  },
  { requiredKeys: ['number', 'confidence'] },
) as fc.Arbitrary<DetectedInvoice>;

describe('the capture’s own check', () => {
  it('passes nothing that DetectedInvoiceSchema would refuse or change', () => {
    fc.assert(
      fc.property(invoice, (candidate) => {
        if (!isValidDetected(candidate)) return;
        const parsed = DetectedInvoiceSchema.safeParse(candidate);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(candidate);
      }),
      { numRuns: 3000 },
    );
  });

  it('passes a well-formed invoice, so the property above is not vacuous', () => {
    const ok: DetectedInvoice = {
      number: 'FA2611-0012',
      clientName: 'Café Le Zinc',
      clientEmail: 'lezinc.cafe@gmail.com',
      total: { minor: 148_148_147, currency: 'EUR' },
      issueDate: '2026-11-20',
      dueDate: '2026-12-20',
      status: 'open',
      kind: 'invoice',
      confidence: 0.95,
    };
    expect(isValidDetected(ok)).toBe(true);
  });

  it.each([
    ['an empty number', { number: '' }],
    ['a padded number', { number: ' F-1 ' }],
    ['a 65-character number', { number: 'F'.repeat(65) }],
    ['a 201-character client', { clientName: 'A'.repeat(201) }],
    ['an upper-case e-mail (storage would change it)', { clientEmail: 'A@B.FR' }],
    ['an e-mail zod refuses', { clientEmail: 'a..b@x.com' }],
    ['31 February', { dueDate: '2026-02-31' }],
    ['29 February 1900', { issueDate: '1900-02-29' }],
    ['year 0000 (found by the property below)', { dueDate: '0000-01-01' }],
    ['a fractional minor amount', { total: { minor: 1.5, currency: 'EUR' } }],
    ['an amount beyond 10^13 minor units', { amountDue: { minor: 10 ** 13 + 1, currency: 'EUR' } }],
    ['a currency that is not ISO 4217', { total: { minor: 100, currency: 'eur' } }],
    ['an unknown status', { status: 'overdue' }],
    ['a confidence over 1', { confidence: 1.01 }],
    ['a NaN confidence', { confidence: Number.NaN }],
  ])('refuses %s', (_what, patch) => {
    const candidate = { number: 'F-1', confidence: 0.5, ...patch } as DetectedInvoice;
    expect(isValidDetected(candidate)).toBe(false);
  });
});
