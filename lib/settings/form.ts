import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import type { Settings } from '../core';
import { t, type UiLanguage } from '../i18n';
import { DEFAULT_RATES, RateTableSchema, validateFrenchRate } from '../legal';

/** `FR76 3000 …` as typed or pasted, to the stored form: no spaces, upper case. */
export const ibanToStore = (typed: string) => electronicFormatIBAN(typed) ?? typed.replace(/\s+/g, '').toUpperCase();

/**
 * The settings form's rules, with messages in the UI language: the same bounds as SettingsSchema
 * (which guards storage), and what a person typing needs told (an IBAN's check digits, a BIC's
 * shape, an https payment link with `{number}`).
 */
export function settingsFormSchema(lang: UiLanguage) {
  const tooLong = (n: number) => t('settingsErrTooLong', lang, n);
  const text = (n: number) => z.string().max(n, tooLong(n));
  const int = (min: number, max: number) =>
    z
      .number({ error: t('settingsErrNumber', lang) })
      .int(t('settingsErrNumber', lang))
      .min(min, t('settingsErrRange', lang, min, max))
      .max(max, t('settingsErrRange', lang, min, max));
  return z.object({
    company: z.object({
      name: text(200),
      address: text(1000),
      signature: text(2000),
      phone: text(40).regex(/^[+\d\s().\-/]*$/, t('settingsErrPhone', lang)),
      email: z.union([z.literal(''), z.email(t('settingsErrEmail', lang))]),
      iban: z.string().refine((v) => v === '' || isValidIBAN(ibanToStore(v)), t('settingsErrIban', lang)),
      bic: z.string().refine((v) => v === '' || isValidBIC(v.trim().toUpperCase()), t('settingsErrBic', lang)),
      chequePayee: text(200),
      chequeAddress: text(1000),
      paymentLinkPattern: text(500)
        .refine((v) => v === '' || /^https:\/\/[^\s"'<>]+$/.test(v), t('settingsErrLinkHttps', lang))
        .refine((v) => v === '' || v.includes('{number}'), t('settingsErrLinkNumber', lang)),
    }),
    schedule: z.object({
      courtesyDaysBefore: int(0, 60),
      callDaysAfter: int(0, 120),
      reminder1DaysAfter: int(0, 180),
      reminder2GapDays: int(1, 180),
      formalNoticeGapDays: int(1, 180),
      formalNoticeDeadlineDays: int(1, 60),
      litigationGapDays: int(1, 365),
      minGapDays: int(1, 30),
    }),
    checkHour: int(0, 23),
    legal: z.object({
      ratePercent: z
        .number({ error: t('settingsErrNumber', lang) })
        .min(0, t('settingsErrRange', lang, 0, 100))
        .max(100, t('settingsErrRange', lang, 0, 100))
        .optional(),
      rates: RateTableSchema.optional(),
    }),
  });
}

/** Every problem of a draft, by dotted path (`company.iban`), in the UI language. */
export function settingsErrors(draft: Settings, lang: UiLanguage): Record<string, string> {
  const result = settingsFormSchema(lang).safeParse(draft);
  const errors: Record<string, string> = {};
  if (!result.success) for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

/** The French floor message (L441-10) when an override rate is below 3 × the legal rate; null otherwise. */
export function frenchFloorWarning(settings: Settings, today: string, lang: UiLanguage): string | null {
  const rate = settings.legal.ratePercent;
  if (settings.legal.regime !== 'FR' || rate === undefined) return null;
  const check = validateFrenchRate(rate, today, lang, settings.legal.rates ?? DEFAULT_RATES);
  return check.ok ? null : check.message;
}

/** The part of a draft the options form saves (sites, recipes and the webmail have their own paths). */
export function settingsPatch(draft: Settings) {
  const company = { ...draft.company, iban: ibanToStore(draft.company.iban), bic: draft.company.bic.trim().toUpperCase() };
  // null, not undefined: a message drops undefined keys, and the stored value would stay.
  const rates = draft.legal.rates && JSON.stringify(draft.legal.rates) !== JSON.stringify(DEFAULT_RATES) ? draft.legal.rates : null;
  const legal = { regime: draft.legal.regime, ratePercent: draft.legal.ratePercent ?? null, rates };
  return {
    company,
    schedule: draft.schedule,
    legal,
    workingDays: draft.workingDays,
    checkHour: draft.checkHour,
    uiLanguage: draft.uiLanguage,
    defaultClientLanguage: draft.defaultClientLanguage,
  };
}
