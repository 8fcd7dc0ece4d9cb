import { z } from 'zod';

/** The reference rates the late-payment rules are built on. */
export const RATE_KEYS = ['ecb', 'frLegalPro', 'boe'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** Rates are held to a hundredth of a basis point (four decimals of a percent) so they stay exact as integers. */
const hasAtMostFourDecimals = (x: number) => Math.abs(x * 10_000 - Math.round(x * 10_000)) < 1e-6;
const PercentSchema = z.number().min(-5).max(50).refine(hasAtMostFourDecimals, 'at most four decimals');

/**
 * Reference rates per half-year, in percent; `H1` is January–June, `H2` July–December.
 * - ecb: ECB main refinancing operations rate in force on 1 January / 1 July (Code de commerce
 *   L441-10 and Directive 2011/7/EU: the rate of the first day of the half-year).
 * - frLegalPro: France's taux de l'intérêt légal "pour tous les autres cas" (creditors other than
 *   individuals), set by arrêté each half-year; the French penalty rate may not be lower than
 *   three times it (L441-10).
 * - boe: Bank of England Bank Rate in force on 31 December (for January–June) or 30 June (for
 *   July–December), as the Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order
 *   2002 fixes it.
 * `provisional` lists values carried forward before the official figure is known: they are used,
 * but reported as `latest-known`, like a half-year missing from the table.
 */
export const HalfYearRatesSchema = z
  .object({
    ecb: PercentSchema.optional(),
    frLegalPro: PercentSchema.min(0).optional(),
    boe: PercentSchema.optional(),
    provisional: z.array(z.enum(RATE_KEYS)).optional(),
  })
  .strict();
export const RateTableSchema = z.record(z.string().regex(/^\d{4}-H[12]$/, 'expected a half-year like 2026-H1'), HalfYearRatesSchema);
export type RateTable = z.infer<typeof RateTableSchema>;

/**
 * The built-in table (settings may replace it). Sources: ECB press releases on key rates;
 * arrêtés fixing the taux de l'intérêt légal (Journal officiel); Bank of England MPC decisions.
 * ECB: 0 from 16 March 2016 to 26 July 2022. BoE on 31 December 2025: 3.75 (cut on 18 December
 * 2025), held at every MPC meeting up to June 2026, so 3.75 on 30 June 2026 too.
 * 2026-H2: the ECB rate (2.15) and the French legal rate (2.62, the H1 figure) are carried
 * forward, not checked against a publication: marked provisional.
 */
export const DEFAULT_RATES: RateTable = RateTableSchema.parse({
  '2020-H1': { ecb: 0, frLegalPro: 0.87, boe: 0.75 },
  '2020-H2': { ecb: 0, frLegalPro: 0.84, boe: 0.1 },
  '2021-H1': { ecb: 0, frLegalPro: 0.79, boe: 0.1 },
  '2021-H2': { ecb: 0, frLegalPro: 0.76, boe: 0.1 },
  '2022-H1': { ecb: 0, frLegalPro: 0.76, boe: 0.25 },
  '2022-H2': { ecb: 0, frLegalPro: 0.77, boe: 1.25 },
  '2023-H1': { ecb: 2.5, frLegalPro: 2.06, boe: 3.5 },
  '2023-H2': { ecb: 4, frLegalPro: 4.22, boe: 5 },
  '2024-H1': { ecb: 4.5, frLegalPro: 5.07, boe: 5.25 },
  '2024-H2': { ecb: 4.25, frLegalPro: 4.92, boe: 5.25 },
  '2025-H1': { ecb: 3.15, frLegalPro: 3.71, boe: 4.75 },
  '2025-H2': { ecb: 2.15, frLegalPro: 2.76, boe: 4.25 },
  '2026-H1': { ecb: 2.15, frLegalPro: 2.62, boe: 3.75 },
  '2026-H2': { ecb: 2.15, frLegalPro: 2.62, boe: 3.75, provisional: ['ecb', 'frLegalPro'] },
});

/** `2026-H1` for any date from January to June 2026. */
export function halfYear(date: string): string {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/**
 * Where a rate came from: the table for that very half-year; the latest half-year before it
 * (a table not yet updated, or a provisional value); or, for a date older than the table, its
 * earliest half-year.
 */
export type RateSource = 'table' | 'latest-known' | 'earliest-known';

export interface RateLookup {
  /** Percent. */
  rate: number;
  /** The half-year the rate was taken from. */
  period: string;
  source: RateSource;
}

/**
 * The rate of `key` for the half-year `date` falls in; failing that the latest known one before
 * it, failing that the earliest one after it. Null only when the table has no such rate at all.
 */
export function lookupRate(table: RateTable, key: RateKey, date: string): RateLookup | null {
  const wanted = halfYear(date);
  const periods = Object.keys(table)
    .filter((p) => table[p]![key] !== undefined)
    .sort();
  const before = periods.filter((p) => p <= wanted).at(-1);
  const period = before ?? periods[0];
  if (period === undefined) return null;
  const entry = table[period]!;
  const exact = period === wanted && !entry.provisional?.includes(key);
  return { rate: entry[key]!, period, source: exact ? 'table' : before ? 'latest-known' : 'earliest-known' };
}
