import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATES,
  defaultRate,
  defaultRatePercent,
  formatRate,
  halfYear,
  lookupRate,
  RateTableSchema,
  type RateTable,
} from '../../../lib/legal';

describe('halfYear', () => {
  it.each([
    ['2026-01-01', '2026-H1'],
    ['2026-06-30', '2026-H1'],
    ['2026-07-01', '2026-H2'],
    ['2026-12-31', '2026-H2'],
  ])('puts %s in %s', (date, period) => expect(halfYear(date)).toBe(period));
});

describe('lookupRate', () => {
  it.each([
    ['ecb', '2026-03-01', { rate: 2.15, period: '2026-H1', source: 'table' }],
    ['frLegalPro', '2026-06-30', { rate: 2.62, period: '2026-H1', source: 'table' }],
    ['boe', '2024-08-01', { rate: 5.25, period: '2024-H2', source: 'table' }],
    // Carried forward before publication: used, flagged
    ['ecb', '2026-07-01', { rate: 2.15, period: '2026-H2', source: 'latest-known' }],
    ['frLegalPro', '2026-12-31', { rate: 2.62, period: '2026-H2', source: 'latest-known' }],
    ['boe', '2026-07-01', { rate: 3.75, period: '2026-H2', source: 'table' }],
    // Beyond the table on either side
    ['ecb', '2031-02-01', { rate: 2.15, period: '2026-H2', source: 'latest-known' }],
    ['boe', '2015-05-01', { rate: 0.75, period: '2020-H1', source: 'earliest-known' }],
  ] as const)('finds %s for %s', (key, date, expected) => expect(lookupRate(DEFAULT_RATES, key, date)).toEqual(expected));

  it('returns null when the table has no such rate at all', () => {
    expect(lookupRate({ '2026-H1': { ecb: 2.15 } }, 'boe', '2026-03-01')).toBeNull();
  });
});

describe('defaultRatePercent', () => {
  it.each([
    ['FR', '2025-06-30', 13.15], // ECB of 1 January 2025 (3.15) + 10
    ['FR', '2025-07-01', 12.15], // ECB of 1 July 2025 (2.15) + 10
    ['FR', '2026-03-01', 12.15],
    ['FR', '2024-03-15', 15.21], // 3 × 5.07 beats 4.5 + 10
    ['FR', '2023-09-01', 14], // 4 + 10 beats 3 × 4.22 = 12.66
    ['FR', '2022-03-01', 10], // ECB at zero
    ['EU', '2026-03-01', 10.15],
    ['EU', '2024-03-15', 12.5], // no floor in the Directive
    ['UK', '2026-03-01', 11.75],
    ['UK', '2024-12-31', 12.75], // runs from 1 January 2025: Bank Rate of 31 December 2024 (4.75)
  ] as const)('%s, due %s: %f %%', (regime, dueDate, rate) => expect(defaultRatePercent(regime, dueDate)).toBe(rate));

  it('says which half-year and which rule gave the rate', () => {
    expect(defaultRate('FR', '2024-03-15')).toEqual({
      ratePercent: 15.21,
      rateUnits: 152_100,
      rateSource: 'table',
      referencePeriod: '2024-H1',
      floorApplied: true,
    });
  });

  it('takes a table from the settings', () => {
    const table: RateTable = { '2030-H1': { ecb: 1.5, frLegalPro: 1, boe: 2 } };
    expect([
      defaultRatePercent('FR', '2030-02-01', table),
      defaultRatePercent('EU', '2030-02-01', table),
      defaultRatePercent('UK', '2030-02-01', table),
    ]).toEqual([11.5, 9.5, 10]);
  });
});

describe('RateTableSchema', () => {
  it('accepts the built-in table', () => expect(RateTableSchema.safeParse(DEFAULT_RATES).success).toBe(true));
  it.each([
    ['a malformed half-year', { '2026-S1': { ecb: 2 } }],
    ['more than four decimals', { '2026-H1': { ecb: 2.123_45 } }],
    ['a negative legal rate', { '2026-H1': { frLegalPro: -0.1 } }],
    ['an unknown rate', { '2026-H1': { fed: 4 } }],
    ['a rate as text', { '2026-H1': { ecb: '2.15' } }],
  ])('rejects %s', (_l, table) => expect(RateTableSchema.safeParse(table).success).toBe(false));
});

describe('formatRate', () => {
  it.each([
    [78_600, 'fr', '7,86'],
    [78_600, 'en', '7.86'],
    [120_000, 'fr', '12,00'],
    [121_550, 'en', '12.155'],
    [121_555, 'en', '12.1555'],
  ] as const)('%i units in %s read %s', (units, lang, text) => expect(formatRate(units, lang)).toBe(text));
});
