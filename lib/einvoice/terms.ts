import { addDays, toDayNumber } from '../core/calendar';
import { parseDate } from '../parse';
import { endOfMonth } from './period';

/**
 * The net due date a payment-terms text (BT-20) states, in French, German or English, counted
 * from the issue date: "netto bis 04.04.2018", "à 30 jours", "30 Tage netto", "within 14 days",
 * "net 30", "zahlbar sofort" / "payable immediately" / "à réception" (the issue date),
 * "30 jours fin de mois", "fin de mois + 45 jours". An early-payment discount (Skonto, escompte)
 * is never the due date, nor a late-penalty clause. Undefined when the text states none, counts
 * from another event (delivery, receipt of goods) or states two different dates: no guess.
 */
export function dueDateFromTerms(terms: string, issueDate: string): string | undefined {
  const found = new Set<string>();
  for (const clause of clauses(fold(terms))) {
    const date = clauseDueDate(clause, issueDate);
    if (date) found.add(date);
  }
  return found.size === 1 ? [...found][0] : undefined;
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
const RESTATES = String.raw`(?:(?:soit|c'est-a-dire|c-a-d|das hei(?:ss|ß)t|that is|namely)\b|d\.h\.|i\.e\.)`;

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

const DISCOUNT = /skonto|escompte|discount|rabatt|remise|ristourn|%/;
/** "sans escompte", "ohne Skonto", "no discount": the opposite of a discount clause. */
const NO_DISCOUNT = /\b(?:sans|ohne|no|kein\w*|pas d'|pas de|aucun\w*)\s+(?:d')?(?:skonto|escompte|discount|rabatt|remise)/g;
const PENALTY = /retard|penalit|verzug|verzugszins|late (?:payment|fee)|interest|interet|zinsen|indemnit|mahn/;
/** Terms counted from another event than the invoice date: their due date is not in the file. */
const OTHER_START =
  /liefer|livraison|delivery|leistung|receipt of (?:the )?goods|reception (?:des|de la) marchandise|erhalt der ware|wareneingang|apres reception|after receipt|nach erhalt|nach eingang/;
const PAYMENT =
  /zahl|netto|ohne abzug|fallig|faellig|payable|payment|\bpay|\bdue\b|\bnet\b|paiement|payer|reglement|regler|echeance|within|innerhalb|binnen|sous \d|\ba \d{1,3} jours|jours net|fin de mois/;
const IMMEDIATE =
  /sofort|unverzuglich|immediat|immediately|at once|on receipt|upon receipt|a reception|des reception|au comptant|comptant|cash|bei erhalt|net 0\b/;
const MONTH_END = /fin de mois|end of (?:the )?month|monatsende|ende des monats|\beom\b/;

function clauseDueDate(clause: string, issueDate: string): string | undefined {
  if (DISCOUNT.test(clause.replace(NO_DISCOUNT, '')) || PENALTY.test(clause) || OTHER_START.test(clause)) return undefined;
  const counted = countedDate(clause, issueDate);
  const explicit = explicitDates(clause, issueDate);
  // A stated date wins over a count; an English 04/05 that could be either is settled by the count.
  if (explicit.length === 1) return explicit[0];
  if (explicit.length > 1) return counted && explicit.includes(counted) ? counted : undefined;
  if (counted) return counted;
  if (IMMEDIATE.test(clause) && !/\d{1,3} ?(?:tage|tag|days?|jours?)\b/.test(clause)) return issueDate;
  return undefined;
}

/** "30 Tage netto", "à 30 jours", "within 14 days", "net 30", with "fin de mois" variants. */
function countedDate(clause: string, issueDate: string): string | undefined {
  if (!PAYMENT.test(clause)) return undefined;
  const days =
    /(\d{1,3}) ?(?:kalendertage|kalendertagen|tage|tagen|tag|calendar days|days?|jours?|j)\b/.exec(clause)?.[1] ??
    /\bnet(?:to)? (\d{1,3})\b/.exec(clause)?.[1];
  const monthEnd = MONTH_END.exec(clause);
  if (!monthEnd) return days === undefined ? undefined : addDays(issueDate, Number(days));
  // "fin de mois le 10" (a day of the next month) is not read: no guess.
  if (/\ble \d{1,2}\b/.test(clause.slice(monthEnd.index))) return undefined;
  if (days === undefined) return endOfMonth(issueDate);
  const daysAt = clause.search(new RegExp(`\\b${days} ?(?:jours?|days?|tage|tagen|j)\\b`));
  // "45 jours fin de mois": the end of the month in which the 45 days end (the usual reading,
  // DGCCRF); "fin de mois + 45 jours": 45 days after the end of the issue month.
  return daysAt >= 0 && daysAt < monthEnd.index
    ? endOfMonth(addDays(issueDate, Number(days)))
    : addDays(endOfMonth(issueDate), Number(days));
}

// English writes the day as an ordinal ("15th December 2026") and puts a comma before the year.
const DATE_TOKEN =
  /\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:\.|er|st|nd|rd|th)? ?[a-z]{3,9}\.? \d{4}|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}/g;
/** What stands right before a due date: "bis", "by", "avant le", "échéance :", "fällig am". */
const DUE_MARKER =
  /(?:bis|bis zum|bis spatestens|spatestens|spatestens am|until|by|before|no later than|on or before|avant|avant le|au plus tard|au plus tard le|jusqu'au|le|am|on|due|due date|due on|fallig|fallig am|faellig|echeance|date d'echeance|zahlbar|payable|net|netto)\s*:?\s*$/;

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
