import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`, that really exists (no 31 February). */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date')
  .refine(isRealDate, 'not a calendar date');
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** An instant, as `Date.prototype.toISOString()` prints it. */
export const InstantSchema = z.iso.datetime();

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export { addDays, daysBetween, localToday } from './calendar';
