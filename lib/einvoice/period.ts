import { addDays, fromDayNumber, toDayNumber, weekdayOf } from '../core/calendar';

/** The last day of the month of a `YYYY-MM-DD` date. */
export function endOfMonth(date: string): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/**
 * The last day of a period written with an UNTDID 2379 code: 610 is a month (CCYYMM), 616 an ISO
 * 8601 week (CCYYWW). A due date (BT-9) given as a period means "by the end of it": paid on its
 * last day is paid on time, so the chase starts after it, never earlier. Undefined for any other
 * code or a value that names no real month or week.
 */
export function periodEnd(value: string, format: string): string | undefined {
  const m = /^(\d{4})(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [year, part] = [Number(m[1]), Number(m[2])];
  if (format === '610') return part >= 1 && part <= 12 ? endOfMonth(`${m[1]}-${m[2]}-01`) : undefined;
  if (format !== '616' || part < 1 || part > isoWeeksIn(year)) return undefined;
  return fromDayNumber(toDayNumber(isoWeekOneMonday(year)) + (part - 1) * 7 + 6);
}

/** ISO 8601: week 1 is the week (Monday first) that holds 4 January. */
function isoWeekOneMonday(year: string | number): string {
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  return addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
}

/** 53 when 28 December (always in the year's last week) falls in week 53, else 52. */
function isoWeeksIn(year: number): number {
  const dec28 = toDayNumber(`${String(year).padStart(4, '0')}-12-28`);
  return Math.floor((dec28 - toDayNumber(isoWeekOneMonday(year))) / 7) + 1;
}
