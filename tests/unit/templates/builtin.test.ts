import { describe, expect, it } from 'vitest';
import { defaultSettings, type Invoice, type Settings } from '../../../lib/core';
import {
  BUILTIN_TEMPLATES,
  buildTemplateData,
  builtinTemplate,
  htmlToText,
  renderEmail,
  renderTemplate,
  validateTemplate,
} from '../../../lib/templates';

const now = '2026-01-01T00:00:00.000Z';
const inv = (number: string, minor: number, dueDate: string, clientName = 'Boulangerie Dupont & Fils'): Invoice => ({
  id: `erp.example.fr:${number}`,
  number,
  clientId: 'dupont',
  clientName,
  total: { minor, currency: 'EUR' },
  amountDue: { minor, currency: 'EUR' },
  issueDate: '2026-02-01',
  dueDate,
  dueDateInferred: false,
  status: 'open',
  statusSetBy: 'capture',
  kind: 'invoice',
  source: { url: 'https://erp.example.fr/', host: 'erp.example.fr', method: 'table', seenAt: now },
  notes: '',
  unpaid: 1,
  createdAt: now,
  updatedAt: now,
});
const settings: Settings = {
  ...defaultSettings(),
  company: {
    ...defaultSettings().company,
    name: 'Atelier Lumière SARL',
    address: '12 rue des Arts, 69001 Lyon',
    iban: 'FR76 3000 6000 0112 3456 7890 189',
    bic: 'AGRIFRPP',
    paymentLinkPattern: 'https://pay.example.com/{number}?amount={amount}',
  },
};
const one = [inv('FA2603-0001', 124_000, '2026-03-01')];
const many = [inv('FA2603-0001', 124_000, '2026-03-01'), inv('FA2603-0002', 31_850, '2026-03-10')];
const history = [
  {
    id: 1,
    invoiceIds: ['erp.example.fr:FA2603-0001'],
    clientId: 'dupont',
    stage: 'reminder1' as const,
    channel: 'email' as const,
    action: 'sent' as const,
    at: '2026-03-09T09:00:00.000Z',
    date: '2026-03-09',
    to: [],
  },
];

describe('built-in templates', () => {
  it('exist for every stage, in French and English, with gentle, standard and firm reminders', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const stage of ['courtesy', 'call', 'reminder1', 'reminder2', 'formal-notice', 'thank-you'] as const)
        expect(builtinTemplate(stage, lang), `${stage} ${lang}`).toBeDefined();
      for (const tone of ['gentle', 'standard', 'firm'] as const) {
        expect(builtinTemplate('reminder1', lang, tone)?.tone).toBe(tone);
        expect(builtinTemplate('reminder2', lang, tone)?.tone).toBe(tone);
      }
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t]))(
    '%s is valid, uses only known names, and renders for one invoice and for several',
    (_id, template) => {
      expect(validateTemplate(template.subject)).toEqual({ ok: true, errors: [], warnings: [] });
      expect(validateTemplate(template.body)).toEqual({ ok: true, errors: [], warnings: [] });
      for (const invoices of [one, many]) {
        const data = buildTemplateData({
          invoices,
          settings,
          today: '2026-03-20',
          stage: template.stage,
          history,
          lang: template.language,
        });
        const mail = renderEmail(template, data);
        expect(mail.subject).not.toMatch(/\{\{|\n/);
        expect(mail.html).toContain(invoices.length > 1 ? 'FA2603-0002' : 'FA2603-0001');
        expect(mail.text).not.toMatch(/<|\n{3}/);
      }
    },
  );

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t]))(
    '%s leaves no empty paragraph for a company not set up yet, and agrees in number in French',
    (_id, template) => {
      const bare = defaultSettings();
      for (const invoices of [one, many]) {
        const mail = renderEmail(
          template,
          buildTemplateData({ invoices, settings: bare, today: '2026-03-20', stage: template.stage, history, lang: template.language }),
        );
        expect(mail.html).not.toMatch(/<p[^>]*>(\s|<br>)*<\/p>/);
        if (template.language === 'fr' && invoices.length > 1)
          expect(mail.html).not.toMatch(/factures ci-dessous[^.]*reste impayée|semble pas encore réglée|son règlement|sur cette facture/);
      }
    },
  );

  it('writes the French first reminder with the invoice details, the courtesy phrase and how to pay', () => {
    const data = buildTemplateData({ invoices: one, settings, today: '2026-03-20', stage: 'reminder1', lang: 'fr' });
    const mail = renderEmail(builtinTemplate('reminder1', 'fr')!, data);
    expect(mail.subject).toBe('Facture FA2603-0001 en attente de règlement – Atelier Lumière SARL');
    expect(mail.text).toContain(
      "Sauf erreur ou omission de notre part, la facture n° FA2603-0001 du 1 février 2026, d'un montant de 1 240,00 €, échue le 1 mars 2026 reste impayée à ce jour (19 jours de retard).",
    );
    expect(mail.text).toContain('IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP)');
    expect(mail.html).toContain('href="https://pay.example.com/FA2603-0001?amount&#x3D;1240.00"');
    expect(mail.text).toContain('merci de ne pas tenir compte de ce message');
  });

  it('cites the first reminder and the late-payment charges in the second (FR, L441-10 and D441-5)', () => {
    const data = buildTemplateData({ invoices: one, settings, today: '2026-03-20', stage: 'reminder2', history, lang: 'fr' });
    const text = renderEmail(builtinTemplate('reminder2', 'fr')!, data).text;
    expect(text).toContain('malgré notre relance du 9 mars 2026');
    expect(text).toContain("pénalités au taux de 12,15 % l'an, soit 7,84 € à ce jour");
    expect(text).toContain('40 € par facture (article D441-5), soit 40,00 €');
    expect(text).toContain('avant le 28 mars 2026');
  });

  it('puts every element of a mise en demeure in the formal notice', () => {
    const data = buildTemplateData({ invoices: many, settings, today: '2026-04-01', stage: 'formal-notice', history, lang: 'fr' });
    const text = renderEmail(builtinTemplate('formal-notice', 'fr')!, data).text;
    for (const part of [
      'Lettre recommandée avec accusé de réception',
      'mise en demeure',
      'Le 1 avril 2026',
      'dont la dernière en date du 9 mars 2026',
      'FA2603-0001 | 01/02/2026 | 01/03/2026 | 1 240,00 €',
      'au plus tard le 9 avril 2026',
      'injonction de payer',
      'L441-10 et D441-5',
      '1 558,50 €',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('escapes a hostile client name and invoice number everywhere', () => {
    const hostile = [inv('<img src=x onerror=alert(1)>', 1000, '2026-03-01', '<script>alert(1)</script>'), inv('F"2', 2000, '2026-03-02')];
    for (const t of BUILTIN_TEMPLATES) {
      const mail = renderEmail(
        t,
        buildTemplateData({ invoices: hostile, settings, today: '2026-03-20', stage: t.stage, lang: t.language }),
      );
      expect(mail.html).not.toMatch(/<img|<script/);
    }
  });
});

describe('helpers', () => {
  const data = { lang: 'fr', today: '2026-03-20' };
  it.each([
    ['{{money m}}', { m: { minor: 124_000, currency: 'EUR' } }, '1 240,00 €'],
    ['{{date d}}', { d: '2026-03-15' }, '15 mars 2026'],
    ['{{date d "short"}}', { d: '2026-03-15' }, '15/03/2026'],
    ['{{daysLate d}}', { d: '2026-03-01' }, '19'],
    ['{{daysLate d}}', { d: '2026-04-01' }, '0'],
    ['{{paymentLink p i}}', { p: 'javascript:alert({number})', i: { number: '1' } }, ''],
    ['{{paymentLink p i}}', { p: 'https://pay.example/{number}', i: { number: 'A/1 2' } }, 'https://pay.example/A%2F1%202'],
  ])('%s', (template, extra, expected) => {
    expect(renderTemplate(template, { ...data, ...extra })).toBe(expected);
  });
  it('writes English dates and money for lang=en', () => {
    expect(renderTemplate('{{date d}} {{money m}}', { lang: 'en', d: '2026-03-15', m: { minor: 124_000, currency: 'EUR' } })).toBe(
      '15 March 2026 €1,240.00',
    );
  });

  const ATTACHED = {
    fr: ['Vous trouverez la facture en pièce jointe.', 'Vous trouverez les factures en pièce jointe.'],
    en: ['Please find the invoice attached.', 'Please find the invoices attached.'],
  };
  it.each(BUILTIN_TEMPLATES.filter((t) => ['courtesy', 'reminder1', 'reminder2'].includes(t.stage)).map((t) => [t.id, t]))(
    '%s says the invoice is attached only when a file goes with it',
    (_id, template) => {
      for (const [invoices, phrase] of [
        [one, ATTACHED[template.language][0]],
        [many, ATTACHED[template.language][1]],
      ] as const) {
        const render = (attachment: boolean) =>
          renderEmail(
            template,
            buildTemplateData({
              invoices,
              settings,
              today: '2026-03-20',
              stage: template.stage,
              history,
              lang: template.language,
              attachment,
            }),
          ).text;
        expect(render(true)).toContain(phrase!);
        expect(render(false)).not.toMatch(/pièce jointe|attached/);
      }
    },
  );

  it('no other built-in template mentions an attachment, attached or not', () => {
    for (const t of BUILTIN_TEMPLATES.filter((x) => !['courtesy', 'reminder1', 'reminder2'].includes(x.stage))) {
      const text = renderEmail(
        t,
        buildTemplateData({ invoices: one, settings, today: '2026-03-20', stage: t.stage, history, lang: t.language, attachment: true }),
      ).text;
      expect(text, t.id).not.toMatch(/pièce jointe|find the invoice attached/);
    }
  });
});

describe('validateTemplate', () => {
  it('reports a syntax error with its line and column', () => {
    const check = validateTemplate('Hello\n{{#if client}}\n{{client.name}');
    expect(check.ok).toBe(false);
    expect(check.errors[0]).toMatchObject({ line: 3 });
  });
  it('flags unknown variables and helpers with their position, and accepts known ones', () => {
    const check = validateTemplate(
      '{{client.name}} {{clinet.name}}\n{{shout client.name}} {{#each invoices}}{{number}}{{/each}} {{@root.nope}}',
    );
    expect(check.ok).toBe(true);
    expect(check.warnings.map((w) => w.message)).toEqual([
      'unknown variable "clinet.name"',
      'unknown helper "shout"',
      'unknown variable "@root.nope"',
    ]);
    expect(check.warnings[1]).toMatchObject({ line: 2 });
  });
});

describe('htmlToText', () => {
  it('keeps lines, tables and links, with no stray blank lines', () => {
    expect(
      htmlToText(
        '<p>Hello &amp; welcome</p>\n\n\n<p>Line<br>two</p><table><tr><td>A</td><td>1</td></tr></table><p><a href="https://x.example/p">pay</a></p>',
      ),
    ).toBe('Hello & welcome\n\nLine\ntwo\n\nA | 1\n\npay (https://x.example/p)');
  });
});
