import { addDays, toDayNumber } from '../core/calendar';
import { parseDate } from '../parse';
import { endOfMonth } from './period';

/**
 * The net due date a payment-terms text (BT-20) states, in French, German, English, Dutch, Spanish
 * or Italian, counted from the issue date: "netto bis 04.04.2018", "à 30 jours", "30 Tage netto",
 * "within 14 days", "net 30", "te betalen binnen 30 dagen", "vervaldatum 15-12-2026", "a 30 días",
 * "entro 30 giorni", "zahlbar sofort" / "payable immediately" / "à réception" (the issue date),
 * "30 jours fin de mois", "fin de mois + 45 jours". An early-payment discount (Skonto, escompte,
 * korting) is never the due date, nor a late-penalty clause. A date the text states wins over a
 * count it also gives ("30 days net. Due date: 20.12.2026"): the date is what the seller asks for,
 * the count how it was worked out (possibly from another day than the issue date). Undefined when
 * the text states none, counts from another event (delivery, receipt of goods), or states two
 * different dates, or two different counts and no date: no guess.
 */
export function dueDateFromTerms(terms: string, issueDate: string): string | undefined {
  const stated = new Set<string>();
  const counted = new Set<string>();
  for (const clause of clauses(fold(terms))) {
    const found = clauseDueDate(clause, issueDate);
    if (found) (found.stated ? stated : counted).add(found.date);
  }
  const dates = stated.size > 0 ? stated : counted;
  return dates.size === 1 ? [...dates][0] : undefined;
}

/** Lower case, accents off, runs of spaces one space (line breaks kept). */
function fold(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Line breaks separate clauses: kept; every other space becomes one space.
      .replace(/[^\S\n]+/g, ' ')
  );
}

/**
 * Words that restate what comes before ("à 30 jours fin de mois, soit au plus tard le 31/01/2027",
 * "30 Tage netto, d.h. bis 04.04.2026", "net 30, i.e. by 4 April 2026"): the date after them is
 * the writer's own reading of the count, so it stays in the count's clause and wins over it.
 */
const RESTATES = String.raw`(?:(?:soit|c'est-a-dire|c-a-d|das hei(?:ss|ß)t|that is|namely|dat wil zeggen|oftewel|ofwel|es decir|o sea|ossia|cioe|vale a dire)\b|d\.h\.|i\.e\.|d\.w\.z\.)`;

/**
 * Clauses: "netto bis 04.04.2018, 3% Skonto bis 15.03.2018" is two, and so is "10 Tage mit Skonto
 * oder 30 Tage netto"; the dot of "4. April 2026" (a day, then a month) ends nothing, nor do the
 * dots of "d.h." and "i.e." or a comma before them (RESTATES), nor the comma of "December 15, 2026"
 * or the dot of "Apr. 1st, 2026".
 */
const CLAUSE_END = new RegExp(
  String.raw`[;\n\r]+|,\s+(?!${RESTATES}|\d{4}\b)|(?<!\b\d{1,2}|\b[a-z]\.[a-z])\.\s+(?!\d{1,2}(?:st|nd|rd|th)?,? \d{4})|(?<=\b\d{1,2})\.\s+(?![a-z]+\.? \d{2,4})|\s+(?:oder|or|ou|sinon|otherwise|andernfalls|sonst)\s+`,
);

function clauses(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter(Boolean);
}

// Words by language (folded: lower case, no accents): German, French, English, Dutch, Spanish, Italian.
const DISCOUNT = /skonto|escompte|discount|rabatt|remise|ristourn|korting|kredietbeperking|descuento|pronto pago|sconto|%/;
/** "sans escompte", "ohne Skonto", "no discount", "zonder korting": the opposite of a discount clause. */
const NO_DISCOUNT =
  /\b(?:sans|ohne|no|kein\w*|pas d'|pas de|aucun\w*|zonder|geen|sin|senza)\s+(?:d')?(?:skonto|escompte|discount|rabatt|remise|korting|descuento|sconto)/g;
const PENALTY =
  /retard|penalit|verzug|verzugszins|late (?:payment|fee)|interest|interet|zinsen|indemnit|mahn|rente|incasso|boete|interes|demora|recargo|interessi|mora\b|penale/;
/** Terms counted from another event than the invoice date: their due date is not in the file. */
const OTHER_START =
  /liefer|livraison|delivery|leistung|receipt of (?:the )?goods|reception (?:des|de la) marchandise|erhalt der ware|wareneingang|apres reception|after receipt|nach erhalt|nach eingang|levering|geleverd|na ontvangst|entrega|recepcion de la mercancia|consegna|ricevimento (?:della )?merce/;
/** A count of days: "30 Tage", "30 jours", "30 days", "30 dagen", "30 días", "30 giorni" / "30 gg". */
const DAYS = String.raw`(?:kalendertage|kalendertagen|tage|tagen|tag|calendar days|days?|jours?|j|dagen|dag|dias|dia|giorni|gg)`;
const DAY_COUNT = new RegExp(String.raw`(\d{1,3}) ?${DAYS}\b`);
const PAYMENT = new RegExp(
  String.raw`zahl|netto|ohne abzug|fallig|faellig|payable|payment|\bpay|\bdue\b|\bnet\b|paiement|payer|reglement|regler|echeance|within|innerhalb|binnen|sous \d|\ba \d{1,3} ${DAYS}|jours net|fin de mois|betal|vervaldatum|vervaldag|termijn|pago|pagar|pagadero|vencimiento|plazo|pagamento|pagabile|scadenza|entro|uberweis|virement|transfer|overmak|transferencia|bonifico`,
);

const IMMEDIATE =
  /sofort|unverzuglich|immediat|immediately|at once|on receipt|upon receipt|a reception|des reception|au comptant|comptant|cash|bei erhalt|net 0\b|per direct|direct te betalen|onmiddellijk|per omgaande|bij ontvangst|contant|al contado|a la vista|a vista|a ricevimento/;
// Italian abbreviates "data fattura fine mese" (d.f.f.m., f.m.).
const MONTH_END =
  /fin de mois|end of (?:the )?month|monatsende|ende des monats|\beom\b|einde (?:van de )?maand|fin de mes|fine mese|\bd\.?f\.?f\.?m\b|\bf\.m\./;

/** Whether a line of free text (a note, BT-22) is about paying: only such lines are read as terms. */
export function speaksOfPayment(line: string): boolean {
  const folded = fold(line);
  return PAYMENT.test(folded) || IMMEDIATE.test(folded);
}

/** The clause's due date, and whether the clause states it (a date) or counts it (days from the issue date). */
function clauseDueDate(clause: string, issueDate: string): { date: string; stated: boolean } | undefined {
  if (DISCOUNT.test(clause.replace(NO_DISCOUNT, '')) || PENALTY.test(clause) || OTHER_START.test(clause)) return undefined;
  const counted = countedDate(clause, issueDate);
  const explicit = explicitDates(clause, issueDate);
  // A stated date wins over a count; an English 04/05 that could be either is settled by the count.
  if (explicit.length === 1) return { date: explicit[0]!, stated: true };
  if (explicit.length > 1) return counted && explicit.includes(counted) ? { date: counted, stated: true } : undefined;
  if (counted) return { date: counted, stated: false };
  if (IMMEDIATE.test(clause) && !DAY_COUNT.test(clause)) return { date: issueDate, stated: false };
  return undefined;
}

/** "30 Tage netto", "à 30 jours", "within 14 days", "net 30", with "fin de mois" variants. */
function countedDate(clause: string, issueDate: string): string | undefined {
  if (!PAYMENT.test(clause)) return undefined;
  const days = DAY_COUNT.exec(clause)?.[1] ?? /\bnet(?:to)? (\d{1,3})\b/.exec(clause)?.[1];
  const monthEnd = MONTH_END.exec(clause);
  if (!monthEnd) return days === undefined ? undefined : addDays(issueDate, Number(days));
  // "fin de mois le 10", "fine mese il 10" (a day of the next month) is not read: no guess.
  if (/\b(?:le|il|el|al) \d{1,2}\b/.test(clause.slice(monthEnd.index))) return undefined;
  if (days === undefined) return endOfMonth(issueDate);
  const daysAt = clause.search(new RegExp(String.raw`\b${days} ?${DAYS}\b`));
  // "45 jours fin de mois": the end of the month in which the 45 days end (the usual reading,
  // DGCCRF); "fin de mois + 45 jours": 45 days after the end of the issue month.
  return daysAt >= 0 && daysAt < monthEnd.index
    ? endOfMonth(addDays(issueDate, Number(days)))
    : addDays(endOfMonth(issueDate), Number(days));
}

// English writes the day as an ordinal ("15th December 2026") and puts a comma before the year.
// Spanish puts "de" around the month ("15 de diciembre de 2026").
const DATE_TOKEN =
  /\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:\.|er|st|nd|rd|th)? ?(?:de )?[a-z]{3,10}\.? (?:de )?\d{4}|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}/g;
/** What stands right before a due date: "bis", "by", "avant le", "échéance :", "fällig am", "uiterlijk op", "vencimiento:". */
const DUE_MARKER =
  /\b(?:bis|bis zum|bis spatestens|spatestens|spatestens am|until|by|before|no later than|on or before|avant|avant le|au plus tard|au plus tard le|jusqu'au|le|am|on|due|due date|due on|fallig|fallig am|faellig|echeance|date d'echeance|zahlbar|payable|net|netto|uiterlijk|uiterlijk op|voor|tot|tot en met|op|vervaldatum|vervaldag|te betalen|antes del?|hasta el|el|vencimiento|fecha de vencimiento|entro il|entro|il|scadenza|data (?:di )?scadenza)\s*:?\s*$/;

/** Dates a clause gives as its due date (an English 04/05/2018 gives both readings). */
function explicitDates(clause: string, issueDate: string): string[] {
  const dates = new Set<string>();
  for (const m of clause.matchAll(DATE_TOKEN)) {
    if (!DUE_MARKER.test(clause.slice(Math.max(0, m.index - 30), m.index))) continue;
    for (const date of readings(m[0], clause)) if (toDayNumber(date) >= toDayNumber(issueDate)) dates.add(date);
  }
  return [...dates];
}

const ENGLISH = /\b(?:payment|payable|due|within|days|by|before|until)\b/;

function readings(token: string, clause: string): string[] {
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(token);
  const dmy = parseDate(token, { order: 'DMY' });
  // Day first in French and German, and with dots everywhere; a slashed English date could be US.
  if (slash && ENGLISH.test(clause) && Number(slash[1]) <= 12 && Number(slash[2]) <= 12 && slash[1] !== slash[2]) {
    return [dmy, parseDate(token, { order: 'MDY' })].filter((d): d is string => !!d);
  }
  return dmy ? [dmy] : [];
}
