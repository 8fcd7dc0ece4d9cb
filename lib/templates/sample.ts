import type { Invoice, Settings, Stage } from '../core';
import { addDays } from '../core/calendar';
import { PAYMENT_BLOCK } from './builtin';
import { buildTemplateData } from './data';
import { renderEmail, renderTemplate, type RenderedEmail } from './email';

/** An invoice to preview with when the user has none (or before choosing one): due 20 days before `today`. */
export function sampleInvoice(today: string, lang: 'fr' | 'en'): Invoice {
  const at = `${today}T09:00:00.000Z`;
  return {
    id: 'sample:FA-0042',
    number: lang === 'fr' ? 'FA2026-0042' : 'INV-2026-0042',
    clientId: 'sample',
    clientName: lang === 'fr' ? 'Boulangerie Dupont' : 'Harbour Lights Ltd',
    total: { minor: 124_000, currency: 'EUR' },
    amountDue: { minor: 124_000, currency: 'EUR' },
    issueDate: addDays(today, -50),
    dueDate: addDays(today, -20),
    dueDateInferred: false,
    status: 'open',
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://example.com/', host: 'example.com', method: 'manual', seenAt: at },
    notes: '',
    unpaid: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** A template rendered on one invoice with the user's settings, as the reminder would read. */
export function samplePreview(
  template: { subject: string; body: string; stage: Stage; language: 'fr' | 'en' },
  settings: Settings,
  today: string,
  invoice?: Invoice,
): RenderedEmail {
  const data = buildTemplateData({
    invoices: [invoice ?? sampleInvoice(today, template.language)],
    settings,
    today,
    stage: template.stage,
    lang: template.language,
  });
  return renderEmail(template, data);
}

/** The payment block of the built-in reminders, rendered with these settings on some invoices (a sample one by default). */
export function renderPaymentBlock(settings: Settings, lang: 'fr' | 'en', today: string, invoices: readonly Invoice[] = []): string {
  const data = buildTemplateData({
    invoices: invoices.length ? invoices : [sampleInvoice(today, lang)],
    settings,
    today,
    stage: 'reminder1',
    lang,
  });
  return renderTemplate(PAYMENT_BLOCK[lang], data);
}
