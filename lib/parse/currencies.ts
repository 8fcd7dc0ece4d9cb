/**
 * Currency marks as pages print them, to ISO 4217. Longest marks are tried first, so "US$"
 * wins over "$". Ambiguous marks map to the most common currency using them ("$" → USD,
 * "kr" → SEK); a page's language or a hint can say otherwise (see DOLLAR_BY_LANG).
 * Each mark then its code, one string: it ships smaller in the portal script than an array of pairs.
 */
const SIGN_PAIRS =
  '€ EUR euros EUR euro EUR eur EUR US$ USD $ USD dollars USD £ GBP ₤ GBP pounds GBP Fr. CHF SFr. CHF' +
  ' Kč CZK zł PLN руб. RUB руб RUB рублей RUB р. RUB ₽ RUB Р RUB R$ BRL грн. UAH грн UAH ₴ UAH Rp IDR' +
  ' تومان IRR ریال IRR ﷼ IRR ريال SAR lei RON ₫ VND đ VND Ft HUF TL TRY ₺ TRY kr. DKK kr SEK ₪ ILS' +
  ' Rs. INR Rs INR ₹ INR र NPR C$ CAD CA$ CAD A$ AUD AU$ AUD NZ$ NZD NT$ TWD MX$ MXN S$ SGD HK$ HKD' +
  ' Br BYN лв. BGN лв BGN RM MYR ƒ ANG درهم AED 원 KRW ₩ KRW 円 JPY ¥ JPY 元 CNY RMB CNY جنيه EGP ฿ THB' +
  ' Dinara RSD дин. RSD ؋ AFN Lek ALL ֏ AMD ₼ AZN ৳ BDT BZ$ BZD Nu. BTN KM BAM FBu BIF BD BHD ៛ KHR' +
  ' FCFA XAF CFA XOF ₡ CRC kn HRK CUC$ CUC ₱ PHP Fdj DJF RD$ DOP Nfk ERN GH₵ GHS J$ JMD KD KWD ₭ LAK' +
  ' LD LYD MOP$ MOP MK MWK ₣ FRF ₨ PKR ₮ MNT B/. PAB S/. PEN Db STN TSh TZS TT$ TTD T$ TOP DT TND' +
  ' USh UGX $U UYU VT VUV Bs. VES Bs VES ZK ZMW Z$ ZWL FG GNF ₾ GEL Rf MVR UM MRU ₦ NGN R ZAR';
const SIGNS = SIGN_PAIRS.split(' ').flatMap((mark, i, all) => (i % 2 ? [] : [[mark, all[i + 1]!] as const]));

/** Codes printed as marks of their own ("1 200,00 CHF"); every other ISO code is read by isoCodeIn. */
const CODES_AS_MARKS =
  'USD GBP CHF CZK PLN RUB BRL UAH IDR IRR SAR RON VND HUF TRY DKK NOK SEK ILS INR CAD AUD NZD TWD MXN SGD HKD BYN BGN MYR AED KRW JPY CNY EGP THB RSD KMF NGN PTE DEM ZAR';

export const CURRENCY_MARKS: ReadonlyArray<readonly [string, string]> = [
  ...SIGNS,
  ...CODES_AS_MARKS.split(' ').map((c) => [c, c] as const),
];

/**
 * Three-letter codes that are ISO 4217: the ones the browser knows (its Intl data follows each
 * amendment of the standard), and replaced ones a page may still show (the euro's predecessors,
 * the old leone).
 */
const ISO_CODES = new Set([...Intl.supportedValuesOf('currency'), ...'SLE ATS BEF DEM ESP FRF ITL NLG PTE'.split(' ')]);

export function isIsoCurrency(code: string): boolean {
  return ISO_CODES.has(code);
}

/** "$" on a page in this language most likely means this currency. */
export const DOLLAR_BY_LANG: Readonly<Record<string, string>> = {
  'en-ca': 'CAD',
  'fr-ca': 'CAD',
  'en-au': 'AUD',
  'en-nz': 'NZD',
  'es-mx': 'MXN',
};

const LETTER = /[\p{L}]/u;
const MARKS = [...CURRENCY_MARKS].sort((a, b) => b[0].length - a[0].length);
const CODE_OF = new Map(MARKS.map(([mark, code]) => [mark.toLowerCase(), code]));
/** Each mark as written in the table, by its lower-case form: the regex matches case-insensitively. */
const CANONICAL = new Map<string, string>();
for (const [mark] of MARKS) if (!CANONICAL.has(mark.toLowerCase())) CANONICAL.set(mark.toLowerCase(), mark); // the first, as the regex tries them
const LETTER_MARK = new Set(MARKS.filter(([m]) => LETTER.test(m)).map(([m]) => m));
/** All marks in one pattern, longest first, so one scan finds the leftmost, longest mark. */
const MARK_RE = new RegExp(MARKS.map(([m]) => m.replace(/[.*+?^${}()|[\]\\/$]/g, '\\$&')).join('|'), 'giu');

export interface FoundCurrency {
  code: string;
  index: number;
  length: number;
}

function acceptable(text: string, mark: string, index: number): boolean {
  const canonical = CANONICAL.get(mark.toLowerCase())!;
  if (!LETTER_MARK.has(canonical)) return true;
  const before = text[index - 1];
  const after = text[index + mark.length];
  // Alphabetic marks must stand alone: the "R" of "Rp" or of a word is not the rand.
  if ((before && LETTER.test(before)) || (after && LETTER.test(after) && !canonical.endsWith('.'))) return false;
  // Single capital letters (R, Р) only as written, next to a number.
  if (canonical.length === 1 && mark !== canonical) return false;
  // Three-letter codes are written in capitals on a price; "eur" inside a sentence is not one.
  if (/^[A-Z]{3}$/.test(canonical) && mark !== canonical && canonical !== 'EUR') return false;
  return true;
}

/**
 * Finds the currency mark in a text: the leftmost acceptable one (symbols may touch digits:
 * "€12", "12€"), or an ISO code when the only mark is an ambiguous "$".
 */
export function findCurrency(text: string): FoundCurrency | null {
  let best: FoundCurrency | null = null;
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(text); m; m = MARK_RE.exec(text)) {
    if (acceptable(text, m[0], m.index)) {
      best = { code: CODE_OF.get(m[0].toLowerCase())!, index: m.index, length: m[0].length };
      break;
    }
    MARK_RE.lastIndex = m.index + 1;
  }
  // An ISO code says more than a bare "$" ("$1,190.00 AUD", "$ SGD4.90").
  const iso = isoCodeIn(text);
  if (best && best.code === 'USD' && text.slice(best.index, best.index + 1) === '$' && iso && iso.code !== 'USD') return iso;
  return best ?? iso;
}

/** A three-letter ISO code standing alone: in capitals anywhere, or in lower case next to a number ("140,00 pln"). */
function isoCodeIn(text: string): FoundCurrency | null {
  for (const m of text.matchAll(/(?<![A-Za-z])([A-Za-z]{3})(?![A-Za-z])/g)) {
    const word = m[1]!;
    const upper = word.toUpperCase();
    if (!ISO_CODES.has(upper)) continue;
    const nearNumber = /\d\s?$/.test(text.slice(0, m.index)) || /^\s?\d/.test(text.slice(m.index! + 3));
    if (word === upper || nearNumber) return { code: upper, index: m.index!, length: 3 };
  }
  return null;
}
