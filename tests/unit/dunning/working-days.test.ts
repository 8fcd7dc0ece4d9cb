import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/core';
import { addWorkingDays, easterSunday, isWorkingDay, nextWorkingDay, publicHolidays } from '../../../lib/dunning';

describe('Easter', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s', (year, date) => expect(easterSunday(year)).toBe(date));
});

describe('French public holidays', () => {
  it('lists the eleven of 2026 with Easter Monday, Ascension and Whit Monday from Easter', () => {
    expect(publicHolidays(2026, 'FR').map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
  });
  it.each([
    ['2024-04-01', false], ['2024-05-09', false], ['2024-05-20', false],
    ['2025-04-21', false], ['2025-05-29', false], ['2025-06-09', false],
    ['2027-03-29', false], ['2027-05-06', false], ['2027-05-17', false],
    ['2026-11-11', false], ['2026-11-12', true], ['2026-11-21', false], ['2026-11-22', false], ['2026-11-23', true],
  ])('%s is a working day in France: %s', (date, working) => expect(isWorkingDay(date, 'FR')).toBe(working));
});

describe('United Kingdom (England and Wales) bank holidays', () => {
  it.each([
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
    [2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
  ])('in %i fall on %j, substitute days included', (year, dates) => {
    expect(publicHolidays(year, 'GB').map((h) => h.date)).toEqual(dates);
  });
});

describe('working days', () => {
  it("treats 'none' as weekends only", () => {
    expect(isWorkingDay('2026-12-25', 'none')).toBe(true);
    expect(isWorkingDay('2026-12-26', 'none')).toBe(false);
  });

  it.each([
    ['2026-05-08', 'FR', '2026-05-11'],
    ['2026-05-07', 'FR', '2026-05-07'],
    ['2026-12-25', 'GB', '2026-12-29'],
    ['2026-12-26', 'none', '2026-12-28'],
  ] as const)('the next working day from %s in %s is %s', (date, country, expected) => expect(nextWorkingDay(date, country)).toBe(expected));

  it('adds working days over a weekend and a holiday', () => {
    expect(addWorkingDays('2026-05-07', 1, 'FR')).toBe('2026-05-11');
    expect(addWorkingDays('2026-05-07', 3, 'FR')).toBe('2026-05-13');
  });

  it('nextWorkingDay is a working day, not before the input, with no working day in between (any date, any country)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 60 }), fc.constantFrom('FR', 'GB', 'none' as const), (offset, country) => {
        const date = addDays('1990-01-01', offset);
        const next = nextWorkingDay(date, country);
        expect(isWorkingDay(next, country)).toBe(true);
        expect(next >= date).toBe(true);
        for (let d = date; d < next; d = addDays(d, 1)) expect(isWorkingDay(d, country)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
