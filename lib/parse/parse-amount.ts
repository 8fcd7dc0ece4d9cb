import { DOLLAR_BY_LANG, findCurrency, isIsoCurrency } from './currencies';
import { minorDigits } from '../core/minor-units';
import { clean } from './normalize';

export interface AmountHint {
  /** The page's language, e.g. `fr`, `en-US`: decides `1,234` vs `1.234` when nothing else does. */
  lang?: string;
  /** ISO 4217 currency when the text shows none. */
  currency?: string;
  /** The page's decimal separator, when known from its other amounts (detectDecimalSeparator). */
  decimal?: ',' | '.';
}

export interface ParsedAmount {
  /** Major units, e.g. 1234.56. */
  value: number;
  currency: string | null;
}

/** Beyond this, a "price" on an invoice page is an id, a phone number or an attack. */
const MAX_ABS = 1e13;

/** Languages that write decimals with a comma. */
const COMMA_DECIMAL_LANGS = new Set([
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'sk',
  'ru',
  'uk',
  'ro',
  'hu',
  'tr',
  'da',
  'sv',
  'nb',
  'no',
  'fi',
  'el',
  'bg',
  'hr',
  'sl',
  'sr',
  'lt',
  'lv',
  'et',
  'id',
  'vi',
]);

export function decimalForLang(lang: string | undefined): ',' | '.' | undefined {
  if (!lang) return undefined;
  const base = lang.toLowerCase().split(/[-_]/)[0]!;
  if (lang.toLowerCase() === 'de-ch' || lang.toLowerCase() === 'fr-ch' || lang.toLowerCase() === 'it-ch') return '.';
  return COMMA_DECIMAL_LANGS.has(base)
    ? ','
    : base === 'en' || base === 'ja' || base === 'zh' || base === 'ko' || base === 'he' || base === 'th'
      ? '.'
      : undefined;
}

interface NumberToken {
  text: string;
  index: number;
  end: number;
}

/**
 * A run of digits with the separators a number may hold: `.`, `,`, and, when followed by
 * exactly three digits, a space or an apostrophe (`1 234`, `1'234`). `4.81 16` stays two numbers.
 */
function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  const re = /\d+|[.,]\d+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let end = m.index + m[0].length;
    for (;;) {
      const rest = text.slice(end);
      // "130, 38" and "119. 95": a decimal part typed after a stray space.
      const sep = /^(?:[.,]\d+|[ '’]\d{3}(?!\d)|[,.] \d{2}(?![\d.,]))/.exec(rest);
      if (!sep) break;
      end += sep[0].length;
    }
    tokens.push({ text: text.slice(m.index, end), index: m.index, end });
    re.lastIndex = end;
  }
  return tokens;
}

/**
 * Reads the digits and separators of one token as a number, or null when they make no sense.
 * `wholeOnly`: the currency has no minor unit (JPY, KRW), so `3,500` is three thousand five hundred.
 */
function interpret(token: string, decimal: ',' | '.' | undefined, wholeOnly = false): number | null {
  const t = token.replace(/[ '’]/g, '');
  const seps = [...t.matchAll(/[.,]/g)].map((s) => ({ ch: s[0] as ',' | '.', at: s.index! }));
  if (seps.length === 0) return Number(t);
  const kinds = new Set(seps.map((s) => s.ch));
  let decimalSep: ',' | '.' | null;
  if (kinds.size === 2)
    decimalSep = seps.at(-1)!.ch; // 1.234,56 and 1,234.56
  else {
    const ch = seps[0]!.ch;
    const tail = t.length - seps.at(-1)!.at - 1;
    if (seps.length > 1)
      decimalSep = null; // 1.234.567
    else if (t.startsWith(ch))
      decimalSep = ch; // .75
    else if (tail !== 3)
      decimalSep = ch; // 12,5 / 12.50 / 34.992001
    else if (wholeOnly)
      decimalSep = null; // 3,500円
    else if (decimal)
      decimalSep = decimal === ch ? ch : null; // the page decides 1,234 vs 1.234
    else decimalSep = null; // unhinted: a three-digit tail is a thousands group ($699,000)
  }
  const thousands = decimalSep === ',' ? '.' : decimalSep === '.' ? ',' : null;
  const parts = decimalSep ? t.split(decimalSep) : [t];
  if (parts.length > 2) return null;
  const intPart = thousands ? parts[0]!.split(thousands).join('') : parts[0]!.replace(/[.,]/g, '');
  if (/[.,]/.test(intPart)) return null;
  const value = Number(`${intPart || '0'}.${parts[1] ?? '0'}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * The signs of a negative amount around its number: `-150 €`, `€ -150`, `-€150`, `(150.00)`,
 * and the trailing minus of accounting exports, `150,00-` / `150,00 €-`. A dash after a decimal
 * separator is no sign: `1.234,-` and `1'234.–` mean no cents. A dash between two numbers is a
 * range or a reference, not a sign.
 */
function isNegative(before: string, after: string): boolean {
  if (/-\s*(\S{0,4}\s*)?$/.test(before) && !/\d\s*-\s*$/.test(before)) return true;
  if (/\(\s*\S{0,4}\s*$/.test(before) && /^\s*\S{0,4}\s*\)/.test(after)) return true;
  return /^ ?(?:[^\s\d.,()-]{1,4} ?)?- ?(?:[^\s\d()-]{1,4})?$/.test(after);
}

const FREE = /\b(free|gratuit|gratuite|gratis|kostenlos|offert)\b/i;

/**
 * An amount as a page shows it: `1 234,56 €`, `€1,234.56`, `1'234.50 CHF`, `EUR 1234`,
 * `-150,00 €`, `(150.00)`, `12 450 € TTC`. The currency comes from a symbol or code in the text,
 * else from the hint; it is returned as ISO 4217, or null when unknown. Returns null when there
 * is no amount, or an absurd one.
 */
export function parseAmount(text: string, hint: AmountHint = {}): ParsedAmount | null {
  if (typeof text !== 'string' || text.length > 500) return null;
  // A plain amount is clean already: cleaning it would give it back unchanged.
  const plain = plainAmount(text, hint);
  if (plain) return plain;
  const t = clean(text).replace(/[−–—‒]/g, '-');
  return plainAmount(t, hint) ?? parseAmountFully(t, hint);
}

/**
 * The amounts invoice lists print most ("1 240,00 €", "-150,00 €", "€1,240.00", "£5,000.00",
 * "1 240,00"), read in one pass over their character codes, without the general machinery or a
 * string built: a list of 2,000 rows has 6,000 of them. Only texts that are already clean (single
 * plain spaces, no entity, no typographic minus) are read here; null for anything else, which the
 * full reading takes. A property test (tests/unit/parse/plain-amount.test.ts) checks that both
 * readings agree wherever this one answers.
 */
export function plainAmount(t: string, hint: AmountHint): ParsedAmount | null {
  const decimal = hint.decimal ?? decimalForLang(hint.lang);
  if (decimal === undefined) return null;
  const group = decimal === ',' ? 32 /* space */ : 44; /* , */
  const point = decimal === ',' ? 44 : 46; /* . */
  const end = t.length;
  let i = 0;
  const minus = t.charCodeAt(0) === 45; /* - */
  if (minus) i++;
  // A symbol before the number: English style only ("€1,240.00", "-£5.00").
  let symbol: string | undefined;
  if (decimal === '.') {
    const c = t.charCodeAt(i);
    if (c === 0x20ac || c === 0xa3) {
      symbol = c === 0x20ac ? 'EUR' : 'GBP';
      i++;
    }
  }
  // Whole part: 1 to 12 digits, or 1 to 3 then groups of exactly three ("1 234 567").
  let whole = 0;
  const first = i;
  while (i < end && isDigit(t.charCodeAt(i))) whole = whole * 10 + (t.charCodeAt(i++) - 48);
  const lead = i - first;
  if (lead === 0) return null;
  let digits = lead;
  if (t.charCodeAt(i) === group) {
    if (lead > 3) return null;
    while (t.charCodeAt(i) === group) {
      if (!isDigit(t.charCodeAt(i + 1)) || !isDigit(t.charCodeAt(i + 2)) || !isDigit(t.charCodeAt(i + 3))) return null;
      whole = whole * 1000 + (t.charCodeAt(i + 1) - 48) * 100 + (t.charCodeAt(i + 2) - 48) * 10 + (t.charCodeAt(i + 3) - 48);
      digits += 3;
      i += 4;
    }
  }
  if (digits > 12) return null;
  // Exactly two decimals.
  if (t.charCodeAt(i) !== point || !isDigit(t.charCodeAt(i + 1)) || !isDigit(t.charCodeAt(i + 2))) return null;
  const cents = (t.charCodeAt(i + 1) - 48) * 10 + (t.charCodeAt(i + 2) - 48);
  i += 3;
  // A mark after the number, with or without one space.
  let code: string | undefined;
  if (i < end) {
    if (t.charCodeAt(i) === 32) i++;
    code = trailingMark(t, i, decimal);
    if (code === undefined) return null;
    if (symbol) return null; // "€12.00 GBP": for the full reading
  }
  const mark = symbol ?? code;
  const currency = mark ?? (hint.currency && isIsoCurrency(hint.currency) ? hint.currency : null);
  if (currency !== null && minorDigits(currency) !== 2) return null;
  // Exact integers divided once: the same double as reading "1234.56".
  const value = (whole * 100 + cents) / 100;
  return { value: minus && value !== 0 ? -value : value, currency };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The ISO code of the mark that ends `t` at `i` ("€", "EUR"; English style also "£", "GBP"), else undefined. */
function trailingMark(t: string, i: number, decimal: ',' | '.'): string | undefined {
  const rest = t.length - i;
  if (rest === 1) {
    const c = t.charCodeAt(i);
    if (c === 0x20ac) return 'EUR';
    return c === 0xa3 && decimal === '.' ? 'GBP' : undefined;
  }
  if (rest !== 3) return undefined;
  if (t.startsWith('EUR', i)) return 'EUR';
  return decimal === '.' && t.startsWith('GBP', i) ? 'GBP' : undefined;
}

/** Every format the parser knows: marks anywhere, ambiguous separators, words, negatives in brackets. */
export function parseAmountFully(t: string, hint: AmountHint): ParsedAmount | null {
  const found = findCurrency(t);
  let currency = found?.code ?? (hint.currency && isIsoCurrency(hint.currency) ? hint.currency : null);
  if (currency === 'USD' && found && t.slice(found.index, found.index + 1) === '$' && hint.lang)
    currency = DOLLAR_BY_LANG[hint.lang.toLowerCase()] ?? currency;

  // "12€50", "35€ 99": the symbol standing for the decimal separator, as French shops write it.
  const symbolDecimal = /(?<![\d.,])(\d{1,9}) ?([€$£]) ?(\d{2})(?![\d.,%])/.exec(t);
  if (symbolDecimal) {
    const value = Number(`${symbolDecimal[1]}.${symbolDecimal[3]}`);
    return { value: /-\s*$/.test(t.slice(0, symbolDecimal.index)) ? -value : value, currency };
  }
  // A percentage is a discount or a rate, never the amount.
  const tokens = numberTokens(t).filter((k) => !/^\s?%/.test(t.slice(k.end)));
  if (tokens.length === 0) return FREE.test(t) ? { value: 0, currency } : null;
  // The number next to the currency mark when there is one, else the first.
  let token = tokens[0]!;
  if (found) {
    const distance = (k: NumberToken) => (k.end <= found.index ? found.index - k.end : k.index - (found.index + found.length));
    token = tokens.reduce((best, k) => (distance(k) < distance(best) ? k : best), token);
  }
  const decimal = hint.decimal ?? decimalForLang(hint.lang);
  let value = interpret(token.text, decimal, currency !== null && minorDigits(currency) === 0);
  if (value === null) return null;
  if (isNegative(t.slice(0, token.index), t.slice(token.end))) value = -value;
  if (Math.abs(value) >= MAX_ABS) return null;
  return { value: value === 0 ? 0 : value, currency };
}
