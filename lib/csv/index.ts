import Papa from 'papaparse';
import { mapHeaders } from '../capture/columns';
import type { Field } from '../capture/synonyms';
import type { Invoice } from '../core';
import { minorDigits } from '../core/minor-units';

export type CsvLanguage = 'fr' | 'en';

/** Excel opens a UTF-8 file as such only with this mark; a `sep=` line would make it ignore it. */
const BOM = '\uFEFF';

const HEADERS: Record<CsvLanguage, readonly string[]> = {
  fr: ['Numéro', 'Client', 'Date de facture', 'Échéance', 'Total TTC', 'Reste à payer', 'Devise', 'Statut', 'Type', 'Portail', 'Notes'],
  en: ['Number', 'Client', 'Invoice date', 'Due date', 'Total', 'Amount due', 'Currency', 'Status', 'Kind', 'Portal', 'Notes'],
};

/**
 * A text cell that a spreadsheet would read as a formula (CSV injection: client names come from
 * pages) gets a leading apostrophe, which Excel and LibreOffice show as plain text.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** An amount in major units, as a number the spreadsheet reads: `-1234,50` in French, `-1234.50` in English. */
function amount(minor: number, currency: string, lang: CsvLanguage): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  if (!digits) return sign + whole;
  return `${sign}${whole}${lang === 'fr' ? ',' : '.'}${abs.slice(-digits)}`;
}

const day = (date: string | undefined, lang: CsvLanguage) => (!date ? '' : lang === 'fr' ? date.split('-').reverse().join('/') : date);

/**
 * Invoices for Excel (DESIGN.md's contract). French: UTF-8 BOM, `;`, comma decimals, dd/mm/yyyy;
 * English: `,`, ISO dates. Quoting is Papa Parse's; amounts stay numbers, even negative ones.
 */
export function invoicesToCsv(invoices: readonly Invoice[], options: { lang: CsvLanguage }): string {
  const { lang } = options;
  const text = (s: string) => neutralise(s);
  const rows = invoices.map((inv) => [
    text(inv.number),
    text(inv.clientName),
    day(inv.issueDate, lang),
    day(inv.dueDate, lang),
    amount(inv.total.minor, inv.total.currency, lang),
    amount(inv.amountDue.minor, inv.amountDue.currency, lang),
    inv.total.currency,
    inv.status,
    inv.kind,
    text(inv.source.host),
    text(inv.notes),
  ]);
  const csv = Papa.unparse(
    { fields: [...HEADERS[lang]], data: rows },
    { delimiter: lang === 'fr' ? ';' : ',', newline: '\r\n', quotes: false },
  );
  return lang === 'fr' ? BOM + csv : csv;
}

export interface CsvColumn {
  index: number;
  header: string;
  /** The field the header names, through capture's synonym table; undefined when none. */
  field?: Exclude<Field, 'ignore'>;
}

/**
 * A CSV file's columns and rows, for the import's column mapping. The separator is guessed among
 * `;`, `,`, tab and `|`; a BOM is dropped; empty lines are skipped.
 */
export function readInvoiceCsv(text: string): { columns: CsvColumn[]; rows: string[][]; delimiter: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: 'greedy' });
  const [head = [], ...rows] = parsed.data;
  const { map } = mapHeaders(head.map((h) => h.trim()));
  const byIndex = new Map(Object.entries(map).map(([field, index]) => [index, field as Exclude<Field, 'ignore'>]));
  const columns = head.map((header, index) => ({ index, header: header.trim(), ...(byIndex.has(index) && { field: byIndex.get(index) }) }));
  return { columns, rows, delimiter: parsed.meta.delimiter };
}
