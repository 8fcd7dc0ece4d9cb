import type { Money } from '../core/minor-units';

export type EInvoiceFormat = 'factur-x' | 'zugferd-1' | 'cii' | 'ubl';

/** What an e-invoice says, in EN 16931 terms (DESIGN.md: readEInvoice). */
export interface EInvoice {
  format: EInvoiceFormat;
  /** BT-1 */
  number: string;
  /** From BT-3 (UBL: also the CreditNote root). */
  kind: 'invoice' | 'credit-note';
  /** BT-2, `YYYY-MM-DD` */
  issueDate: string;
  /**
   * BT-9 when the file has it (whatever its terms text says); else the net date of the payment
   * terms (BT-20; when it is absent or states no date, the notes that hold terms), where a stated
   * date wins over a count.
   */
  dueDate?: string;
  dueDateFrom?: 'document' | 'terms';
  /** BT-112; negative for a credit note. */
  total: Money;
  /** BT-115; negative for a credit note. */
  amountDue: Money;
  /** BT-44 */
  clientName: string;
  /** BT-58, else BT-49 when its scheme is `EM`. */
  clientEmail?: string;
  /** BT-84, when it is a valid IBAN. */
  iban?: string;
  /** BT-20, else the note lines the due date was read from. */
  paymentTerms?: string;
  /** BT-27 */
  sellerName?: string;
}

/** Larger files are refused before any parsing: an e-invoice is a few kB, its PDF a few hundred. */
export const MAX_EINVOICE_BYTES = 10 * 1024 * 1024;
