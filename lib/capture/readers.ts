import { isForeignHeader } from './columns';
import { readAsDetail } from './detail-reader';
import type { Readers } from './extract';
import { extractFromJsonLd, extractFromMicrodata } from './from-structured';
import { mergeInto } from './merge';
import { extractFromRecords, readTableRecords } from './records';
import type { Candidate } from './candidate';
import { textOf } from './text';

/**
 * A headerless table's records, one per invoice: rows that name the same number (a summary line
 * "invoice INV-321 for A$2,480.00", then its box "Invoice number | INV-321") are one invoice read
 * in parts, not a list of several.
 */
function tableRecords(...args: Parameters<typeof readTableRecords>): Candidate[] {
  if (headsLineItems(args[0])) return [];
  const byNumber = new Map<string, Candidate>();
  for (const c of readTableRecords(...args)) mergeInto(byNumber, c);
  return [...byNumber.values()];
}

/**
 * A table headed by line items' columns ("Artikel | Omschrijving | Aantal | Prijs | Bedrag") that
 * names too few invoice fields to count as a header: its rows are an invoice's lines, not records.
 */
function headsLineItems(table: Element): boolean {
  const head = table.querySelector('tr');
  if (!head || head.closest('table') !== table) return false;
  return [...head.children].some((c) => c.localName === 'th' && (c.textContent ?? '').length < 40 && isForeignHeader(textOf(c)));
}

/**
 * Every reader only some pages need (see Readers in extract.ts): what lib/capture/index.ts
 * registers, and what the readers' script (entrypoints/readers) hands the portal script.
 */
export const ALL_READERS = {
  detail: readAsDetail,
  structured: { jsonld: extractFromJsonLd, microdata: extractFromMicrodata },
  records: { page: extractFromRecords, table: tableRecords },
} satisfies Required<Readers>;
