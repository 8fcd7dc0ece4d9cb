import {
  FIELD_SYNONYMS,
  FOREIGN_CAPTION_WORDS,
  FOREIGN_TABLE_HEADERS,
  INVOICE_CAPTION_WORDS,
  STATEMENT_CAPTION_WORDS,
  type Field,
} from './synonyms';
import { headerKey } from './text';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (w: string) => new RegExp(`(?:^|[^a-z0-9])${escape(w)}(?![a-z0-9])`);
const SYNONYMS = FIELD_SYNONYMS.flatMap(([field, words]) => words.map((w) => ({ field, word: w, re: wordRe(w) }))).map((s, order) => ({
  ...s,
  order,
}));
type Synonym = (typeof SYNONYMS)[number];
/**
 * Synonyms by their first run of letters and digits: a synonym matches only where the header has
 * that very run (the pattern starts at a word's start, and the run ends where the synonym's next
 * character, or its end, says), so a header is tested against the synonyms of its own runs alone.
 * Those that start with a sign are tested against every header.
 */
const BY_FIRST_RUN = new Map<string, Synonym[]>();
const FROM_A_SIGN: Synonym[] = [];
for (const s of SYNONYMS) {
  const run = /^[a-z0-9]+/.exec(s.word)?.[0];
  if (!run) FROM_A_SIGN.push(s);
  else if (BY_FIRST_RUN.has(run)) BY_FIRST_RUN.get(run)!.push(s);
  else BY_FIRST_RUN.set(run, [s]);
}
/** The synonyms a header may contain, in the table's order (which breaks ties between equal matches); exported for its test. */
export function synonymsFor(key: string): Synonym[] {
  const out = [...FROM_A_SIGN];
  for (const run of new Set(key.match(/[a-z0-9]+/g))) {
    const list = BY_FIRST_RUN.get(run);
    if (list) out.push(...list);
  }
  return out.sort((a, b) => a.order - b.order);
}
/** A word as a pattern and as a plain substring: the substring test rules most words out at a fraction of the cost. */
const words = (list: readonly string[], re: (w: string) => RegExp) => list.map((word) => ({ word, re: re(word) }));
const hasWord = (key: string, list: readonly { word: string; re: RegExp }[]) => list.some((w) => key.includes(w.word) && w.re.test(key));
const FOREIGN = words(FOREIGN_TABLE_HEADERS, wordRe);
// Captions may end in a counter glued to the word ("Customer draft invoices2": a badge's text).
const captionRe = (w: string) => new RegExp(`(?:^|[^a-z0-9])${escape(w)}(?![a-z])`);
const INVOICE_WORDS = words(INVOICE_CAPTION_WORDS, captionRe);
const FOREIGN_CAPTION = words(FOREIGN_CAPTION_WORDS, captionRe);
const STATEMENT = words(STATEMENT_CAPTION_WORDS, captionRe);

/** The field a header names, by its longest matching synonym, or undefined. */
export function fieldOfHeader(text: string): Field | undefined {
  const key = headerKey(text);
  // A sentence ("Les 3 dernières factures clients modifiées") is a caption, not a column header.
  if (!key || key.length > 60 || key.split(' ').length > 5) return undefined;
  let best: { field: Field; length: number; exact: boolean; word: string } | undefined;
  for (const s of synonymsFor(key)) {
    const exact = key === s.word;
    if (!exact && !(key.includes(s.word) && s.re.test(key))) continue;
    if (!best || (exact && !best.exact) || (exact === best.exact && s.word.length > best.length))
      best = { field: s.field, length: s.word.length, exact, word: s.word };
  }
  if (best?.field === 'total' && !best.exact && GENERIC_AMOUNT.has(best.word)) return qualifiedAmount(key) ?? best.field;
  return best?.field;
}

/** Words that only say "an amount": what qualifies them (net, tax, paid, still due) says which. */
const GENERIC_AMOUNT = new Set([
  'total',
  'amount',
  'total amount',
  'montant',
  'montant total',
  'betrag',
  'gesamtbetrag',
  'summe',
  'importe',
  'importe total',
  'valor',
  'price',
  'prix',
  'preis',
  'precio',
  'importo',
  'totale',
]);
/** A label that says only "an amount" ("Importo", "Montant", "Total"), which a label naming the total outranks. */
export const isGenericAmount = (label: string): boolean => GENERIC_AMOUNT.has(headerKey(label));
const GROSS = /(?:^|[^a-z])(?:incl|inc|inkl|ttc|brutto|gross|con iva)(?![a-z])/;
const NET = /(?:^|[^a-z])(?:excl|ex|hors|ht|net|netto|ohne|sin iva|neto)(?![a-z])/;
const QUALIFIERS = SYNONYMS.filter((s) => s.field === 'amountDue' || s.field === 'paid' || s.field === 'tax');

/**
 * "Betrag (netto)", "Total payé", "Montant (excl. VAT)": a generic amount word with a qualifier is
 * the qualified amount. Gross words keep the total ("Total (incl. tax)").
 */
function qualifiedAmount(key: string): Field | undefined {
  if (GROSS.test(key)) return 'total';
  if (NET.test(key)) return 'totalExcl';
  return QUALIFIERS.find((s) => key.includes(s.word) && s.re.test(key))?.field;
}

const LABELS = new Map(SYNONYMS.map((s) => [s.word, s.field]));

/** The field a text names when it is nothing but a field's label ("Client", "Numéro", "Total TTC"): a label, not a value. */
export function labelField(text: string): Field | undefined {
  if (text.length > 40 || /\d/.test(text)) return undefined;
  return LABELS.get(headerKey(text));
}

export function isForeignHeader(text: string): boolean {
  const key = headerKey(text);
  return hasWord(key, FOREIGN);
}

/** "Unpaid customer invoices", "Factures clients brouillons": a caption about our invoices. */
export function namesInvoices(text: string): boolean {
  const key = headerKey(text);
  return hasWord(key, INVOICE_WORDS);
}

/** "Factures fournisseurs", "Bills", "Notes de frais": money the user owes. */
export function isForeignCaption(text: string): boolean {
  const key = headerKey(text);
  return hasWord(key, FOREIGN_CAPTION);
}

/** "Relevé de compte", "Kontoauszug": a bank's statement, unless its lines fall due (a customer's statement of account). */
export const isBankStatement = (text: string, fallDue: boolean): boolean => !fallDue && hasWord(headerKey(text), STATEMENT);

export type ColumnMap = Partial<Record<Exclude<Field, 'ignore'>, number>>;

/** One header cell, at the column where it starts. */
export interface HeaderCell {
  text: string;
  span: number;
}

export interface HeaderMapping {
  map: ColumnMap;
  /** A header names supplier, product, line-item or payment columns. */
  foreign: boolean;
  /** Header cells that name a field (or a column to ignore). */
  matched: number;
  /** Texts of spanning cells that title the table rather than a column ("Unpaid customer invoices"). */
  captions: string[];
  /** Per column: true when a header cell with text covers it, so its content says nothing new. */
  named: boolean[];
  /** Per column: the header text that starts there. */
  texts: (string | undefined)[];
  /**
   * Fields a header names two to a column ("Client / Invoice Number", "Amount / Status"): the
   * column's cells show them one above the other, each field its line (part) of the cell.
   */
  stacked: Partial<Record<Field, number>>;
}

/** "Client / Invoice Number": the fields a header names one per segment, when every segment names one. */
export function stackedFields(text: string): Field[] | undefined {
  const segments = text.split(/\s+\/\s+/);
  if (segments.length < 2 || segments.length > 3) return undefined;
  const fields = segments.map((t) => fieldOfHeader(t));
  return fields.every((f) => f && f !== 'ignore') ? (fields as Field[]) : undefined;
}

/**
 * Maps a header row (cells indexed by starting column, undefined under a span) to fields. The
 * first column to claim a field keeps it. A cell spanning several columns that speaks of invoices
 * is a caption: its columns stay unnamed, for their content to tell what they hold.
 */
export function mapHeaderCells(cells: readonly (HeaderCell | undefined)[]): HeaderMapping {
  const result: HeaderMapping = {
    map: {},
    foreign: false,
    matched: 0,
    captions: [],
    named: cells.map(() => false),
    texts: cells.map((c) => c?.text),
    stacked: {},
  };
  let genericTotal = false;
  cells.forEach((cell, i) => {
    if (!cell || !cell.text) return;
    if (isForeignHeader(cell.text)) result.foreign = true;
    if (cell.span > 1 && namesInvoices(cell.text)) {
      result.captions.push(cell.text);
      return;
    }
    for (let c = i; c < Math.min(cells.length, i + cell.span); c++) result.named[c] = true;
    const stack = stackedFields(cell.text);
    if (stack) {
      result.matched++;
      stack.forEach((f, part) => {
        if (result.map[f as keyof ColumnMap] !== undefined) return;
        result.map[f as keyof ColumnMap] = i;
        result.stacked[f] = part;
      });
      return;
    }
    const field = fieldOfHeader(cell.text);
    if (!field) return;
    result.matched++;
    const generic = field === 'total' && GENERIC_AMOUNT.has(headerKey(cell.text));
    // "Montant | TVA | Total TTC": the total incl. tax named after a plain amount; the plain one is the net.
    if (field === 'total' && genericTotal && !generic) {
      if (result.map.totalExcl === undefined) result.map.totalExcl = result.map.total;
      result.map.total = i;
      genericTotal = false;
    }
    if (field !== 'ignore' && result.map[field] === undefined) {
      result.map[field] = i;
      if (generic) genericTotal = true;
    }
  });
  return result;
}

/** Header texts of one-column cells: the simple case, for callers without spans. */
export function mapHeaders(headers: readonly string[]): HeaderMapping {
  return mapHeaderCells(headers.map((text) => ({ text, span: 1 })));
}
