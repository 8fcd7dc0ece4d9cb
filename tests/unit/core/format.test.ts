import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, totalsByCurrency } from '../../../lib/format';

describe('formatting for people', () => {
  it('writes a calendar date as each locale does, in either style, whichever was asked before', () => {
    // Alternating locales and styles: formatters are kept per locale and style, never mixed up.
    const seen = [
      formatDate('2026-03-05', 'fr-FR'),
      formatDate('2026-03-05', 'en-GB', 'long'),
      formatDate('2026-03-05', 'en-US'),
      formatDate('2026-03-05', 'fr-FR', 'long'),
      formatDate('2026-12-31', 'fr-FR'),
    ];
    expect(seen).toEqual(['05/03/2026', '5 March 2026', '03/05/2026', '5 mars 2026', '31/12/2026']);
  });

  it('never shifts a date by the time zone (the suite runs at UTC+14 and UTC-8 too)', () => {
    expect(formatDate('2026-01-01', 'fr-FR')).toBe('01/01/2026');
    expect(formatDate('2025-12-31', 'en-GB', 'long')).toBe('31 December 2025');
  });

  it('writes money with ordinary spaces, per locale and currency', () => {
    expect([
      formatMoney({ minor: 124_000, currency: 'EUR' }, 'fr-FR'),
      formatMoney({ minor: 124_000, currency: 'EUR' }, 'en-GB'),
      formatMoney({ minor: 150, currency: 'CHF' }, 'fr-FR'),
    ]).toEqual(['1 240,00 €', '€1,240.00', '1,50 CHF']);
    expect(
      totalsByCurrency([
        { minor: 1, currency: 'USD' },
        { minor: 2, currency: 'EUR' },
        { minor: 3, currency: 'USD' },
      ]),
    ).toEqual([
      { minor: 2, currency: 'EUR' },
      { minor: 4, currency: 'USD' },
    ]);
  });
});
