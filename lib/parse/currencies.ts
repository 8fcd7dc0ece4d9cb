/**
 * Currency marks as pages print them, to ISO 4217. Longest marks are tried first, so "US$"
 * wins over "$". Ambiguous marks map to the most common currency using them ("$" → USD,
 * "kr" → SEK); a page's language or a hint can say otherwise (see DOLLAR_BY_LANG).
 */
export const CURRENCY_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['€', 'EUR'], ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'],
  ['US$', 'USD'], ['USD', 'USD'], ['$', 'USD'], ['dollars', 'USD'],
  ['£', 'GBP'], ['₤', 'GBP'], ['GBP', 'GBP'], ['pounds', 'GBP'],
  ['CHF', 'CHF'], ['Fr.', 'CHF'], ['SFr.', 'CHF'],
  ['Kč', 'CZK'], ['CZK', 'CZK'],
  ['zł', 'PLN'], ['PLN', 'PLN'],
  ['руб.', 'RUB'], ['руб', 'RUB'], ['рублей', 'RUB'], ['р.', 'RUB'], ['₽', 'RUB'], ['RUB', 'RUB'], ['Р', 'RUB'],
  ['R$', 'BRL'], ['BRL', 'BRL'],
  ['грн.', 'UAH'], ['грн', 'UAH'], ['₴', 'UAH'], ['UAH', 'UAH'],
  ['Rp', 'IDR'], ['IDR', 'IDR'],
  ['تومان', 'IRR'], ['ریال', 'IRR'], ['﷼', 'IRR'], ['IRR', 'IRR'],
  ['ريال', 'SAR'], ['SAR', 'SAR'],
  ['lei', 'RON'], ['RON', 'RON'],
  ['₫', 'VND'], ['đ', 'VND'], ['VND', 'VND'],
  ['Ft', 'HUF'], ['HUF', 'HUF'],
  ['TL', 'TRY'], ['₺', 'TRY'], ['TRY', 'TRY'],
  ['kr.', 'DKK'], ['DKK', 'DKK'], ['NOK', 'NOK'], ['SEK', 'SEK'], ['kr', 'SEK'],
  ['₪', 'ILS'], ['ILS', 'ILS'],
  ['Rs.', 'INR'], ['Rs', 'INR'], ['₹', 'INR'], ['INR', 'INR'], ['र', 'NPR'],
  ['C$', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'],
  ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD', 'AUD'],
  ['NZ$', 'NZD'], ['NZD', 'NZD'],
  ['NT$', 'TWD'], ['TWD', 'TWD'],
  ['MX$', 'MXN'], ['MXN', 'MXN'],
  ['SGD', 'SGD'], ['S$', 'SGD'],
  ['HK$', 'HKD'], ['HKD', 'HKD'],
  ['Br', 'BYN'], ['BYN', 'BYN'],
  ['лв.', 'BGN'], ['лв', 'BGN'], ['BGN', 'BGN'],
  ['RM', 'MYR'], ['MYR', 'MYR'],
  ['ƒ', 'ANG'],
  ['AED', 'AED'], ['درهم', 'AED'],
  ['원', 'KRW'], ['₩', 'KRW'], ['KRW', 'KRW'],
  ['円', 'JPY'], ['¥', 'JPY'], ['JPY', 'JPY'],
  ['元', 'CNY'], ['CNY', 'CNY'], ['RMB', 'CNY'],
  ['جنيه', 'EGP'], ['EGP', 'EGP'],
  ['฿', 'THB'], ['THB', 'THB'],
  ['Dinara', 'RSD'], ['RSD', 'RSD'], ['дин.', 'RSD'],
  ['؋', 'AFN'], ['Lek', 'ALL'], ['֏', 'AMD'], ['₼', 'AZN'], ['৳', 'BDT'], ['BZ$', 'BZD'], ['Nu.', 'BTN'],
  ['KM', 'BAM'], ['FBu', 'BIF'], ['BD', 'BHD'], ['៛', 'KHR'], ['FCFA', 'XAF'], ['CFA', 'XOF'], ['KMF', 'KMF'],
  ['₡', 'CRC'], ['kn', 'HRK'], ['CUC$', 'CUC'], ['₱', 'PHP'], ['Fdj', 'DJF'], ['RD$', 'DOP'], ['Nfk', 'ERN'],
  ['GH₵', 'GHS'], ['J$', 'JMD'], ['KD', 'KWD'], ['₭', 'LAK'], ['LD', 'LYD'], ['MOP$', 'MOP'], ['MK', 'MWK'], ['₣', 'FRF'],
  ['₨', 'PKR'], ['₮', 'MNT'], ['B/.', 'PAB'], ['S/.', 'PEN'], ['Db', 'STN'], ['TSh', 'TZS'], ['TT$', 'TTD'], ['T$', 'TOP'], ['DT', 'TND'], ['USh', 'UGX'],
  ['$U', 'UYU'], ['VT', 'VUV'], ['Bs.', 'VES'], ['Bs', 'VES'], ['ZK', 'ZMW'], ['Z$', 'ZWL'], ['FG', 'GNF'], ['₾', 'GEL'],
  ['Rf', 'MVR'], ['UM', 'MRU'], ['₦', 'NGN'], ['NGN', 'NGN'], ['PTE', 'PTE'], ['DEM', 'DEM'], ['ZAR', 'ZAR'], ['R', 'ZAR'],
];

/** Three-letter codes that are ISO 4217 (current ones, and a few a page may still show). */
const ISO_CODES = new Set(
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL PTE DEM FRF ITL ESP BEF NLG ATS'.split(' '),
);

export function isIsoCurrency(code: string): boolean {
  return ISO_CODES.has(code);
}

/** "$" on a page in this language most likely means this currency. */
export const DOLLAR_BY_LANG: Readonly<Record<string, string>> = { 'en-ca': 'CAD', 'fr-ca': 'CAD', 'en-au': 'AUD', 'en-nz': 'NZD', 'es-mx': 'MXN' };

const LETTER = /[\p{L}]/u;
const MARKS = [...CURRENCY_MARKS].sort((a, b) => b[0].length - a[0].length);

export interface FoundCurrency {
  code: string;
  index: number;
  length: number;
}

/**
 * Finds the currency mark in a text. Alphabetic marks must stand alone (the "R" of "Rp" or of a
 * word is not the rand), symbols may touch digits ("€12", "12€"). Case-insensitive for codes.
 */
export function findCurrency(text: string): FoundCurrency | null {
  let best: FoundCurrency | null = null;
  const lower = text.toLowerCase();
  for (const [mark, code] of MARKS) {
    const wordLike = LETTER.test(mark);
    const needle = wordLike ? mark.toLowerCase() : mark;
    const haystack = wordLike ? lower : text;
    let from = 0;
    while (from <= haystack.length) {
      const index = haystack.indexOf(needle, from);
      if (index < 0) break;
      from = index + 1;
      if (wordLike) {
        const before = text[index - 1];
        const after = text[index + mark.length];
        if ((before && LETTER.test(before)) || (after && LETTER.test(after) && !mark.endsWith('.'))) continue;
        // Single capital letters (R, Р) only when written in capitals, next to a number.
        if (mark.length === 1 && text[index] !== mark) continue;
        // Three-letter codes are written in capitals on a price; "eur" inside a sentence is not one.
        if (/^[A-Z]{3}$/.test(mark) && text.slice(index, index + 3) !== mark && !/^(eur)$/i.test(mark)) continue;
      }
      if (!best || index < best.index || (index === best.index && mark.length > best.length)) best = { code, index, length: mark.length };
      break;
    }
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
