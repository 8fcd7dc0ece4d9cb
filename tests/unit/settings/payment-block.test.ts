import { describe, expect, it } from 'vitest';
import { defaultSettings, type Invoice, type Settings } from '../../../lib/core';
import { BUILTIN_TEMPLATES, buildTemplateData, builtinTemplate, renderEmail } from '../../../lib/templates';

const now = '2026-01-01T00:00:00.000Z';
const inv = (number: string, minor: number): Invoice => ({
  id: `erp.example.fr:${number}`,
  number,
  clientId: 'dupont',
  clientName: 'Dupont',
  total: { minor, currency: 'EUR' },
  amountDue: { minor, currency: 'EUR' },
  issueDate: '2026-02-01',
  dueDate: '2026-03-01',
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
const company = (over: Partial<Settings['company']>): Settings => ({
  ...defaultSettings(),
  company: { ...defaultSettings().company, name: 'Atelier Lumière', ...over },
});
const text = (
  settings: Settings,
  lang: 'fr' | 'en',
  stage: 'reminder1' | 'reminder2' | 'formal-notice' | 'courtesy' = 'reminder1',
  invoices = [inv('FA1', 124_000)],
) => renderEmail(builtinTemplate(stage, lang)!, buildTemplateData({ invoices, settings, today: '2026-03-20', stage, lang })).text;

const FULL = {
  iban: 'fr7630006000011234567890189',
  bic: 'AGRIFRPP',
  chequePayee: 'Atelier Lumière SARL',
  chequeAddress: '12 rue des Arts, 69001 Lyon',
  paymentLinkPattern: 'https://pay.example.com/{number}?amount={amount}',
};

describe('the payment block of the built-in reminders', () => {
  it('writes the French practice: by cheque to the order of …, or by transfer (RIB), the IBAN in groups of four', () => {
    expect(text(company(FULL), 'fr')).toContain(
      "Vous pouvez régler cette facture par chèque à l'ordre de Atelier Lumière SARL, à adresser à 12 rue des Arts, 69001 Lyon ou par virement sur notre compte (RIB) IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP), en rappelant le numéro de facture.",
    );
  });

  it('writes the English one: by bank transfer … or by cheque payable to …', () => {
    expect(text(company(FULL), 'en')).toContain(
      'You can pay by bank transfer to IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP) or by cheque payable to Atelier Lumière SARL, sent to 12 rue des Arts, 69001 Lyon, quoting the invoice number.',
    );
  });

  it.each([
    [
      { iban: FULL.iban },
      'fr',
      'Vous pouvez régler cette facture par virement sur notre compte (RIB) IBAN FR76 3000 6000 0112 3456 7890 189, en rappelant',
    ],
    [{ chequePayee: 'Atelier' }, 'fr', "Vous pouvez régler cette facture par chèque à l'ordre de Atelier, en rappelant"],
    [{ chequePayee: 'Atelier' }, 'en', 'You can pay by cheque payable to Atelier, quoting'],
    [{ iban: FULL.iban }, 'en', 'You can pay by bank transfer to IBAN FR76 3000 6000 0112 3456 7890 189, quoting'],
  ] as const)('with only %j (%s) says only that', (over, lang, expected) => {
    const t = text(company(over), lang);
    expect(t).toContain(expected);
    expect(t).not.toMatch(/ ou par virement| or by cheque|chèque à l'ordre de.* ou |transfer.* or /);
  });

  it('says nothing about payment when nothing is set', () => {
    expect(text(company({}), 'fr')).not.toMatch(/Vous pouvez régler|IBAN|chèque/);
    expect(text(company({}), 'en')).not.toMatch(/You can pay|IBAN|cheque/);
  });

  it('agrees in number in French with several invoices', () => {
    expect(text(company(FULL), 'fr', 'reminder1', [inv('FA1', 100), inv('FA2', 200)])).toContain(
      'Vous pouvez régler ces factures par chèque',
    );
  });

  it('puts the payment link with the number and amount', () => {
    expect(text(company(FULL), 'fr')).toContain('https://pay.example.com/FA1?amount=1240.00');
  });

  it.each(BUILTIN_TEMPLATES.filter((t) => ['courtesy', 'reminder1', 'reminder2', 'formal-notice'].includes(t.stage)).map((t) => [t.id, t]))(
    '%s shows the IBAN, the cheque payee and address and the payment link',
    (_id, template) => {
      const data = buildTemplateData({
        invoices: [inv('FA1', 124_000)],
        settings: company(FULL),
        today: '2026-03-20',
        stage: template.stage,
        lang: template.language,
      });
      const mail = renderEmail(template, data);
      for (const part of [
        'FR76 3000 6000 0112 3456 7890 189',
        'AGRIFRPP',
        'Atelier Lumière SARL',
        '12 rue des Arts, 69001 Lyon',
        'https://pay.example.com/FA1?amount=1240.00',
      ])
        expect(mail.text).toContain(part);
    },
  );

  it('writes to a new client in the default client language when one is set', () => {
    const s = { ...company(FULL), uiLanguage: 'fr' as const, defaultClientLanguage: 'en' as const };
    expect(buildTemplateData({ invoices: [inv('FA1', 1)], settings: s, today: '2026-03-20', stage: 'reminder1' }).lang).toBe('en');
    expect(
      buildTemplateData({
        invoices: [inv('FA1', 1)],
        client: { name: 'D', emails: [], language: 'fr' },
        settings: s,
        today: '2026-03-20',
        stage: 'reminder1',
      }).lang,
    ).toBe('fr');
  });
});
