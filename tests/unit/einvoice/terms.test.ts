import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/core/calendar';
import { dueDateFromTerms } from '../../../lib/einvoice';

const ISSUE = '2026-03-05';

describe('dueDateFromTerms: the net due date of a payment-terms text (BT-20)', () => {
  it.each([
    // German
    ['Zahlbar innerhalb 30 Tagen netto bis 04.04.2026, 3% Skonto innerhalb 10 Tagen bis 15.03.2026', '2026-04-04'],
    ['3% Skonto innerhalb 10 Tagen bis 15.03.2026, netto bis 04.04.2026', '2026-04-04'],
    ['Netto bis 04.04.2026. 3% Skonto bis 15.03.2026.', '2026-04-04'],
    ['Zahlbar innerhalb 10 Tagen mit 2 % Skonto oder 30 Tage netto', '2026-04-04'],
    ['30 Tage netto', '2026-04-04'],
    ['Zahlbar innerhalb von 14 Tagen ohne Abzug', '2026-03-19'],
    ['Zahlbar ohne Abzug bis 12.04.2026', '2026-04-12'],
    ['Zahlbar sofort', ISSUE],
    ['Sofort zahlbar ohne Abzug.', ISSUE],
    ['Zahlbar bis 4. April 2026', '2026-04-04'],
    // French
    ['Paiement à 30 jours', '2026-04-04'],
    ['À 30 jours date de facture, sans escompte', '2026-04-04'],
    ['Paiement à réception de facture', ISSUE],
    ['Payable à réception', ISSUE],
    ['Paiement comptant', ISSUE],
    ['Escompte de 2 % pour paiement à 8 jours ; paiement à 45 jours', '2026-04-19'],
    ["Date d'échéance : 15/04/2026", '2026-04-15'],
    ['À régler au plus tard le 20/04/2026', '2026-04-20'],
    ['30 jours fin de mois', '2026-04-30'],
    ['45 jours fin de mois', '2026-04-30'],
    ['Paiement fin de mois + 45 jours', '2026-05-15'],
    ['Paiement fin de mois', '2026-03-31'],
    // English
    ['Payment within 14 days', '2026-03-19'],
    ['Net 30', '2026-04-04'],
    ['30 days net', '2026-04-04'],
    ['2% discount if paid within 10 days, net 30 days', '2026-04-04'],
    ['Payable immediately', ISSUE],
    ['Due on receipt', ISSUE],
    ['Payment due by 20.04.2026', '2026-04-20'],
    // An English 04/04 could be read either way: the count settles it.
    ['Payment within 30 days, by 04/04/2026', '2026-04-04'],
    ['Payment due by 25/04/2026', '2026-04-25'],
    // A date that restates the count ("soit", "d.h.", "i.e.") is the writer's reading: it wins.
    ['Paiement à 30 jours fin de mois, soit au plus tard le 15/05/2026', '2026-05-15'],
    ["À 45 jours, c'est-à-dire le 20/04/2026", '2026-04-20'],
    ['Zahlbar innerhalb 30 Tagen netto, d.h. bis 10.04.2026', '2026-04-10'],
    ['30 Tage netto, das heißt bis 04.04.2026', '2026-04-04'],
    ['Net 30, i.e. by 6 April 2026', '2026-04-06'],
    // English month names: a comma before the year, an ordinal day.
    ['Payable by April 15, 2026', '2026-04-15'],
    ['Payable by 15th April 2026', '2026-04-15'],
    ['Payment due on or before Apr. 1st, 2026, 2% discount if paid by March 10, 2026', '2026-04-01'],
    // Dutch
    ['Te betalen binnen 30 dagen na factuurdatum', '2026-04-04'],
    ['Betalingstermijn: 14 dagen', '2026-03-19'],
    ['Vervaldatum: 15-04-2026', '2026-04-15'],
    ['Gelieve te betalen uiterlijk op 20 april 2026', '2026-04-20'],
    ['2% korting bij betaling binnen 8 dagen, netto binnen 30 dagen', '2026-04-04'],
    ['Betaling per omgaande', ISSUE],
    ['Betaling binnen 30 dagen, d.w.z. vóór 06-04-2026', '2026-04-06'],
    // Spanish and Italian
    ['Pago a 30 días', '2026-04-04'],
    ['Fecha de vencimiento: 15/04/2026', '2026-04-15'],
    ['Pagadero antes del 15 de abril de 2026', '2026-04-15'],
    ['Pagamento a 60 giorni data fattura', '2026-05-04'],
    ['Pagamento entro 30 gg', '2026-04-04'],
    ['Scadenza: 20/04/2026', '2026-04-20'],
    ['Bonifico bancario a 30 gg d.f.f.m.', '2026-04-30'],
    ['Pagamento a 60 gg f.m.', '2026-05-31'],
    ['Pago a 30 días fin de mes', '2026-04-30'],
    ['Betaling: 30 dagen einde maand', '2026-04-30'],
    // A stated date wins over a count that disagrees with it, in another clause or the same one.
    ['Payment terms: 30 days net. Due date: 2026-04-20', '2026-04-20'],
    ['Due date: 20.04.2026; payable within 30 days', '2026-04-20'],
    ['Betalingstermijn 30 dagen. Vervaldatum 20-04-2026.', '2026-04-20'],
    ['Zahlbar innerhalb 30 Tagen\nFällig am 20.04.2026', '2026-04-20'],
    ['Paiement à 30 jours. Échéance : 20/04/2026', '2026-04-20'],
  ])('reads "%s"', (terms, expected) => {
    expect(dueDateFromTerms(terms, ISSUE)).toBe(expected);
  });

  it.each([
    // Only the discount date: never the due date.
    ['3% Skonto bei Zahlung bis 15.03.2026'],
    ['Escompte de 2 % pour paiement avant le 15/03/2026'],
    // Counted from another event: the file does not say when that is.
    ['Zahlbar 30 Tage nach Lieferung'],
    ['Paiement à 30 jours après réception des marchandises'],
    // Late-penalty clauses, and texts with no term at all.
    ['Pénalités de retard : 3 fois le taux légal à compter du 31e jour'],
    ['Der Betrag wird ihrem Kundenkonto gutgeschrieben.'],
    ['Zahlungsbedingungen: Der Rechnungsbetrag wurde bereits beglichen.'],
    ['Fin de mois le 10'],
    ['Pagamento a 30 gg fine mese il 10'],
    ['Pago a 60 días fin de mes el 15'],
    // Ambiguous: 04/05 in English with no count, two different net dates.
    ['Payment due by 04/05/2026'],
    ['Net 30; payable at 60 days'],
    // Two different stated dates: the count beside them does not choose.
    ['Net 30. Due date: 2026-04-20. Payable by 2026-04-25'],
    // Dutch and Spanish discounts, penalties and counts from delivery.
    ['3% korting bij betaling vóór 15-03-2026'],
    ['Betaling 30 dagen na levering'],
    ['Bij betaling na de vervaldatum is de wettelijke handelsrente verschuldigd'],
    ['Descuento del 2% por pronto pago antes del 15/03/2026'],
    ['Pago a 30 días desde la entrega'],
    ['Interessi di mora dal 31/03/2026'],
    // "Direct debit" is a way of paying, not a term: no date.
    ['Payment by direct debit'],
  ])('states no due date in "%s"', (terms) => {
    expect(dueDateFromTerms(terms, ISSUE)).toBeUndefined();
  });

  it('never takes a date before the issue date', () => {
    expect(dueDateFromTerms('Zahlbar bis 01.03.2026', ISSUE)).toBeUndefined();
  });
});

describe('dueDateFromTerms on generated terms', () => {
  const pad = (n: number) => String(n).padStart(2, '0');
  const dotted = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  const slashed = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const net = [
    (n: number) => `Zahlbar innerhalb ${n} Tagen netto`,
    (n: number) => `${n} Tage netto`,
    (n: number) => `Paiement à ${n} jours`,
    (n: number) => `${n} jours net`,
    (n: number) => `Payment within ${n} days`,
    (n: number) => `Net ${n}`,
    (n: number) => `Te betalen binnen ${n} dagen na factuurdatum`,
    (n: number) => `Pago a ${n} días`,
    (n: number) => `Pagamento a ${n} giorni data fattura`,
  ];
  const discount = [
    (d: number, date: string) => `${(d % 5) + 1}% Skonto innerhalb ${d} Tagen bis ${dotted(date)}`,
    (d: number, date: string) => `escompte de ${(d % 4) + 1} % pour paiement avant le ${slashed(date)}`,
    (d: number, _date: string) => `${(d % 3) + 1}% discount if paid within ${d} days`,
    (d: number, date: string) => `${(d % 3) + 1}% korting bij betaling vóór ${slashed(date).replaceAll('/', '-')}`,
    (d: number, _date: string) => `descuento del ${(d % 3) + 1}% por pronto pago a ${d} días`,
    (d: number, date: string) => `sconto ${(d % 3) + 1}% per pagamento entro il ${slashed(date)}`,
  ];

  it('reads the net term and never the discount, whatever the order, the wording and the dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 20 }),
        fc.nat(net.length - 1),
        fc.nat(discount.length - 1),
        fc.boolean(),
        fc.constantFrom(', ', '; ', '. ', '\n'),
        (day, days, early, n, d, discountFirst, separator) => {
          const issue = `${1990 + Math.floor(day / 366)}-${pad((day % 12) + 1)}-${pad((day % 28) + 1)}`;
          const netClause = net[n]!(days);
          const discountClause = discount[d]!(Math.min(early, days - 1) || 1, addDays(issue, Math.min(early, days - 1) || 1));
          const terms = discountFirst ? `${discountClause}${separator}${netClause}` : `${netClause}${separator}${discountClause}`;
          expect(dueDateFromTerms(terms, issue)).toBe(addDays(issue, days));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads a stated net date in French and German wording, and its count when both agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 120 }), fc.boolean(), (day, days, withCount) => {
        const issue = `${1990 + Math.floor(day / 366)}-${pad((day % 12) + 1)}-${pad((day % 28) + 1)}`;
        const due = addDays(issue, days);
        expect(dueDateFromTerms(`Zahlbar ${withCount ? `innerhalb ${days} Tagen ` : ''}netto bis ${dotted(due)}`, issue)).toBe(due);
        expect(dueDateFromTerms(`${withCount ? `Paiement à ${days} jours, ` : ''}échéance le ${slashed(due)}`, issue)).toBe(due);
      }),
      { numRuns: 300 },
    );
  });

  it('reads an English date written with its month name, whatever the day and the form', () => {
    const MONTHS = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    const ordinal = (d: number) =>
      `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
    const forms = [
      (d: number, m: string, y: string) => `Payment due by ${m} ${d}, ${y}`,
      (d: number, m: string, y: string) => `Payable by ${ordinal(d)} ${m} ${y}`,
      (d: number, m: string, y: string) => `Please pay no later than ${m} ${ordinal(d)}, ${y}, thank you`,
      (d: number, m: string, y: string) => `Due on or before ${m.slice(0, 3)}. ${ordinal(d)}, ${y}. Late fees apply after that date.`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 200 }), fc.nat(forms.length - 1), (day, days, f) => {
        const issue = `${1990 + Math.floor(day / 366)}-${pad((day % 12) + 1)}-${pad((day % 28) + 1)}`;
        const due = addDays(issue, days);
        const terms = forms[f]!(Number(due.slice(8)), MONTHS[Number(due.slice(5, 7)) - 1]!, due.slice(0, 4));
        expect(dueDateFromTerms(terms, issue)).toBe(due);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a stated date over a count that disagrees, in six languages, in either order and whatever separates them', () => {
    const dashed = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
    const counts = [
      (n: number) => `Zahlbar innerhalb ${n} Tagen netto`,
      (n: number) => `Paiement à ${n} jours`,
      (n: number) => `Payment within ${n} days`,
      (n: number) => `Net ${n}`,
      (n: number) => `Te betalen binnen ${n} dagen`,
      (n: number) => `Betalingstermijn ${n} dagen`,
      (n: number) => `Pago a ${n} días`,
      (n: number) => `Pagamento entro ${n} giorni`,
    ];
    const stated = [
      (d: string) => `Fällig am ${dotted(d)}`,
      (d: string) => `Échéance : ${slashed(d)}`,
      (d: string) => `Due date: ${d}`,
      (d: string) => `Vervaldatum: ${dashed(d)}`,
      (d: string) => `Uiterlijk op ${dashed(d)} betalen`,
      (d: string) => `Fecha de vencimiento: ${slashed(d)}`,
      (d: string) => `Scadenza ${slashed(d)}`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 150 }),
        fc.nat(counts.length - 1),
        fc.nat(stated.length - 1),
        fc.boolean(),
        fc.constantFrom('. ', '; ', '\n', '. \n'),
        (day, days, statedDays, c, d, statedFirst, separator) => {
          const issue = `${1990 + Math.floor(day / 366)}-${pad((day % 12) + 1)}-${pad((day % 28) + 1)}`;
          const due = addDays(issue, statedDays);
          const [count, date] = [counts[c]!(days), stated[d]!(due)];
          const terms = statedFirst ? `${date}${separator}${count}` : `${count}${separator}${date}`;
          expect(dueDateFromTerms(terms, issue)).toBe(due);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('takes the date that restates a count, whatever the count says, and still never the discount', () => {
    const restated = [
      (n: number, date: string) => `Paiement à ${n} jours fin de mois, soit au plus tard le ${slashed(date)}`,
      (n: number, date: string) => `Zahlbar innerhalb ${n} Tagen netto, d.h. bis ${dotted(date)}`,
      (n: number, date: string) => `Net ${n}, i.e. by ${dotted(date)}`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 1, max: 120 }),
        fc.nat(restated.length - 1),
        (day, days, stated, r) => {
          const issue = `${1990 + Math.floor(day / 366)}-${pad((day % 12) + 1)}-${pad((day % 28) + 1)}`;
          const due = addDays(issue, stated);
          const early = addDays(issue, 1);
          const terms = `${restated[r]!(days, due)}. Escompte de 2 % pour paiement avant le ${slashed(early)}.`;
          expect(dueDateFromTerms(terms, issue)).toBe(due);
        },
      ),
      { numRuns: 300 },
    );
  });
});
