import { decimalForLang } from './parse-amount';
import { orderForLang, type DateOrder } from './parse-date';
import { clean } from './normalize';

const NUMERIC_DATE = /(?<![\d.])(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?!\d)/;

/**
 * The day/month order a page uses, from all its dates: a date whose first number is over 12
 * says DMY, one whose second is over 12 says MDY (the more frequent wins, so one odd cell does
 * not overrule a column); year-first dates (2026/03/15) say YMD when nothing else does. Else
 * the page's language (fr/de/es/it, en-GB → DMY; en, en-US → MDY); null without one.
 */
export function detectDateOrder(samples: readonly string[], lang?: string): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  let ymd = 0;
  for (const s of samples) {
    const m = NUMERIC_DATE.exec(clean(s));
    if (!m) continue;
    if (m[1]!.length === 4) {
      ymd++;
      continue;
    }
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy > mdy) return 'DMY';
  if (mdy > dmy) return 'MDY';
  if (lang) return orderForLang(lang);
  return ymd > 0 ? 'YMD' : null;
}

/** Amount shapes that can only be read one way, with the decimal separator they show. */
const UNAMBIGUOUS: ReadonlyArray<readonly [RegExp, ',' | '.']> = [
  [/\d\.\d{3},\d/, ','], // 1.234,56
  [/\d[ '’]\d{3},\d/, ','], // 1 234,56
  [/\d{1,3}(?:\.\d{3}){2,}(?![\d,.])/, ','], // 1.234.567: a repeated group separator
  [/(?<![\d.,])\d+,\d{1,2}(?![\d.,])/, ','], // 12,5 and 12,50
  [/\d,\d{3}\.\d/, '.'], // 1,234.56
  [/\d[ '’]\d{3}\.\d/, '.'], // 1'234.50, 1 234.50
  [/\d{1,3}(?:,\d{3}){2,}(?![\d,.])/, '.'], // 1,234,567
  [/(?<![\d.,])\d+\.\d{1,2}(?![\d.,])/, '.'], // 12.5 and 12.50
];

/**
 * The decimal separator of a page's amounts, from those that can be read only one way
 * (`1 234,56`, `1.234,56`, `12,50` say comma; `1,234.56`, `1'234.50`, `12.50` say point), the
 * more frequent winning. Else the page's language; null without one. `1,234` alone says nothing.
 */
export function detectDecimalSeparator(samples: readonly string[], lang?: string): ',' | '.' | null {
  let comma = 0;
  let point = 0;
  for (const s of samples) {
    const t = clean(s);
    const shape = UNAMBIGUOUS.find(([re]) => re.test(t));
    if (shape?.[1] === ',') comma++;
    else if (shape?.[1] === '.') point++;
  }
  if (comma > point) return ',';
  if (point > comma) return '.';
  return decimalForLang(lang) ?? null;
}
