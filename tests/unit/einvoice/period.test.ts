import { endOfISOWeek, format, getISOWeek, getISOWeeksInYear, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../../lib/core/calendar';
import { endOfMonth, periodEnd } from '../../../lib/einvoice/period';

const pad = (n: number) => String(n).padStart(2, '0');

describe('periodEnd: a due date (BT-9) written as a month (610) or an ISO week (616)', () => {
  it.each([
    ['202612', '610', '2026-12-31'],
    ['202402', '610', '2024-02-29'],
    ['202602', '610', '2026-02-28'],
    ['210002', '610', '2100-02-28'],
    ['202601', '616', '2026-01-04'],
    ['202653', '616', '2027-01-03'],
    ['202001', '616', '2020-01-05'],
  ])('reads %s (format %s) as its last day %s', (value, code, expected) => {
    expect(periodEnd(value, code)).toBe(expected);
  });

  it.each([
    ['202613', '610'],
    ['202600', '610'],
    ['2026-12', '610'],
    ['20261231', '610'],
    ['202553', '616'],
    ['202600', '616'],
    ['202612', '102'],
    ['202612', '203'],
  ])('names no period in %s (format %s)', (value, code) => {
    expect(periodEnd(value, code)).toBeUndefined();
  });

  it('gives the last day of every month of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2299 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const end = periodEnd(`${year}${pad(month)}`, '610')!;
        expect(end.slice(0, 7)).toBe(`${year}-${pad(month)}`);
        expect(addDays(end, 1).slice(8)).toBe('01');
        expect(endOfMonth(`${year}-${pad(month)}-15`)).toBe(end);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the Sunday ending the ISO week of any day, as date-fns counts weeks', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01T12:00:00'), max: new Date('2150-12-31T12:00:00'), noInvalidDate: true }), (day) => {
        const week = `${getISOWeekYear(day)}${pad(getISOWeek(day))}`;
        const end = periodEnd(week, '616')!;
        expect(end).toBe(format(endOfISOWeek(day), 'yyyy-MM-dd'));
        expect(weekdayOf(end)).toBe(0);
        expect(periodEnd(`${getISOWeekYear(day)}${pad(getISOWeeksInYear(day) + 1)}`, '616')).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
