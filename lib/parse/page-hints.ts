import { decimalForLang } from './parse-amount';
import { orderForLang, type DateOrder } from './parse-date';
import { clean } from './normalize';

/**
 * The day/month order a page uses, from all its dates: one date whose first number is over 12
 * settles DMY, one whose second is over 12 settles MDY; otherwise the page's language.
 */
export function detectDateOrder(samples: readonly string[], lang?: string): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  for (const s of samples) {
    const m = /(?<!\d)(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*\d{2,4}(?!\d)/.exec(clean(s));
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy > mdy) return 'DMY';
  if (mdy > dmy) return 'MDY';
  return lang ? orderForLang(lang) : null;
}

/**
 * The decimal separator of a page's amounts: `1 234,56` and `1.234,56` say comma, `1,234.56`
 * says point, a two-digit tail says the separator before it. Else the page's language.
 */
export function detectDecimalSeparator(samples: readonly string[], lang?: string): ',' | '.' | null {
  let comma = 0;
  let point = 0;
  for (const s of samples) {
    const t = clean(s);
    if (/\d\.\d{3},\d/.test(t) || /\d[ '’]\d{3},\d/.test(t) || /(?<![\d.,])\d+,\d{1,2}(?![\d.,])/.test(t)) comma++;
    else if (/\d,\d{3}\.\d/.test(t) || /\d[ '’]\d{3}\.\d/.test(t) || /(?<![\d.,])\d+\.\d{1,2}(?![\d.,])/.test(t)) point++;
  }
  if (comma > point) return ',';
  if (point > comma) return '.';
  return decimalForLang(lang) ?? null;
}
