import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../lib/core/calendar';
import { easterSunday, publicHolidays } from '../../../lib/dunning/holidays';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  type WorkingDayCountry,
} from '../../../lib/dunning/working-days';

const countries: readonly WorkingDayCountry[] = ['FR', 'GB', 'none'];
const anyDate = fc.integer({ min: 0, max: 365 * 80 }).map((offset) => addDays('1980-01-01', offset));
const anyCountry = fc.constantFrom(...countries);

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // earliest possible
    [1943, '1943-04-25'], // latest possible
    [2000, '2000-04-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s', (year, date) => expect(easterSunday(year)).toBe(date));

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('French public holidays', () => {
  // Easter 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28; Ascension = Easter + 39, Whit Monday = Easter + 50.
  it.each([
    [
      2024,
      [
        '2024-01-01',
        '2024-04-01',
        '2024-05-01',
        '2024-05-08',
        '2024-05-09',
        '2024-05-20',
        '2024-07-14',
        '2024-08-15',
        '2024-11-01',
        '2024-11-11',
        '2024-12-25',
      ],
    ],
    [
      2025,
      [
        '2025-01-01',
        '2025-04-21',
        '2025-05-01',
        '2025-05-08',
        '2025-05-29',
        '2025-06-09',
        '2025-07-14',
        '2025-08-15',
        '2025-11-01',
        '2025-11-11',
        '2025-12-25',
      ],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-04-06',
        '2026-05-01',
        '2026-05-08',
        '2026-05-14',
        '2026-05-25',
        '2026-07-14',
        '2026-08-15',
        '2026-11-01',
        '2026-11-11',
        '2026-12-25',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-03-29',
        '2027-05-01',
        '2027-05-08',
        '2027-05-06',
        '2027-05-17',
        '2027-07-14',
        '2027-08-15',
        '2027-11-01',
        '2027-11-11',
        '2027-12-25',
      ].sort(),
    ],
  ])('in %i are %j', (year, dates) => {
    expect(publicHolidays(year, 'FR').map((h) => h.date)).toEqual(dates);
  });

  it('names them', () => {
    expect(publicHolidays(2026, 'FR').find((h) => h.date === '2026-05-14')?.name).toBe('Ascension');
  });

  it.each([
    ['2026-04-06', false], // Easter Monday
    ['2026-05-14', false], // Ascension
    ['2026-05-15', true], // the Friday after: a "pont", still a working day
    ['2026-05-25', false], // Whit Monday
    ['2026-11-11', false],
    ['2026-11-12', true],
    ['2026-08-15', false], // a Saturday anyway; no substitute day in France
    ['2026-08-17', true],
    ['2027-05-01', false], // Saturday
    ['2027-05-03', true], // no substitute for 1 May on a Saturday
  ])('%s is a working day: %s', (date, working) => expect(isWorkingDay(date, 'FR')).toBe(working));
});

describe('England and Wales bank holidays', () => {
  it.each([
    [2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']], // early May moved to VE Day
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']], // Christmas on Saturday
    [
      2022,
      [
        '2022-01-03',
        '2022-04-15',
        '2022-04-18',
        '2022-05-02',
        '2022-06-02',
        '2022-06-03',
        '2022-08-29',
        '2022-09-19',
        '2022-12-26',
        '2022-12-27',
      ],
    ], // jubilee, state funeral, Christmas on Sunday
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']], // coronation
    [2024, ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']],
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']], // Boxing Day on Saturday
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']], // Christmas on Saturday
  ])('in %i fall on %j', (year, dates) => {
    expect(publicHolidays(year, 'GB').map((h) => h.date)).toEqual(dates);
  });

  it.each([
    ['2021-12-27', 'Christmas Day (substitute day)'],
    ['2021-12-28', 'Boxing Day (substitute day)'],
    ['2022-01-03', "New Year's Day (substitute day)"],
    ['2022-12-26', 'Boxing Day'],
    ['2022-12-27', 'Christmas Day (substitute day)'],
    ['2027-12-27', 'Christmas Day (substitute day)'],
    ['2027-12-28', 'Boxing Day (substitute day)'],
    ['2022-09-19', 'State Funeral of Queen Elizabeth II'],
  ])('names %s %s', (date, name) => {
    expect(publicHolidays(+date.slice(0, 4), 'GB').find((h) => h.date === date)?.name).toBe(name);
  });

  it.each([
    ['2012-06-04', false], // Spring bank holiday moved for the Diamond Jubilee
    ['2012-06-05', false],
    ['2012-05-28', true], // the usual last Monday of May was worked
    ['2011-04-29', false], // royal wedding
    ['2020-05-04', true], // early May holiday moved to Friday 8 May
    ['2022-05-30', true], // spring holiday moved to 2 June
    ['2026-12-25', false],
    ['2026-12-28', false],
    ['2026-12-29', true],
  ])('%s is a working day: %s', (date, working) => expect(isWorkingDay(date, 'GB')).toBe(working));

  it('gives every year eight bank holidays at least, all on weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1980, max: 2100 }), (year) => {
        const list = publicHolidays(year, 'GB');
        expect(list.length).toBeGreaterThanOrEqual(8);
        for (const h of list) expect([0, 6]).not.toContain(new Date(`${h.date}T00:00:00Z`).getUTCDay());
      }),
    );
  });
});

describe("country 'none'", () => {
  it.each([
    ['2026-12-25', true], // Christmas, a Friday: no holidays at all
    ['2026-05-01', true],
    ['2026-12-26', false], // Saturday
    ['2026-12-27', false], // Sunday
  ])('%s is a working day: %s (weekends only are off)', (date, working) => expect(isWorkingDay(date, 'none')).toBe(working));
});

describe('nextWorkingDay, previousWorkingDay, addWorkingDays', () => {
  it.each([
    ['2026-05-07', 'FR', '2026-05-07'], // a working Thursday stays
    ['2026-05-08', 'FR', '2026-05-11'], // Friday holiday → Monday
    ['2026-05-14', 'FR', '2026-05-15'], // Ascension → Friday
    ['2026-12-25', 'GB', '2026-12-29'], // Christmas, weekend, Boxing Day substitute
    ['2021-12-24', 'GB', '2021-12-24'],
    ['2021-12-25', 'GB', '2021-12-29'],
    ['2026-12-26', 'none', '2026-12-28'],
  ] as const)('next from %s in %s is %s', (date, country, expected) => expect(nextWorkingDay(date, country)).toBe(expected));

  it.each([
    ['2026-05-11', 'FR', '2026-05-11'],
    ['2026-05-10', 'FR', '2026-05-07'], // Sunday, Saturday, Friday 8 May → Thursday
    ['2026-12-28', 'GB', '2026-12-24'],
  ] as const)('previous from %s in %s is %s', (date, country, expected) => expect(previousWorkingDay(date, country)).toBe(expected));

  it.each([
    ['2026-05-07', 1, 'FR', '2026-05-11'], // over the 8 May holiday and the weekend
    ['2026-05-07', 3, 'FR', '2026-05-13'],
    ['2026-05-09', 1, 'FR', '2026-05-11'], // Saturday + 1 is Monday
    ['2026-05-09', 0, 'FR', '2026-05-11'],
    ['2026-05-13', -3, 'FR', '2026-05-07'],
    ['2026-03-06', 5, 'none', '2026-03-13'],
    ['2026-12-24', 1, 'GB', '2026-12-29'],
  ] as const)('%s + %i working days in %s is %s', (date, n, country, expected) => expect(addWorkingDays(date, n, country)).toBe(expected));

  it.each([['2026-02-30'], ['2026-2-3'], ['26-02-03'], ['2026-13-01'], ['']])('refuses the date %j', (date) => {
    expect(() => isWorkingDay(date, 'FR')).toThrow(RangeError);
    expect(() => nextWorkingDay(date, 'GB')).toThrow(RangeError);
  });

  it('refuses a fractional or runaway count', () => {
    expect(() => addWorkingDays('2026-03-02', 1.5, 'FR')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02', 1e9, 'FR')).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('nextWorkingDay is a working day, not before the input, with no working day in between', () => {
    fc.assert(
      fc.property(anyDate, anyCountry, (date, country) => {
        const next = nextWorkingDay(date, country);
        expect(isWorkingDay(next, country)).toBe(true);
        expect(next >= date).toBe(true);
        for (let d = date; d < next; d = addDays(d, 1)) expect(isWorkingDay(d, country)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('addWorkingDays lands on a working day with exactly n working days after the start', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), anyCountry, (date, n, country) => {
        const end = addWorkingDays(date, n, country);
        expect(isWorkingDay(end, country)).toBe(true);
        let count = 0;
        for (let d = addDays(date, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d, country)) count += 1;
        expect(count).toBe(n);
      }),
    );
  });

  it('going n working days back undoes going n forward from a working day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), anyCountry, (date, n, country) => {
        const start = nextWorkingDay(date, country);
        expect(addWorkingDays(addWorkingDays(start, n, country), -n, country)).toBe(start);
      }),
    );
  });
});

describe('time zones', () => {
  const originalTz = process.env.TZ;
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  /** Loads fresh copies of the modules (empty caches) under the current TZ and records their answers. */
  async function answers(dates: string[]) {
    vi.resetModules();
    const wd = await import('../../../lib/dunning/working-days');
    const hol = await import('../../../lib/dunning/holidays');
    return {
      holidays: [2021, 2022, 2026, 2027].flatMap((y) =>
        [...hol.publicHolidays(y, 'FR'), ...hol.publicHolidays(y, 'GB')].map((h) => h.date),
      ),
      days: dates.flatMap((d) => countries.map((c) => `${wd.isWorkingDay(d, c)} ${wd.nextWorkingDay(d, c)} ${wd.addWorkingDays(d, 3, c)}`)),
    };
  }

  it('gives the same answers in UTC, Kiritimati (UTC+14) and Los Angeles', async () => {
    const dates = fc.sample(anyDate, { numRuns: 300, seed: 42 });
    process.env.TZ = 'UTC';
    const utc = await answers(dates);
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).not.toBe(0); // the zone really applies
      expect(await answers(dates)).toEqual(utc);
    }
  });
});
