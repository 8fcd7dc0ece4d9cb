import type { Template } from '../core';

// Fragments shared by the French templates (plain string composition, not partials).
const WHAT = `{{#if multiple}}les factures ci-dessous, pour un total de {{money totals.amountDue}}{{else}}la facture n° {{invoice.number}}{{#if invoice.issueDate}} du {{date invoice.issueDate}}{{/if}}, d'un montant de {{money invoice.amountDue}}, échue le {{date invoice.dueDate}}{{/if}}`;
// Agreement with one invoice or several ("la facture … reste impayée", "les factures … restent impayées").
const UNPAID = `{{#if multiple}}restent impayées{{else}}reste impayée{{/if}}`;
const THIS = `{{#if multiple}}ces factures{{else}}cette facture{{/if}}`;
const TABLE = `{{#if multiple}}{{invoiceTable invoices}}{{/if}}`;
// How to pay, as French practice writes it: "vous pouvez régler … par chèque à l'ordre de … ou par virement … (RIB)".
/** How to pay (IBAN/BIC, cheque, link): shared with the settings' preview and the customer statement. */
export const PAY = `{{#if (or company.iban company.chequePayee)}}<p>Vous pouvez régler ${THIS} {{#if company.chequePayee}}par chèque à l'ordre de {{company.chequePayee}}{{#if company.chequeAddress}}, à adresser à {{company.chequeAddress}}{{/if}}{{#if company.iban}} ou {{/if}}{{/if}}{{#if company.iban}}par virement sur notre compte (RIB) IBAN {{company.iban}}{{#if company.bic}} (BIC {{company.bic}}){{/if}}{{/if}}, en rappelant {{#if multiple}}les numéros de factures{{else}}le numéro de facture{{/if}}.</p>{{/if}}{{#if company.paymentLinkPattern}}<p>Vous pouvez aussi régler en ligne : <a href="{{paymentLink company.paymentLinkPattern invoice}}">{{paymentLink company.paymentLinkPattern invoice}}</a></p>{{/if}}`;
// Said only when the file really goes with the message (the picker's "Attach the invoice").
const ATTACHED = `{{#if attachment}}<p>Vous trouverez {{#if multiple}}les factures{{else}}la facture{{/if}} en pièce jointe.</p>{{/if}}`;
// No empty paragraph when the company has not been set up yet: it would be a blank line in the e-mail.
const SIGN = `<p>Cordialement,</p>{{#if company.signature}}<p>{{company.signature}}</p>{{else}}{{#if company.name}}<p>{{company.name}}</p>{{/if}}{{/if}}`;
const HELLO = `<p>Bonjour,</p>`;
const IGNORE = `<p>Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.</p>`;
const CHARGES = `<p>Conformément à l'article L441-10 du Code de commerce, ce retard entraîne de plein droit des pénalités au taux de {{percent legal.ratePercent}} l'an, soit {{money totals.interest}} à ce jour, ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5), soit {{money totals.indemnity}}.</p>`;

const SUBJECT_LATE = `{{#if multiple}}{{invoices.length}} factures en attente de règlement{{else}}Facture {{invoice.number}} en attente de règlement{{/if}}{{#if company.name}} – {{company.name}}{{/if}}`;

export const BUILTIN_FR: Omit<Template, 'builtin' | 'multi'>[] = [
  {
    id: 'fr-courtesy',
    stage: 'courtesy',
    language: 'fr',
    name: 'Note de courtoisie (avant échéance)',
    subject: `{{#if multiple}}Échéances à venir{{else}}Échéance de la facture {{invoice.number}} le {{date invoice.dueDate}}{{/if}}{{#if company.name}} – {{company.name}}{{/if}}`,
    body: `${HELLO}<p>Pour votre information, ${WHAT} arrive à échéance {{#if multiple}}prochainement{{else}}le {{date invoice.dueDate}}{{/if}}.</p>${TABLE}${ATTACHED}${PAY}<p>Si le règlement est déjà programmé, merci de ne pas tenir compte de ce message.</p>${SIGN}`,
  },
  {
    id: 'fr-reminder1-gentle',
    stage: 'reminder1',
    language: 'fr',
    tone: 'gentle',
    name: 'Première relance (cordiale)',
    subject: SUBJECT_LATE,
    body: `${HELLO}<p>J'espère que vous allez bien. Sauf erreur ou omission de notre part, ${WHAT} {{#if multiple}}ne semblent pas encore réglées{{else}}ne semble pas encore réglée{{/if}}. Il s'agit sans doute d'un simple oubli.</p>${TABLE}${ATTACHED}${PAY}${IGNORE}<p>Et si quelque chose vous gêne sur ${THIS}, dites-le-moi : nous trouverons une solution ensemble.</p>${SIGN}`,
  },
  {
    id: 'fr-reminder1-standard',
    stage: 'reminder1',
    language: 'fr',
    tone: 'standard',
    name: 'Première relance',
    subject: SUBJECT_LATE,
    body: `${HELLO}<p>Sauf erreur ou omission de notre part, ${WHAT} ${UNPAID} à ce jour{{#unless multiple}} ({{invoice.daysLate}} jours de retard){{/unless}}.</p>${TABLE}${ATTACHED}<p>Nous vous remercions de bien vouloir procéder à {{#if multiple}}leur{{else}}son{{/if}} règlement dans les meilleurs délais.</p>${PAY}${IGNORE}<p>En cas de difficulté ou de question sur ${THIS}, n'hésitez pas à nous contacter.</p>${SIGN}`,
  },
  {
    id: 'fr-reminder1-firm',
    stage: 'reminder1',
    language: 'fr',
    tone: 'firm',
    name: 'Première relance (ferme)',
    subject: `Relance : ${SUBJECT_LATE}`,
    body: `${HELLO}<p>Sauf erreur de notre part, ${WHAT} n'a pas été réglée à son échéance.</p>${TABLE}${ATTACHED}<p>Nous vous demandons de procéder au règlement avant le {{date deadline}}.</p>${PAY}${IGNORE}${SIGN}`,
  },
  ...(['gentle', 'standard', 'firm'] as const).map((tone) => ({
    id: `fr-reminder2-${tone}`,
    stage: 'reminder2' as const,
    language: 'fr' as const,
    tone,
    name: `Deuxième relance${tone === 'standard' ? '' : tone === 'gentle' ? ' (cordiale)' : ' (ferme)'}`,
    subject: `Deuxième relance – ${SUBJECT_LATE}`,
    body: `${HELLO}<p>${tone === 'gentle' ? 'Je me permets de revenir vers vous : ' : ''}{{#if previousReminder}}malgré notre relance du {{date previousReminder.date}}, {{else}}malgré notre précédente relance, {{/if}}${WHAT} ${UNPAID} à ce jour.</p>${TABLE}${ATTACHED}${CHARGES}<p>${
      tone === 'firm'
        ? "Sans règlement de votre part avant le {{date deadline}}, nous serons contraints de suspendre nos prestations et d'engager la procédure de recouvrement."
        : 'Nous vous demandons de bien vouloir régulariser la situation avant le {{date deadline}}, faute de quoi nous pourrions être amenés à suspendre nos prestations.'
    }</p>${PAY}${IGNORE}<p>Si vous rencontrez une difficulté, contactez-nous sans attendre pour convenir d'un échéancier.</p>${SIGN}`,
  })),
  {
    id: 'fr-formal-notice',
    stage: 'formal-notice',
    language: 'fr',
    name: 'Mise en demeure (lettre recommandée)',
    subject: `Mise en demeure de payer{{#if company.name}} – {{company.name}}{{/if}}`,
    body: `<div style="font-family:Georgia,serif;max-width:680px">
{{#if company.name}}<p>{{company.name}}{{#if company.address}}<br>{{company.address}}{{/if}}</p>{{/if}}
<p style="text-align:right">{{client.name}}</p>
<p style="text-align:right">Le {{date today}}</p>
<p><strong>Lettre recommandée avec accusé de réception</strong></p>
<p><strong>Objet : mise en demeure de payer</strong></p>
<p>Madame, Monsieur,</p>
<p>{{#if previousReminder}}Malgré nos relances, dont la dernière en date du {{date previousReminder.date}}, {{else}}Malgré nos relances, {{/if}}${WHAT} demeure impayée.</p>
{{invoiceTable invoices}}
<p>Par la présente, nous vous mettons en demeure de nous régler la somme de {{money totals.amountDue}} en principal, majorée des pénalités de retard au taux de {{percent legal.ratePercent}} l'an ({{money totals.interest}} à ce jour) et de l'indemnité forfaitaire pour frais de recouvrement ({{money totals.indemnity}}), conformément aux articles L441-10 et D441-5 du Code de commerce, soit {{money totals.withCharges}}, au plus tard le {{date deadline}}.</p>
<p>À défaut de règlement dans ce délai, nous saisirons la juridiction compétente d'une requête en injonction de payer, sans autre avis.</p>
${PAY}
<p>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
{{#if company.signature}}<p>{{company.signature}}</p>{{else}}{{#if company.name}}<p>{{company.name}}</p>{{/if}}{{/if}}
</div>`,
  },
  {
    id: 'fr-thank-you',
    stage: 'thank-you',
    language: 'fr',
    name: 'Remerciement après paiement',
    subject: `Merci pour votre règlement{{#if company.name}} – {{company.name}}{{/if}}`,
    body: `${HELLO}<p>Nous avons bien reçu le règlement de {{#if multiple}}vos factures {{#each invoices}}{{number}}{{#unless @last}}, {{/unless}}{{/each}}{{else}}la facture n° {{invoice.number}}{{/if}}. Merci beaucoup !</p><p>Nous restons à votre disposition et nous réjouissons de continuer à travailler avec vous.</p>${SIGN}`,
  },
  {
    id: 'fr-call',
    stage: 'call',
    language: 'fr',
    name: "Script d'appel",
    subject: `Appel – {{client.name}} – {{money totals.amountDue}}`,
    body: `<p><strong>Objectif :</strong> savoir si ${WHAT} pose un problème, et obtenir une date de paiement.</p>${TABLE}
<ol><li>« Bonjour, {{company.name}} à l'appareil. Je vous appelle au sujet de {{#if multiple}}nos factures{{else}}notre facture n° {{invoice.number}}{{/if}}, échue{{#if multiple}}s{{/if}} depuis peu. Avez-vous bien reçu {{#if multiple}}ces factures{{else}}cette facture{{/if}} ? »</li>
<li>« Y a-t-il un point qui bloque de votre côté ? »</li>
<li>« À quelle date pouvons-nous compter sur le règlement ? » (notez la date : c'est une promesse de paiement)</li></ol>
<p><strong>Objections fréquentes :</strong></p>
<ul><li>« Je ne l'ai pas reçue » → proposez de la renvoyer immédiatement par e-mail et confirmez l'adresse.</li>
<li>« Elle est en cours de validation » → demandez qui valide et pour quand ; proposez de rappeler à cette date.</li>
<li>« Nous avons un problème de trésorerie » → proposez un échéancier écrit plutôt qu'un silence.</li>
<li>« Il y a une erreur sur la facture » → notez précisément le point contesté ; la facture passe en litige jusqu'à résolution.</li>
<li>« C'est déjà payé » → demandez la date et la référence du virement, et vérifiez.</li></ul>`,
  },
];
