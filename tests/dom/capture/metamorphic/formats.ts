import { fieldOfHeader } from '../../../../lib/capture/columns';
import { fold } from '../../../../lib/parse';
import { monthOf } from '../../../../lib/parse/months';
import { headerCells, readTextNodes, type PageFacts, type Rng, type Transform } from './dom';

/**
 * Transforms of how values are written, within the page's language: dates in another of the
 * language's usual formats, amounts in another of its usual styles, a column header as another
 * word for the same field. Every date or amount of the page is rewritten alike, as a portal's
 * locale setting would.
 */

type Ymd = [year: number, month: number, day: number];
const pad = (n: number) => String(n).padStart(2, '0');
const iso = ([y, m, d]: Ymd) => `${y}-${pad(m)}-${pad(d)}`;

const MONTH_NAMES: Record<string, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

type DateFormat = (d: Ymd) => string;
/** The date formats a language's pages use; English ones follow the page's own day/month order. */
function dateFormats(lang: string, monthFirst: boolean): Record<string, DateFormat> {
  const named = MONTH_NAMES[lang];
  const formats: Record<string, DateFormat> = { iso };
  if (lang === 'en') {
    formats.written = monthFirst ? ([y, m, d]) => `${named![m - 1]} ${d}, ${y}` : ([y, m, d]) => `${d} ${named![m - 1]} ${y}`;
  } else if (lang === 'de') {
    formats.numeric = ([y, m, d]) => `${pad(d)}.${pad(m)}.${y}`;
    formats.written = ([y, m, d]) => `${d}. ${named![m - 1]} ${y}`;
  } else {
    formats.numeric = ([y, m, d]) => `${pad(d)}/${pad(m)}/${y}`;
    if (named) formats.written = ([y, m, d]) => `${d} ${named[m - 1]} ${y}`;
  }
  return formats;
}

const NUMERIC = /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d/.-]?\d)/g;
const ISO = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d/.-]?\d)/g;
const DAY_MONTH = /(?<![\p{L}\d])(\d{1,2})(?:er)?\.?\s+(\p{L}{3,12})\.?,?\s+(\d{4})(?!\d)/gu;
const MONTH_DAY = /(?<![\p{L}\d])(\p{L}{3,12})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/gu;

const valid = ([y, m, d]: Ymd) => m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990 && y <= 2100;

/** Every date a text holds, with where it is and what it is (numeric ones read in `order`). */
function datesIn(text: string, monthFirst: boolean): { at: number; text: string; date: Ymd; kind: string }[] {
  const out: { at: number; text: string; date: Ymd; kind: string }[] = [];
  for (const m of text.matchAll(ISO)) out.push({ at: m.index, text: m[0], date: [+m[1]!, +m[2]!, +m[3]!], kind: 'iso' });
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b] = [+m[1]!, +m[3]!];
    out.push({ at: m.index, text: m[0], date: monthFirst ? [+m[4]!, a, b] : [+m[4]!, b, a], kind: 'numeric' });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthOf(fold(m[2]!));
    if (month) out.push({ at: m.index, text: m[0], date: [+m[3]!, month, +m[1]!], kind: 'written' });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthOf(fold(m[1]!));
    if (month) out.push({ at: m.index, text: m[0], date: [+m[3]!, month, +m[2]!], kind: 'written' });
  }
  return out.filter((d) => valid(d.date)).sort((x, y) => x.at - y.at);
}

/** Whether the page writes numeric dates month first: the order in which its numeric dates are the ones capture read. */
function pageMonthFirst(nodes: readonly Text[], facts: PageFacts): boolean {
  const known = new Set(facts.invoices.flatMap((i) => [i.issueDate, i.dueDate]).filter(Boolean));
  let dmy = 0;
  let mdy = 0;
  for (const node of nodes) {
    for (const d of datesIn(node.nodeValue!, false)) if (d.kind === 'numeric' && known.has(iso(d.date))) dmy++;
    for (const d of datesIn(node.nodeValue!, true)) if (d.kind === 'numeric' && known.has(iso(d.date))) mdy++;
  }
  return mdy === dmy ? facts.lang === 'en' && !/^en-(gb|au|nz|ie|in)/i.test(facts.locale) : mdy > dmy;
}

/** Every date of the page in one other format of its language (dd/mm/yyyy ↔ d MMMM yyyy ↔ ISO). */
const reformatDates: Transform = {
  name: 'reformat-dates',
  apply(doc, rng, facts) {
    const nodes = readTextNodes(doc);
    const monthFirst = pageMonthFirst(nodes, facts);
    const formats = dateFormats(facts.lang, monthFirst);
    const known = new Set(facts.invoices.flatMap((i) => [i.issueDate, i.dueDate]).filter(Boolean));
    const found = nodes.map((n) => [n, datesIn(n.nodeValue!, monthFirst)] as const).filter(([, ds]) => ds.length);
    // Only a page whose dates capture read is rewritten: elsewhere the order of its dates is a guess.
    const shown = found.flatMap(([, ds]) => ds);
    const read = shown.filter((d) => known.has(iso(d.date)));
    if (!read.length) return 0;
    const kinds = new Set(read.map((d) => d.kind));
    const targets = Object.keys(formats).filter((k) => !kinds.has(k) || kinds.size > 1);
    if (!targets.length) return 0;
    const format = formats[rng.pick(targets)]!;
    for (const [node, dates] of found) {
      let text = node.nodeValue!;
      for (const d of [...dates].reverse()) text = text.slice(0, d.at) + format(d.date) + text.slice(d.at + d.text.length);
      node.nodeValue = text;
    }
    return shown.length;
  },
};

const MARKS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', EUR: 'EUR', USD: 'USD', GBP: 'GBP', CHF: 'CHF' };
const SYMBOL: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };
const MARK = '(€|\\$|£|EUR|USD|GBP|CHF)';
const amountRe = (decimal: ',' | '.') => {
  const group = decimal === ',' ? "[ \\u00a0\\u202f.']" : "[,\\u00a0\\u202f ']";
  const d = decimal === ',' ? ',' : '\\.';
  return new RegExp(
    `(?:(?<!\\p{L})${MARK}\\s?)?(?<![\\d.,])(\\d{1,3}(?:${group}\\d{3})+${d}\\d{2}|\\d+${d}\\d{2})(?![\\d]|[.,]\\d)(?:\\s?${MARK}(?![A-Za-z]))?`,
    'gu',
  );
};
const valueOf = (digits: string, decimal: ',' | '.') =>
  Math.round(
    Number(
      digits
        .replace(/[^\d.,]/g, '')
        .replace(decimal === ',' ? /\./g : /,/g, '')
        .replace(',', '.'),
    ) * 100,
  );

/** An amount in minor units written in a style: `group` between thousands, `decimal`, the mark before or after. */
type MoneyStyle = (minor: number, mark: string | undefined) => string;
function styled(group: string, decimal: string, markAt: 'before' | 'after' | 'before-tight', code: boolean): MoneyStyle {
  return (minor, currency) => {
    const units = Math.floor(minor / 100).toString();
    const digits = `${units.replace(/\B(?=(\d{3})+$)/g, group)}${decimal}${pad(minor % 100)}`;
    if (!currency) return digits;
    const mark = code || !SYMBOL[currency] ? currency : SYMBOL[currency];
    if (markAt === 'after') return `${digits}\u00a0${mark}`;
    return markAt === 'before-tight' && mark !== currency ? `${mark}${digits}` : `${mark}\u00a0${digits}`;
  };
}
const COMMA_STYLES = [
  styled('\u202f', ',', 'after', false),
  styled('.', ',', 'after', true),
  styled('', ',', 'after', false),
  styled('\u00a0', ',', 'after', true),
];
const DOT_STYLES = [styled(',', '.', 'before-tight', false), styled(',', '.', 'before', true), styled(',', '.', 'after', true)];

/** The page's decimal mark: the one under which the amounts it shows are the ones capture read. */
function pageDecimal(text: string, facts: PageFacts): ',' | '.' | undefined {
  const known = new Set(
    facts.invoices
      .flatMap((i) => [i.total?.minor, i.amountDue?.minor])
      .filter((m) => m !== undefined && m !== 0)
      .map((m) => Math.abs(m!)),
  );
  const hits = (decimal: ',' | '.') => [...text.matchAll(amountRe(decimal))].filter((m) => known.has(valueOf(m[2]!, decimal))).length;
  const [comma, dot] = [hits(','), hits('.')];
  return comma + dot === 0 ? undefined : comma >= dot ? ',' : '.';
}

/** Every amount of the page in another style of its decimal mark (`1 234,50 €` ↔ `1.234,50 EUR`; `€1,234.50` ↔ `EUR 1,234.50`). */
const reformatMoney: Transform = {
  name: 'reformat-money',
  apply(doc, rng, facts) {
    const nodes = readTextNodes(doc);
    const decimal = pageDecimal(nodes.map((n) => n.nodeValue).join('\n'), facts);
    if (!decimal) return 0;
    const style = rng.pick(decimal === ',' ? COMMA_STYLES : DOT_STYLES);
    // A dollar is the currency of the invoice whose amount it is (a page may show several), else the page's.
    const amounts = facts.invoices.flatMap((i) => [i.total, i.amountDue]).filter((m) => m !== undefined);
    const dollar = (minor: number) => (amounts.find((m) => Math.abs(m.minor) === minor) ?? amounts[0])?.currency;
    const known = new Set(
      facts.invoices
        .flatMap((i) => [i.total?.minor, i.amountDue?.minor])
        .filter((m) => m !== undefined)
        .map((m) => Math.abs(m!)),
    );
    let n = 0;
    for (const node of nodes) {
      const whole = node.nodeValue!.trim();
      node.nodeValue = node.nodeValue!.replace(
        amountRe(decimal),
        (all, before: string | undefined, digits: string, after: string | undefined) => {
          const minor = valueOf(digits, decimal);
          // A figure inside a sentence is rewritten when it is an invoice's amount: "2 150,00" there may be a quantity and a price.
          if (all.trim() !== whole.replace(/^[-−(]|\)$/g, '').trim() && !known.has(minor)) return all;
          const mark = before ?? after;
          const currency = mark ? (mark === '$' ? (dollar(minor) ?? 'USD') : MARKS[mark]) : undefined;
          n++;
          return style(minor, currency);
        },
      );
    }
    return n;
  },
};

/** Header words per language and field, each one capture's synonyms map to that field (checked when used). */
const HEADERS: Record<string, Partial<Record<string, string[]>>> = {
  fr: {
    number: ['N° facture', 'Numéro', 'Référence'],
    client: ['Client', 'Tiers'],
    dueDate: ['Échéance', "Date d'échéance"],
    total: ['Montant TTC', 'Total TTC'],
    amountDue: ['Reste à payer', 'Reste dû'],
    status: ['Statut', 'État'],
  },
  en: {
    number: ['Invoice #', 'Invoice No.', 'Number'],
    client: ['Customer', 'Client'],
    issueDate: ['Invoice date', 'Issue date'],
    dueDate: ['Due date', 'Payment due'],
    amountDue: ['Amount due', 'Balance due', 'Outstanding'],
    status: ['Status', 'State'],
  },
  de: {
    number: ['Rechnungsnr.', 'Rechnungsnummer'],
    client: ['Kunde', 'Kundenname'],
    issueDate: ['Rechnungsdatum', 'Datum'],
    dueDate: ['Fällig am', 'Fälligkeitsdatum'],
    amountDue: ['Offener Betrag', 'Restbetrag'],
    status: ['Status', 'Zustand'],
  },
};

/** One or more column headers replaced by another word the language uses for the same field. */
const headerSynonyms: Transform = {
  name: 'header-synonyms',
  apply(doc, rng, facts) {
    const words = HEADERS[facts.lang];
    if (!words) return 0;
    const used = new Set(headerCells(doc).map((c) => fold(c.textContent ?? '').trim()));
    const swappable = headerCells(doc).flatMap((cell) => {
      const field = fieldOfHeader(cell.textContent ?? '');
      const others = (field && words[field]?.filter((w) => fieldOfHeader(w) === field && !used.has(fold(w)))) || [];
      // A header that also names the currency or a unit ("Montant (€)") says more than its field: it stays.
      const plain = !/[()€$£%]/.test(cell.textContent ?? '') && !cell.querySelector('input, select, button');
      return others.length && plain ? [{ cell, others }] : [];
    });
    const chosen = rng.some(swappable);
    for (const { cell, others } of chosen) replaceText(cell, rng.pick(others), rng);
    return chosen.length;
  },
};

/** A header cell's words replaced, its markup (sort icons, links) kept: the first text that is words takes the new ones. */
function replaceText(cell: Element, words: string, _rng: Rng): void {
  const texts = readTextNodesIn(cell);
  if (!texts.length) return;
  texts[0]!.nodeValue = words;
  for (const t of texts.slice(1)) t.nodeValue = '';
}

function readTextNodesIn(el: Element): Text[] {
  const out: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  while (walker.nextNode()) if (walker.currentNode.nodeValue?.trim()) out.push(walker.currentNode as Text);
  return out;
}

export const FORMATS: readonly Transform[] = [reformatDates, reformatMoney, headerSynonyms];
