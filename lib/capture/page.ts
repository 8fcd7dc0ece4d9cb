import { findCurrency } from '../parse';
import { clean } from '../parse';
import { MAX_TOOLTIPS, TOOLTIP_SELECTOR } from './page-index';

export interface PageContext {
  url?: string;
  lang?: string;
  today?: string;
  /** The currency amounts without a mark are in. */
  currency?: string;
}

/** Languages of the euro area, where an amount without a mark is in euros. */
const EURO_LANGS = new Set([
  'fr',
  'de',
  'es',
  'it',
  'nl',
  'pt',
  'fi',
  'el',
  'et',
  'lv',
  'lt',
  'sk',
  'sl',
  'mt',
  'ga',
  'ca',
  'eu',
  'gl',
  'lb',
  'hr',
]);

/** English-speaking regions whose language tag says the currency as surely as a euro-area language does. */
const REGION_CURRENCY: Record<string, string> = {
  'en-gb': 'GBP',
  'en-us': 'USD',
  'en-au': 'AUD',
  'en-nz': 'NZD',
  'en-ca': 'CAD',
  'en-ie': 'EUR',
};
const NAMED_CODE =
  /\(([A-Z]{3})\)|(?:[Aa]mounts?|[Pp]rices?|[Mm]ontants?|[Bb]etr\u00e4ge)\s+(?:are\s+|sont\s+|sind\s+)?(?:in|en)\s+([A-Z]{3})(?![A-Za-z])|(?:[Cc]urrency|[Dd]evise|[Mm]onnaie|[Ww]\u00e4hrung|[Mm]oneda|[Vv]aluta)\s*:?\s*([A-Z]{3})(?![A-Za-z])/g;

/** The language given, else the root's own (`lang` on it or an ancestor), else `<html lang>`. */
export function pageLanguage(root: ParentNode, given?: string): string | undefined {
  if (given) return given;
  const holder = 'closest' in root ? (root as Element).closest('[lang]') : (root as Document).documentElement;
  const lang = holder?.getAttribute('lang')?.trim();
  return lang ? lang.slice(0, 20) : undefined;
}

/**
 * The page's currency: the mark seen most often in its text and tooltips (Dolibarr shows "€" only
 * in tooltips), else the language's when it is a euro-area one (or Swiss, British).
 */
export function pageCurrency(root: ParentNode, lang: string | undefined): string | undefined {
  const counts = new Map<string, number>();
  // A page repeats a handful of marks thousands of times: each distinct one is looked up once.
  const codeOf = new Map<string, string | null>();
  // Only marks right beside a digit count: "€12", "12 €", "EUR 12".
  const count = (text: string) => {
    for (const m of text.matchAll(/\d\s?([^\s\d.,;:()]{1,4})|([^\s\d.,;:()]{1,4})\s?\d/g)) {
      const mark = m[1] ?? m[2]!;
      let code = codeOf.get(mark);
      if (code === undefined) {
        code = findCurrency(mark)?.code ?? null;
        if (codeOf.size < 500) codeOf.set(mark, code);
      }
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  };
  const text = clean(leadingText((root as Document).body ?? (root as Node), 20_000));
  count(text);
  // A code a label names for every amount ("Amount due (USD)", "Amounts are in AUD", "Währung: EUR"): counted once, so
  // that marks beside the amounts still decide when the page shows any.
  for (const named of text.matchAll(NAMED_CODE)) {
    const code = findCurrency(named[1] ?? named[2] ?? named[3]!)?.code;
    if (code) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
      break;
    }
  }
  let n = 0;
  for (const el of root.querySelectorAll(TOOLTIP_SELECTOR)) {
    count(clean((el.getAttribute('title') ?? '').slice(0, 500)));
    if (++n >= MAX_TOOLTIPS) break;
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 2) return best[0];
  const l = (lang ?? '').toLowerCase();
  if (l.endsWith('-ch')) return 'CHF';
  const regional = REGION_CURRENCY[l];
  if (regional) return regional;
  if (EURO_LANGS.has(l.split('-')[0]!)) return 'EUR';
  return best?.[0];
}

/** The first `max` characters of a subtree's text, without building the whole string. */
function leadingText(root: Node, max: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  while (text.length < max && walker.nextNode()) {
    const parent = walker.currentNode.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') text += ` ${walker.currentNode.nodeValue}`;
  }
  return text.slice(0, max);
}
