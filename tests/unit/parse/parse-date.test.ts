import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDate, type DateHint } from '../../../lib/parse';

describe('parseDate: formats', () => {
  it.each<[string, DateHint, string]>([
    ['15/03/2026', {}, '2026-03-15'],
    ['03/15/2026', {}, '2026-03-15'],
    ['15-03-2026', {}, '2026-03-15'],
    ['2026-03-15', {}, '2026-03-15'],
    ['2026-3-5', {}, '2026-03-05'],
    // The calendar date as written: no shift to UTC, whatever the offset.
    ['2026-03-15T23:30:00-08:00', {}, '2026-03-15'],
    ['2026-03-15T00:30:00+14:00', {}, '2026-03-15'],
    ['2026/03/15', {}, '2026-03-15'],
    ['05.03.2026', {}, '2026-03-05'],
    ['5.3.2026', {}, '2026-03-05'],
    ['15 mars 2026', {}, '2026-03-15'],
    ['1er mars 2026', {}, '2026-03-01'],
    ['le 1er janvier 2026', {}, '2026-01-01'],
    ['15 janv. 2026', {}, '2026-01-15'],
    ['15 févr. 2026', {}, '2026-02-15'],
    ['12 déc. 2026', {}, '2026-12-12'],
    ['Mercredi 19 Novembre 2025', {}, '2025-11-19'],
    ['Mar 5, 2026', {}, '2026-03-05'],
    ['March 5th, 2026', {}, '2026-03-05'],
    ['5 March 2026', {}, '2026-03-05'],
    ['Tue, 5 May 2026', {}, '2026-05-05'],
    ['5 Sept 2026', {}, '2026-09-05'],
    ['5 Sept. 2026', {}, '2026-09-05'],
    ['3. März 2026', {}, '2026-03-03'],
    ['1. Jänner 2026', {}, '2026-01-01'],
    ['12. Okt. 2026', {}, '2026-10-12'],
    ['15 de marzo de 2026', {}, '2026-03-15'],
    ['12 dic 2026', {}, '2026-12-12'],
    ['1º de septiembre de 2026', {}, '2026-09-01'],
    ['5 settembre 2026', {}, '2026-09-05'],
    ['3 ottobre 2026', {}, '2026-10-03'],
    ['Échéance : 14/02/2026', {}, '2026-02-14'],
    ['14/02/2026 10:30', {}, '2026-02-14'],
  ])('reads %j %j as %s', (text, hint, expected) => {
    expect(parseDate(text, hint)).toBe(expected);
  });
});

describe('parseDate: two-digit years (00–69 → 20xx, 70–99 → 19xx)', () => {
  it.each([
    ['05.03.26', '2026-03-05'],
    ['15/03/26', '2026-03-15'],
    ['03/15/26', '2026-03-15'],
    ['01/01/00', '2000-01-01'],
    ['31/12/69', '2069-12-31'],
    ['01/01/70', '1970-01-01'],
    ['31/12/99', '1999-12-31'],
    ['15 mars 26', '2026-03-15'],
    ['Mar 5, 26', '2026-03-05'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseDate: day/month order', () => {
  it.each<[string, DateHint, string]>([
    ['03/04/2026', { lang: 'fr' }, '2026-04-03'],
    ['03/04/2026', { lang: 'de' }, '2026-04-03'],
    ['03/04/2026', { lang: 'es' }, '2026-04-03'],
    ['03/04/2026', { lang: 'it' }, '2026-04-03'],
    ['03/04/2026', { lang: 'en-GB' }, '2026-04-03'],
    ['03/04/2026', { lang: 'en-US' }, '2026-03-04'],
    ['03/04/2026', { lang: 'en' }, '2026-03-04'],
    ['03/04/2026', { order: 'MDY' }, '2026-03-04'],
    ['03/04/2026', { order: 'DMY', lang: 'en-US' }, '2026-04-03'],
    ['26/03/15', { order: 'YMD' }, '2026-03-15'],
    // The numbers overrule a wrong hint: there is no 13th month.
    ['13/04/2026', { order: 'MDY' }, '2026-04-13'],
    ['04/13/2026', { order: 'DMY' }, '2026-04-13'],
    // Another date in the same text settles the order of the first.
    ['05/03/2026 – 15/03/2026', { lang: 'en-US' }, '2026-03-05'],
    // Dotted dates are day first unless the page says otherwise.
    ['05.03.2026', { lang: 'en-US' }, '2026-03-05'],
  ])('reads %j %j as %s', (text, hint, expected) => {
    expect(parseDate(text, hint)).toBe(expected);
  });
});

describe('parseDate: relative phrases, counted from today', () => {
  const today = '2026-11-27';
  it.each([
    ['Due in 3 days', '2026-11-30'],
    ['due in 1 day', '2026-11-28'],
    ['Due in a day', '2026-11-28'],
    ['Due in 2 weeks', '2026-12-11'],
    ['Due tomorrow', '2026-11-28'],
    ['Due today', '2026-11-27'],
    ['Overdue by 9 days', '2026-11-18'],
    ['9 days overdue', '2026-11-18'],
    ['1 day late', '2026-11-26'],
    ['Late by 2 weeks', '2026-11-13'],
    ['3 days ago', '2026-11-24'],
    ['en retard de 12 jours', '2026-11-15'],
    ['En retard depuis 12 jours', '2026-11-15'],
    ['Retard : 30 j', '2026-10-28'],
    ['3 jours de retard', '2026-11-24'],
    ['Échue depuis 3 jours', '2026-11-24'],
    ['il y a un jour', '2026-11-26'],
    ['Échéance dans 5 jours', '2026-12-02'],
    ['Échéance dans 2 semaines', '2026-12-11'],
    ['Échéance demain', '2026-11-28'],
    ['Aujourd’hui', '2026-11-27'],
    ['seit 5 Tagen überfällig', '2026-11-22'],
    ['in 3 Tagen fällig', '2026-11-30'],
    ['vencida hace 4 días', '2026-11-23'],
    ['vence en 3 días', '2026-11-30'],
    ['scaduta da 3 giorni', '2026-11-24'],
  ])('turns %j into %s', (text, expected) => {
    expect(parseDate(text, { today })).toBe(expected);
  });

  it.each([
    ['Due in 5 days', '2026-12-30', '2027-01-04'],
    ['1 day overdue', '2024-03-01', '2024-02-29'],
    ['overdue by 365 days', '2026-01-01', '2025-01-01'],
    ['Due Mar 5', '2026-02-20', '2026-03-05'],
  ])('turns %j on %s into %s across months, years and leap days', (text, day, expected) => {
    expect(parseDate(text, { today: day })).toBe(expected);
  });

  it.each([
    ['Due in 3 days', undefined],
    ['Payable within 30 days', today],
    ['Paiement à 30 jours', today],
    ['Zahlbar in 14 Tagen', today],
    ['Overdue by 1 month', today],
    ['J+12', today],
    ['Due in 3 days', '27/11/2026'],
    ['Hier klicken, um die Rechnung als PDF herunterzuladen', today],
  ])('gives no date for %j (today %s)', (text, day) => {
    expect(parseDate(text, { today: day })).toBeNull();
  });
});

describe('parseDate: refusals', () => {
  it.each([
    ['31/02/2026'],
    ['29/02/2025'],
    ['31/04/2026'],
    ['2026-13-01'],
    ['2026-02-30'],
    ['32/01/2026'],
    ['00/01/2026'],
    ['31/12/1969'],
    ['1969-07-20'],
    ['01/01/2101'],
    ['2999-01-01'],
    ['4 octobre 1957'],
    ['March 2026'],
    ['hello'],
    [''],
    ['x'.repeat(600)],
  ])('refuses %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it.each([
    ['01/01/1970', '1970-01-01'],
    ['31/12/2100', '2100-12-31'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
  ])('accepts the edge %j', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it('reads other years when the caller widens the window', () => {
    expect(parseDate('1 septembre 1939', { years: [1900, 2100] })).toBe('1939-09-01');
    expect(parseDate('1 septembre 1939')).toBeNull();
    expect(parseDate('15/03/2026', { years: [1990, 2020] })).toBeNull();
  });

  it('returns only real calendar dates between 1970 and 2100, whatever the text', () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^\d{1,4}[./ -]\d{1,2}[./ -]\d{1,4}$/));
    fc.assert(
      fc.property(text, fc.constantFrom<DateHint>({}, { lang: 'en-US' }, { order: 'YMD' }, { today: '2026-11-27' }), (t, hint) => {
        const r = parseDate(t, hint);
        if (r === null) return true;
        const [y, m, d] = r.split('-').map(Number) as [number, number, number];
        return /^\d{4}-\d{2}-\d{2}$/.test(r) && y >= 1970 && y <= 2100 && new Date(Date.UTC(y, m - 1, d)).toISOString().startsWith(r);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDate: time-zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Each zone gets its own `today`, so no answer comes from the parse cache of another zone.
  it.each([
    ['Pacific/Kiritimati', '2026-12-29', ['2027-01-01', '2026-11-19', '2026-03-15', '2026-12-31', '2026-12-30']],
    ['America/Los_Angeles', '2026-12-30', ['2027-01-02', '2026-11-20', '2026-03-15', '2026-12-31', '2026-12-31']],
    ['UTC', '2026-12-31', ['2027-01-03', '2026-11-21', '2026-03-15', '2026-12-31', '2027-01-01']],
  ])('gives calendar dates that do not depend on the zone (%s, today %s)', (zone, today, expected) => {
    process.env.TZ = zone;
    const texts = ['Due in 3 days', 'overdue by 40 days', '2026-03-15T23:30:00-08:00', '31/12/2026', 'Due tomorrow'];
    expect(texts.map((t) => parseDate(t, { today }))).toEqual(expected);
  });
});
