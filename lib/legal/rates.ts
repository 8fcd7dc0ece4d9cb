import { z } from 'zod';

/**
 * Reference rates per half-year, in percent. `H1` is January–June, `H2` July–December.
 * - ecb: ECB main refinancing operations rate on 1 January / 1 July (France L441-10 and
 *   Directive 2011/7/EU take the rate in force on the first day of the half-year).
 * - frLegalPro: France's taux de l'intérêt légal for creditors other than individuals (arrêté
 *   published each half-year); the FR penalty rate may not be lower than three times it.
 * - boe: Bank of England base rate in force on 31 December / 30 June (Late Payment of Commercial
 *   Debts (Interest) Act 1998: the reference rate for Jan–Jun is the one of 31 December before).
 * Sources: ECB, Banque de France / Légifrance, Bank of England announcements.
 */
export const RateTableSchema = z.record(
  z.string().regex(/^\d{4}-H[12]$/),
  z.object({ ecb: z.number().min(-5).max(50).optional(), frLegalPro: z.number().min(0).max(50).optional(), boe: z.number().min(-5).max(50).optional() }),
);
export type RateTable = z.infer<typeof RateTableSchema>;

export const DEFAULT_RATES: RateTable = RateTableSchema.parse({
  '2022-H1': { ecb: 0, boe: 0.25 },
  '2022-H2': { ecb: 0, boe: 1.25 },
  '2023-H1': { ecb: 2.5, frLegalPro: 2.06, boe: 3.5 },
  '2023-H2': { ecb: 4.0, frLegalPro: 4.22, boe: 5.0 },
  '2024-H1': { ecb: 4.5, frLegalPro: 5.07, boe: 5.25 },
  '2024-H2': { ecb: 4.25, frLegalPro: 4.92, boe: 5.25 },
  '2025-H1': { ecb: 3.15, frLegalPro: 3.71, boe: 4.75 },
  '2025-H2': { ecb: 2.15, frLegalPro: 2.76, boe: 4.25 },
  '2026-H1': { ecb: 2.15, frLegalPro: 2.62 },
  '2026-H2': { ecb: 2.15 },
});

export function halfYear(date: string): string {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/**
 * The rate of the half-year a date falls in, or the latest known one before it (flagged), so a
 * table not yet updated for a new half-year still gives an answer and says so.
 */
export function lookupRate(table: RateTable, key: 'ecb' | 'frLegalPro' | 'boe', date: string): { rate: number; period: string; exact: boolean } | null {
  const wanted = halfYear(date);
  const periods = Object.keys(table).filter((p) => p <= wanted && table[p]![key] !== undefined).sort();
  const period = periods.at(-1);
  if (!period) return null;
  return { rate: table[period]![key]!, period, exact: period === wanted };
}
