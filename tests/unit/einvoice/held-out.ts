import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readEInvoice, type EInvoice } from '../../../lib/einvoice';

/** The fields a held-out figure counts, as each round's expected.json spells them (round 1 has no `format`). */
export interface HeldOutFields {
  format?: EInvoice['format'];
  number: string;
  clientName: string;
  clientEmail: string | null;
  total: number;
  amountDue: number;
  currency: string;
  issueDate: string;
  dueDate: string | null;
  kind: EInvoice['kind'];
}
/** `refused` is the regular expression the error's message must match (case-insensitive). */
type Entry = HeldOutFields | { refused: string };

/**
 * A round of held-out files (`tests/fixtures/<folder>`, written from the standards before the
 * reader ran on them), with its expected.json: the files named `<prefix>NN-…`, how to read one,
 * the invoices expected and the files to refuse with their reason.
 */
export function heldOutRound(folder: string, prefix: string) {
  const dir = path.resolve(import.meta.dirname, '../../fixtures', folder);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Entry>;
  const named = new RegExp(`^${prefix}\\d\\d-`);
  return {
    expected,
    files: () => readdirSync(dir).filter((name) => named.test(name)),
    read: (name: string) => readEInvoice(new Uint8Array(readFileSync(path.join(dir, name))), name),
    invoices: Object.entries(expected).filter((entry): entry is [string, HeldOutFields] => !('refused' in entry[1])),
    refusals: Object.entries(expected).flatMap(([name, entry]) => ('refused' in entry ? [[name, entry.refused] as const] : [])),
  };
}

/** An invoice's counted fields; `format` only for the rounds that count it. */
export function heldOutFields(invoice: EInvoice, withFormat: boolean): HeldOutFields {
  return {
    ...(withFormat && { format: invoice.format }),
    number: invoice.number,
    clientName: invoice.clientName,
    clientEmail: invoice.clientEmail ?? null,
    total: invoice.total.minor,
    amountDue: invoice.amountDue.minor,
    currency: invoice.amountDue.currency,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate ?? null,
    kind: invoice.kind,
  };
}
