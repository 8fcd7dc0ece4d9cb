import { describe, expect, it } from 'vitest';
import { defaultRatePercent, lateCharges, lookupRate, validateFrenchRate, DEFAULT_RATES } from '../../../lib/legal';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const gbp = (minor: number) => ({ minor, currency: 'GBP' });

describe('lateCharges: worked examples', () => {
  it.each([
    // 1 240,00 € due 1 March 2026, paid 31 March: 30 days at ECB 2.15 + 10 = 12.15 %.
    // 124 000 × 0.1215 × 30 / 365 = 1 238.30… → 12,38 €
    ['FR, 30 days at 12.15 %', { amountDue: eur(124_000), dueDate: '2026-03-01', today: '2026-03-31', regime: 'FR' as const }, 30, 12.15, 1238, eur(4000)],
    // EU: + 8 points = 10.15 %: 124 000 × 0.1015 × 30 / 365 = 1 034.47… → 10,34 €
    ['EU, 30 days at 10.15 %', { amountDue: eur(124_000), dueDate: '2026-03-01', today: '2026-03-31', regime: 'EU' as const }, 30, 10.15, 1034, eur(4000)],
    // UK, due 2025-09-30: Bank rate of 30 June 2025 (4.25) + 8 = 12.25 %; £5,000 × 12.25 % × 61 / 365 = £102.36
    ['UK, 61 days at 12.25 %', { amountDue: gbp(500_000), dueDate: '2025-09-30', today: '2025-11-30', regime: 'UK' as const }, 61, 12.25, 10236, gbp(7000)],
    // The rate is the one of the half-year of the due date: due 2025-06-30 → ECB of 1 Jan 2025 (3.15).
    ['FR, H1 2025 rate', { amountDue: eur(100_000), dueDate: '2025-06-30', today: '2025-07-30', regime: 'FR' as const }, 30, 13.15, 1081, eur(4000)],
    // An agreed rate overrides the default: 15 % on 10 000,00 € for 73 days = 300,00 €.
    ['FR, agreed 15 %', { amountDue: eur(1_000_000), dueDate: '2026-01-10', today: '2026-03-24', regime: 'FR' as const, ratePercent: 15 }, 73, 15, 30000, eur(4000)],
    // Leap year: calendar days, still over 365. 2024-02-28 → 2024-03-01 = 2 days.
    ['FR, across 29 February', { amountDue: eur(365_000), dueDate: '2024-02-28', today: '2024-03-01', regime: 'FR' as const, ratePercent: 10 }, 2, 10, 200, eur(4000)],
  ])('%s', (_label, input, daysLate, ratePercent, interestMinor, indemnity) => {
    const r = lateCharges(input);
    expect(r).toMatchObject({ daysLate, ratePercent, interest: { minor: interestMinor, currency: input.amountDue.currency }, indemnity });
  });

  it('rounds half a cent up', () => {
    // 730 × 10 % × 1 / 365 = 0.2 minor; 1 825 × 10 % × 1 / 365 = 0.5 minor → 1
    expect(lateCharges({ amountDue: eur(1825), dueDate: '2026-03-01', today: '2026-03-02', regime: 'FR', ratePercent: 10 }).interest.minor).toBe(1);
    expect(lateCharges({ amountDue: eur(1824), dueDate: '2026-03-01', today: '2026-03-02', regime: 'FR', ratePercent: 10 }).interest.minor).toBe(0);
  });

  it('stays exact on amounts where floating point would drift', () => {
    // 9 007 199 254 740 € would overflow doubles in the product; BigInt keeps it exact.
    const r = lateCharges({ amountDue: eur(900_719_925_474_099), dueDate: '2026-01-01', today: '2027-01-01', regime: 'FR', ratePercent: 10 });
    expect(r.interest.minor).toBe(90_071_992_547_410);
  });

  it.each([
    ['on the due date itself', { dueDate: '2026-03-01', today: '2026-03-01' }],
    ['before the due date', { dueDate: '2026-03-01', today: '2026-02-20' }],
  ])('charges nothing %s', (_l, dates) => {
    expect(lateCharges({ amountDue: eur(124_000), regime: 'FR', ...dates })).toMatchObject({ daysLate: 0, interest: eur(0), indemnity: eur(0) });
  });

  it.each([[eur(0)], [eur(-15_000)]])('charges nothing on a zero balance or a credit note (%o)', (amountDue) => {
    expect(lateCharges({ amountDue, dueDate: '2026-01-01', today: '2026-03-01', regime: 'FR' })).toMatchObject({ interest: { minor: 0 }, indemnity: { minor: 0 } });
  });

  it.each([
    [99_999, 4000],
    [100_000, 7000],
    [999_999, 7000],
    [1_000_000, 10_000],
  ])('UK fixed sum on a debt of %i pence is %i pence', (debt, fixed) => {
    expect(lateCharges({ amountDue: gbp(debt), dueDate: '2025-09-01', today: '2025-10-01', regime: 'UK' }).indemnity).toEqual(gbp(fixed));
  });

  it('pays the French 40 € indemnity in euros even on an invoice in another currency', () => {
    expect(lateCharges({ amountDue: { minor: 50_000, currency: 'CHF' }, dueDate: '2026-01-01', today: '2026-02-01', regime: 'FR' }).indemnity).toEqual(eur(4000));
  });

  it('says when the rate comes from an earlier half-year than the due date', () => {
    expect(lateCharges({ amountDue: gbp(1000), dueDate: '2026-09-01', today: '2026-10-01', regime: 'UK' }).rateSource).toBe('latest-known');
    expect(lateCharges({ amountDue: eur(1000), dueDate: '2026-03-01', today: '2026-04-01', regime: 'FR' }).rateSource).toBe('table');
  });
});

describe('rates', () => {
  it('use the ECB rate of 1 January for January–June and of 1 July for July–December', () => {
    expect(defaultRatePercent('FR', '2025-06-30').ratePercent).toBe(13.15);
    expect(defaultRatePercent('FR', '2025-07-01').ratePercent).toBe(12.15);
  });
  it('fall back to the latest known half-year, and say so', () => {
    expect(lookupRate(DEFAULT_RATES, 'ecb', '2031-02-01')).toEqual({ rate: 2.15, period: '2026-H2', exact: false });
  });
});

describe('validateFrenchRate', () => {
  it('accepts a rate at least three times the legal rate', () => {
    expect(validateFrenchRate(12.15, '2026-03-01')).toEqual({ ok: true });
    expect(validateFrenchRate(7.86, '2026-03-01')).toEqual({ ok: true });
  });
  it('refuses a lower one with the minimum and the article, in French and English', () => {
    expect(validateFrenchRate(5, '2026-03-01')).toEqual({ ok: false, minimum: 7.86, message: "Le taux des pénalités de retard doit être au moins égal à trois fois le taux d'intérêt légal, soit 7,86 % (Code de commerce, art. L441-10)." });
    expect(validateFrenchRate(5, '2026-03-01', 'en')).toMatchObject({ ok: false, message: expect.stringContaining('7.86 %') });
  });
});
