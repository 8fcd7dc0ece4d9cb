import { z } from 'zod';
import { MAX_MINOR } from './minor-units';

/** ISO 4217 code: three upper-case letters. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code');

/**
 * Money is an integer count of minor units plus its currency, so sums never drift.
 * The bound (10^13 minor units) keeps every value a safe integer with room for sums of
 * thousands of invoices, and rejects the absurd amounts a broken page can produce.
 */
export { MAX_MINOR };
export const MoneySchema = z.object({
  minor: z.number().int().min(-MAX_MINOR).max(MAX_MINOR),
  currency: CurrencySchema,
});
export type { Money } from './minor-units';

export { minorDigits, toMajor, toMoney } from './minor-units';
