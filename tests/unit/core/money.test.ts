import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, MoneySchema, toMajor, toMoney } from '../../../lib/core';

describe('money', () => {
  it.each([
    [1240, 'EUR', 124_000],
    [0.1 + 0.2, 'EUR', 30],
    [1.005, 'EUR', 101],
    [-150, 'EUR', -15_000],
    [1500, 'JPY', 1500],
    [1.2345, 'KWD', 1235],
  ])('turns %d %s into %i minor units', (major, currency, minor) => {
    expect(toMoney(major, currency)).toEqual({ minor, currency });
    expect(Math.abs(toMajor({ minor, currency }) - major)).toBeLessThanOrEqual(0.005 + 1e-12);
  });

  it.each([[{ minor: 1.5, currency: 'EUR' }], [{ minor: 1, currency: 'eur' }], [{ minor: 1e14, currency: 'EUR' }]])('refuses %o', (m) => {
    expect(MoneySchema.safeParse(m).success).toBe(false);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // DST change in Europe: still one calendar day
    ['2026-12-31', -365, '2025-12-31'],
  ])('adds to %s %i days: %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });
});

describe('day numbers', () => {
  it('agree with the UTC calendar on every day from 1800 to 2200', async () => {
    const { toDayNumber, fromDayNumber, weekdayOf } = await import('../../../lib/core/calendar');
    for (let t = Date.UTC(1800, 0, 1); t < Date.UTC(2200, 0, 1); t += 86_400_000 * 7 + 3_600_000 * 24) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const n = Math.floor(t / 86_400_000);
      expect(toDayNumber(iso)).toBe(n);
      expect(fromDayNumber(n)).toBe(iso);
      expect(weekdayOf(iso)).toBe(new Date(t).getUTCDay());
    }
  });

  it('are NaN for what is not a YYYY-MM-DD date, never a day of another date', async () => {
    const { toDayNumber } = await import('../../../lib/core/calendar');
    for (const bad of ['', '2026-1-05', '2026/01/0x', 'abcd-ef-gh', ' 2026-01-05'.slice(0, 10), '2026-01-'])
      expect(toDayNumber(bad)).toBeNaN();
  });
});
