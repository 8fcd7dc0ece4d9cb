import { describe, expect, it } from 'vitest';
import { validateFrenchRate } from '../../../lib/legal';

describe('validateFrenchRate', () => {
  it.each([
    [12.15, '2026-03-01'],
    [7.86, '2026-03-01'], // exactly 3 × 2.62, although 3 * 2.62 is 7.859999… in doubles
    [15.21, '2024-03-15'],
  ])('accepts %f %% for an invoice due %s', (rate, dueDate) => expect(validateFrenchRate(rate, dueDate)).toEqual({ ok: true }));

  it('refuses a lower rate with the minimum and the article, in French', () => {
    expect(validateFrenchRate(7.85, '2026-03-01')).toEqual({
      ok: false,
      minimumPercent: 7.86,
      message: 'Le taux de pénalités doit être au moins de 3 fois le taux d’intérêt légal (7,86 %) — Code de commerce L441-10',
    });
  });

  it('and in English', () => {
    expect(validateFrenchRate(5, '2026-03-01', 'en')).toEqual({
      ok: false,
      minimumPercent: 7.86,
      message: 'The penalty rate must be at least 3 times the French legal interest rate (7.86%) — Code de commerce L441-10',
    });
  });

  it.each([
    ['2024-03-15', 14.5, '15,21'], // the default ECB + 10 itself was below the floor in 2024
    ['2025-09-01', 8, '8,28'], // 3 × 2.76
  ])('uses the legal rate of the due date’s half-year (%s)', (dueDate, rate, shown) => {
    expect(validateFrenchRate(rate, dueDate)).toMatchObject({ ok: false, message: expect.stringContaining(`(${shown} %)`) });
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %f', (rate) =>
    expect(validateFrenchRate(rate, '2026-03-01').ok).toBe(false),
  );

  it('has nothing to check against a table without legal rates', () => {
    expect(validateFrenchRate(1, '2026-03-01', 'fr', { '2026-H1': { ecb: 2.15 } })).toEqual({ ok: true });
  });
});
