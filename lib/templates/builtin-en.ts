import type { Template } from '../core';

const WHAT = `{{#if multiple}}the invoices below, totalling {{money totals.amountDue}}{{else}}invoice {{invoice.number}}{{#if invoice.issueDate}} of {{date invoice.issueDate}}{{/if}} for {{money invoice.amountDue}}, due on {{date invoice.dueDate}}{{/if}}`;
const TABLE = `{{#if multiple}}{{invoiceTable invoices}}{{/if}}`;
/** How to pay (IBAN/BIC, cheque, link): shared with the settings' preview and the customer statement. */
export const PAY = `{{#if (or company.iban company.chequePayee)}}<p>You can pay {{#if company.iban}}by bank transfer to IBAN {{company.iban}}{{#if company.bic}} (BIC {{company.bic}}){{/if}}{{#if company.chequePayee}} or {{/if}}{{/if}}{{#if company.chequePayee}}by cheque payable to {{company.chequePayee}}{{#if company.chequeAddress}}, sent to {{company.chequeAddress}}{{/if}}{{/if}}, quoting {{#if multiple}}the invoice numbers{{else}}the invoice number{{/if}}.</p>{{/if}}{{#if company.paymentLinkPattern}}<p>Or pay online: <a href="{{paymentLink company.paymentLinkPattern invoice}}">{{paymentLink company.paymentLinkPattern invoice}}</a></p>{{/if}}`;
// Said only when the file really goes with the message (the picker's "Attach the invoice").
const ATTACHED = `{{#if attachment}}<p>Please find {{#if multiple}}the invoices{{else}}the invoice{{/if}} attached.</p>{{/if}}`;
// No empty paragraph when the company has not been set up yet: it would be a blank line in the e-mail.
const SIGN = `<p>Kind regards,</p>{{#if company.signature}}<p>{{company.signature}}</p>{{else}}{{#if company.name}}<p>{{company.name}}</p>{{/if}}{{/if}}`;
const HELLO = `<p>Hello,</p>`;
const IGNORE = `<p>If you have paid in the meantime, please disregard this message.</p>`;
const CHARGES = `<p>Under {{legal.basis}}, late payment entitles us to interest at {{percent legal.ratePercent}} a year, {{money totals.interest}} to date, and to a fixed compensation for recovery costs of {{money totals.indemnity}}.</p>`;
const SUBJECT_LATE = `{{#if multiple}}{{invoices.length}} invoices awaiting payment{{else}}Invoice {{invoice.number}} awaiting payment{{/if}}{{#if company.name}} – {{company.name}}{{/if}}`;

export const BUILTIN_EN: Omit<Template, 'builtin' | 'multi'>[] = [
  {
    id: 'en-courtesy',
    stage: 'courtesy',
    language: 'en',
    name: 'Courtesy note (before the due date)',
    subject: `{{#if multiple}}Upcoming due dates{{else}}Invoice {{invoice.number}} falls due on {{date invoice.dueDate}}{{/if}}{{#if company.name}} – {{company.name}}{{/if}}`,
    body: `${HELLO}<p>Just a note that ${WHAT} falls due {{#if multiple}}soon{{else}}on {{date invoice.dueDate}}{{/if}}.</p>${TABLE}${ATTACHED}${PAY}<p>If the payment is already scheduled, please disregard this message.</p>${SIGN}`,
  },
  {
    id: 'en-reminder1-gentle',
    stage: 'reminder1',
    language: 'en',
    tone: 'gentle',
    name: 'First reminder (friendly)',
    subject: SUBJECT_LATE,
    body: `${HELLO}<p>I hope all is well. Unless we have made a mistake, ${WHAT} does not seem to have been paid yet; it has probably just slipped through.</p>${TABLE}${ATTACHED}${PAY}${IGNORE}<p>If anything about this invoice is a problem, just let me know and we will sort it out together.</p>${SIGN}`,
  },
  {
    id: 'en-reminder1-standard',
    stage: 'reminder1',
    language: 'en',
    tone: 'standard',
    name: 'First reminder',
    subject: SUBJECT_LATE,
    body: `${HELLO}<p>Unless we are mistaken, ${WHAT} is still unpaid{{#unless multiple}} ({{invoice.daysLate}} days overdue){{/unless}}.</p>${TABLE}${ATTACHED}<p>We would be grateful if you could arrange payment at your earliest convenience.</p>${PAY}${IGNORE}<p>If there is any difficulty or question about this invoice, please get in touch.</p>${SIGN}`,
  },
  {
    id: 'en-reminder1-firm',
    stage: 'reminder1',
    language: 'en',
    tone: 'firm',
    name: 'First reminder (firm)',
    subject: `Reminder: ${SUBJECT_LATE}`,
    body: `${HELLO}<p>Unless we are mistaken, ${WHAT} was not paid when due.</p>${TABLE}${ATTACHED}<p>Please make the payment by {{date deadline}}.</p>${PAY}${IGNORE}${SIGN}`,
  },
  ...(['gentle', 'standard', 'firm'] as const).map((tone) => ({
    id: `en-reminder2-${tone}`,
    stage: 'reminder2' as const,
    language: 'en' as const,
    tone,
    name: `Second reminder${tone === 'standard' ? '' : tone === 'gentle' ? ' (friendly)' : ' (firm)'}`,
    subject: `Second reminder – ${SUBJECT_LATE}`,
    body: `${HELLO}<p>${tone === 'gentle' ? 'I am coming back to you because, ' : ''}{{#if previousReminder}}despite our reminder of {{date previousReminder.date}}, {{else}}despite our previous reminder, {{/if}}${WHAT} is still unpaid.</p>${TABLE}${ATTACHED}${CHARGES}<p>${
      tone === 'firm'
        ? 'Unless we receive payment by {{date deadline}}, we will have to suspend our services and begin recovery proceedings.'
        : 'Please settle the balance by {{date deadline}}; otherwise we may have to suspend our services.'
    }</p>${PAY}${IGNORE}<p>If you are facing a difficulty, contact us now and we can agree a payment plan.</p>${SIGN}`,
  })),
  {
    id: 'en-formal-notice',
    stage: 'formal-notice',
    language: 'en',
    name: 'Formal notice (letter before action)',
    subject: `Formal notice to pay{{#if company.name}} – {{company.name}}{{/if}}`,
    body: `<div style="font-family:Georgia,serif;max-width:680px">
{{#if company.name}}<p>{{company.name}}{{#if company.address}}<br>{{company.address}}{{/if}}</p>{{/if}}
<p style="text-align:right">{{client.name}}</p>
<p style="text-align:right">{{date today}}</p>
<p><strong>Sent by recorded delivery</strong></p>
<p><strong>Formal notice to pay (mise en demeure)</strong></p>
<p>Dear Sir or Madam,</p>
<p>{{#if previousReminder}}Despite our reminders, the latest on {{date previousReminder.date}}, {{else}}Despite our reminders, {{/if}}${WHAT} remains unpaid.</p>
{{invoiceTable invoices}}
<p>We hereby give you formal notice to pay {{money totals.amountDue}}, together with late-payment interest at {{percent legal.ratePercent}} a year ({{money totals.interest}} to date) and the fixed compensation for recovery costs ({{money totals.indemnity}}) under {{legal.basis}}, that is {{money totals.withCharges}}, by {{date deadline}} at the latest.</p>
<p>Failing payment within that time, we will apply to the competent court for a payment order without further notice.</p>
${PAY}
<p>Yours faithfully,</p>
{{#if company.signature}}<p>{{company.signature}}</p>{{else}}{{#if company.name}}<p>{{company.name}}</p>{{/if}}{{/if}}
</div>`,
  },
  {
    id: 'en-thank-you',
    stage: 'thank-you',
    language: 'en',
    name: 'Thank-you after payment',
    subject: `Thank you for your payment{{#if company.name}} – {{company.name}}{{/if}}`,
    body: `${HELLO}<p>We have received payment of {{#if multiple}}your invoices {{#each invoices}}{{number}}{{#unless @last}}, {{/unless}}{{/each}}{{else}}invoice {{invoice.number}}{{/if}}. Thank you very much!</p><p>We look forward to continuing to work with you.</p>${SIGN}`,
  },
  {
    id: 'en-call',
    stage: 'call',
    language: 'en',
    name: 'Call script',
    subject: `Call – {{client.name}} – {{money totals.amountDue}}`,
    body: `<p><strong>Goal:</strong> find out whether ${WHAT} is a problem, and get a payment date.</p>${TABLE}
<ol><li>"Hello, this is {{company.name}}. I'm calling about {{#if multiple}}our invoices{{else}}our invoice {{invoice.number}}{{/if}}, which recently fell due. Did you receive {{#if multiple}}them{{else}}it{{/if}}?"</li>
<li>"Is anything holding it up on your side?"</li>
<li>"When can we expect the payment?" (write the date down: it is a promise to pay)</li></ol>
<p><strong>Common objections:</strong></p>
<ul><li>"We never received it" → offer to e-mail it right away and confirm the address.</li>
<li>"It's waiting for approval" → ask who approves it and by when; offer to call back then.</li>
<li>"Cash is tight" → offer a written payment plan rather than silence.</li>
<li>"There's a mistake on the invoice" → note exactly what is disputed; the invoice is on hold until it is settled.</li>
<li>"We've already paid" → ask for the date and reference of the transfer, and check.</li></ul>`,
  },
];
