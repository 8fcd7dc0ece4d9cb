import type { Regime } from '../legal';

export type StatementLang = 'fr' | 'en';

const frPercent = (n: number) => `${String(n).replace('.', ',')} %`;

/** The statement's words; the late-payment mentions are those the law asks on invoices and terms. */
export const STATEMENT_WORDS = {
  fr: {
    title: 'Relevé de compte',
    number: 'Pièce',
    kind: 'Type',
    issued: 'Date',
    due: 'Échéance',
    total: 'Montant TTC',
    amountDue: 'Reste dû',
    late: 'Retard',
    invoice: 'Facture',
    creditNote: 'Avoir',
    balance: 'Solde dû',
    ofWhichOverdue: 'dont échu',
    daysLate: (n: number) => `${n} j`,
    dated: (d: string) => `Le ${d}`,
    nothingOpen: 'Aucune facture ni aucun avoir ouvert à ce jour.',
    pleasePay:
      'Sauf erreur ou omission de notre part, nous vous remercions de bien vouloir régler les sommes échues dans les meilleurs délais.',
  },
  en: {
    title: 'Statement of account',
    number: 'Document',
    kind: 'Type',
    issued: 'Date',
    due: 'Due date',
    total: 'Total',
    amountDue: 'Amount due',
    late: 'Days late',
    invoice: 'Invoice',
    creditNote: 'Credit note',
    balance: 'Balance due',
    ofWhichOverdue: 'of which overdue',
    daysLate: (n: number) => `${n} d`,
    dated: (d: string) => d,
    nothingOpen: 'No open invoice or credit note to date.',
    pleasePay: 'Unless we are mistaken, the overdue amounts remain unpaid: we would be grateful if you could settle them promptly.',
  },
} as const;

export const LATE_MENTIONS: Readonly<Record<Regime, Record<StatementLang, (ratePercent: number) => string>>> = {
  FR: {
    fr: (r) =>
      `Tout retard de paiement entraîne de plein droit, dès le lendemain de l'échéance, des pénalités de retard au taux de ${frPercent(r)} l'an (article L441-10 du Code de commerce) et une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du Code de commerce).`,
    en: (r) =>
      `Any late payment entails, from the day after the due date and without notice, late-payment penalties at ${r}% a year (French Code de commerce, art. L441-10) and a fixed recovery indemnity of €40 per invoice (art. D441-5).`,
  },
  EU: {
    fr: (r) =>
      `Conformément à la directive 2011/7/UE, tout retard de paiement entraîne des intérêts au taux de ${frPercent(r)} l'an et une indemnité forfaitaire de 40 € par facture.`,
    en: (r) =>
      `Under Directive 2011/7/EU, late payment entitles us to interest at ${r}% a year and to a fixed compensation of €40 per invoice.`,
  },
  UK: {
    fr: (r) =>
      `En application du Late Payment of Commercial Debts (Interest) Act 1998, tout retard de paiement entraîne des intérêts au taux de ${frPercent(r)} l'an et une indemnité forfaitaire de 40 £ à 100 £ par facture selon son montant.`,
    en: (r) =>
      `Under the Late Payment of Commercial Debts (Interest) Act 1998, late payment entitles us to interest at ${r}% a year and to fixed compensation of £40 to £100 per invoice, depending on its amount.`,
  },
};
