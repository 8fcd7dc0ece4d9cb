import { readAsDetail } from './detail-reader';
import type { Readers } from './extract';
import { extractFromJsonLd, extractFromMicrodata } from './from-structured';
import { mergeInto } from './merge';
import { extractFromRecords, readTableRecords } from './records';
import type { Candidate } from './candidate';

/**
 * A headerless table's records, one per invoice: rows that name the same number (a summary line
 * "invoice INV-321 for A$2,480.00", then its box "Invoice number | INV-321") are one invoice read
 * in parts, not a list of several.
 */
function tableRecords(...args: Parameters<typeof readTableRecords>): Candidate[] {
  const byNumber = new Map<string, Candidate>();
  for (const c of readTableRecords(...args)) mergeInto(byNumber, c);
  return [...byNumber.values()];
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
