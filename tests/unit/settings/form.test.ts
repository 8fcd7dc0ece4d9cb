import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/core';
import { addDays } from '../../../lib/core/calendar';
import { previewSchedule } from '../../../lib/dunning/preview';
import { frenchFloorWarning, ibanToStore, settingsErrors, settingsPatch } from '../../../lib/settings/form';
import { renderPaymentBlock, sampleInvoice, htmlToText } from '../../../lib/templates';

const base = defaultSettings();
const withCompany = (c: Partial<Settings['company']>): Settings => ({ ...base, company: { ...base.company, ...c } });
const withSchedule = (s: Partial<Settings['schedule']>): Settings => ({ ...base, schedule: { ...base.schedule, ...s } });

describe('settings form: validated as you type, in French and English', () => {
  it('accepts the defaults', () => {
    expect(settingsErrors(base, 'fr')).toEqual({});
  });

  it.each([
    [
      'company.iban',
      withCompany({ iban: 'FR76 3000 6000 0112 3456 7890 188' }),
      'Cet IBAN n’est pas valide : sa clé de contrôle ne correspond pas (modulo 97).',
      'This IBAN is not valid: its check digits do not match (mod 97).',
    ],
    [
      'company.bic',
      withCompany({ bic: 'AGRI' }),
      'Un BIC compte 8 ou 11 caractères : banque, pays, lieu (et agence).',
      'A BIC has 8 or 11 characters: bank, country, place (and branch).',
    ],
    ['company.email', withCompany({ email: 'compta@' }), 'Ce n’est pas une adresse e-mail.', 'This is not an e-mail address.'],
    [
      'company.phone',
      withCompany({ phone: '04 72 <b>' }),
      'Chiffres, espaces, +, (, ), ., - et / uniquement.',
      'Digits, spaces, +, (, ), ., - and / only.',
    ],
    [
      'company.paymentLinkPattern',
      withCompany({ paymentLinkPattern: 'http://pay.example/{number}' }),
      'Le lien doit commencer par https:// et ne contenir aucun espace.',
      'The link must start with https:// and hold no spaces.',
    ],
    [
      'company.paymentLinkPattern',
      withCompany({ paymentLinkPattern: 'https://pay.example/?amount={amount}' }),
      'Placez {number} à l’endroit du numéro de facture.',
      'Put {number} where the invoice number goes.',
    ],
    ['company.name', withCompany({ name: 'x'.repeat(201) }), '200 caractères au plus.', 'At most 200 characters.'],
    ['schedule.reminder1DaysAfter', withSchedule({ reminder1DaysAfter: 181 }), 'Entre 0 et 180.', 'Between 0 and 180.'],
    ['schedule.reminder2GapDays', withSchedule({ reminder2GapDays: 2.5 }), 'Un nombre entier, s’il vous plaît.', 'A whole number, please.'],
    [
      'schedule.callDaysAfter',
      withSchedule({ callDaysAfter: Number.NaN }),
      'Un nombre entier, s’il vous plaît.',
      'A whole number, please.',
    ],
    ['checkHour', { ...base, checkHour: 24 }, 'Entre 0 et 23.', 'Between 0 and 23.'],
  ])('%s: says what is wrong', (path, draft, fr, en) => {
    expect(settingsErrors(draft, 'fr')[path]).toBe(fr);
    expect(settingsErrors(draft, 'en')[path]).toBe(en);
  });

  it('accepts a valid IBAN typed with any spacing and case, and stores it without spaces', () => {
    expect(settingsErrors(withCompany({ iban: 'fr76 3000 6000 0112 3456 7890 189', bic: 'agrifrpp' }), 'en')).toEqual({});
    expect(ibanToStore(' fr76 3000 6000 0112 3456 7890 189 ')).toBe('FR7630006000011234567890189');
    expect(settingsPatch(withCompany({ iban: 'fr76 3000 6000 0112 3456 7890 189', bic: ' agrifrpp ' })).company).toMatchObject({
      iban: 'FR7630006000011234567890189',
      bic: 'AGRIFRPP',
    });
  });

  it('accepts a GB IBAN and an 11-character BIC', () => {
    expect(settingsErrors(withCompany({ iban: 'GB82 WEST 1234 5698 7654 32', bic: 'NWBKGB2LXXX' }), 'en')).toEqual({});
  });

  it('says the French floor when an agreed rate is below 3 × the legal rate, not above it, nor under another regime', () => {
    const at = (ratePercent: number | undefined, regime: Settings['legal']['regime'] = 'FR'): Settings => ({
      ...base,
      legal: { ...base.legal, regime, ratePercent },
    });
    expect(frenchFloorWarning(at(5), '2026-03-20', 'fr')).toBe(
      'Le taux de pénalités doit être au moins de 3 fois le taux d’intérêt légal (7,86 %) — Code de commerce L441-10',
    );
    expect(frenchFloorWarning(at(5), '2026-03-20', 'en')).toMatch(/at least 3 times the French legal interest rate \(7\.86%\)/);
    expect(frenchFloorWarning(at(7.86), '2026-03-20', 'fr')).toBeNull();
    expect(frenchFloorWarning(at(undefined), '2026-03-20', 'fr')).toBeNull();
    expect(frenchFloorWarning(at(5, 'UK'), '2026-03-20', 'fr')).toBeNull();
  });

  it('uses the rates the user corrected for the floor', () => {
    const rates = { '2026-H1': { ecb: 2.15, frLegalPro: 1 } };
    expect(frenchFloorWarning({ ...base, legal: { regime: 'FR', ratePercent: 5, rates } }, '2026-03-20', 'en')).toBeNull();
  });

  it('clears an agreed rate and corrected rates through a save (null survives a message, undefined does not)', async () => {
    const { saveSettings } = await import('../../../lib/db');
    const { freshDb } = await import('../db/helpers');
    const db = freshDb();
    await saveSettings({ legal: { ratePercent: 15, rates: { '2026-H1': { ecb: 3 } } } }, db);
    const patch = JSON.parse(JSON.stringify(settingsPatch(base))) as Parameters<typeof saveSettings>[0];
    expect((await saveSettings(patch, db)).legal).toEqual({ regime: 'FR' });
  });

  it('saves the rate table only when it differs from the built-in one', () => {
    expect(settingsPatch(base).legal).toEqual({ regime: 'FR', ratePercent: null, rates: null });
    expect(settingsPatch({ ...base, legal: { ...base.legal, rates: { '2026-H1': { ecb: 3 } } } }).legal.rates).toEqual({
      '2026-H1': { ecb: 3 },
    });
  });
});

describe('the previews of the settings page', () => {
  const today = '2026-03-20';
  it('shows the payment block a reminder will carry, from the real template', () => {
    const text = htmlToText(renderPaymentBlock(withCompany({ iban: 'FR7630006000011234567890189', chequePayee: 'Atelier' }), 'fr', today));
    expect(text).toBe(
      "Vous pouvez régler cette facture par chèque à l'ordre de Atelier ou par virement sur notre compte (RIB) IBAN FR76 3000 6000 0112 3456 7890 189, en rappelant le numéro de facture.",
    );
    expect(renderPaymentBlock(base, 'en', today)).toBe('');
  });

  it('shows the dates of the whole schedule for a sample invoice, and moves them with an offset', () => {
    const invoice = { ...sampleInvoice(today, 'fr'), dueDate: '2026-03-02' };
    expect(previewSchedule(base, invoice)).toEqual([
      { stage: 'courtesy', date: '2026-02-27' },
      { stage: 'call', date: '2026-03-05' },
      { stage: 'reminder1', date: '2026-03-09' },
      { stage: 'reminder2', date: '2026-03-19' },
      { stage: 'formal-notice', date: '2026-03-30' },
      { stage: 'litigation', date: '2026-04-14' },
    ]);
    const later = previewSchedule(
      withSchedule({ reminder1DaysAfter: 14, callEnabled: false, courtesyEnabled: false, formalNoticeEnabled: false }),
      invoice,
    );
    expect(later.map((s) => s.stage)).toEqual(['reminder1', 'reminder2', 'litigation']);
    expect(later[0]!.date).toBe('2026-03-16');
    expect(later[1]!.date).toBe(addDays('2026-03-16', 10));
  });
});
