import { z } from 'zod';
import { RateTableSchema } from '../legal/rates';
import { RecipeSchema } from './recipe';

export const ScheduleSchema = z.object({
  /** Each written stage can be switched off; the ladder then goes from the one before to the one after. */
  courtesyEnabled: z.boolean().default(true),
  reminder2Enabled: z.boolean().default(true),
  formalNoticeEnabled: z.boolean().default(true),
  litigationEnabled: z.boolean().default(true),
  /** Several due invoices of one client go in one message with a table (off: one message each). */
  groupPerClient: z.boolean().default(true),
  courtesyDaysBefore: z.number().int().min(0).max(60).default(3),
  callEnabled: z.boolean().default(true),
  callDaysAfter: z.number().int().min(0).max(120).default(3),
  reminder1DaysAfter: z.number().int().min(0).max(180).default(7),
  reminder2GapDays: z.number().int().min(1).max(180).default(10),
  formalNoticeGapDays: z.number().int().min(1).max(180).default(10),
  formalNoticeDeadlineDays: z.number().int().min(1).max(60).default(8),
  litigationGapDays: z.number().int().min(1).max(365).default(15),
  thankYouEnabled: z.boolean().default(true),
  /** No two actions on one invoice closer than this, whatever the offsets say. */
  minGapDays: z.number().int().min(1).max(30).default(3),
  /** A thank-you is proposed only for a payment this recent. */
  thankYouWithinDays: z.number().int().min(1).max(365).default(30),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

/** What the settings form accepts as a payment link: https only, no spaces or quotes. */
export const PaymentLinkPatternSchema = z
  .string()
  .max(500)
  .regex(/^(https:\/\/[^\s"'<>]+)?$/, 'must start with https://');

export const CompanySchema = z.object({
  name: z.string().max(200).default(''),
  address: z.string().max(1000).default(''),
  signature: z.string().max(2000).default(''),
  phone: z.string().max(40).default(''),
  /** Where clients write back; shown in the letterhead of letters and statements. */
  email: z.union([z.literal(''), z.email()]).default(''),
  iban: z.string().max(40).default(''),
  bic: z.string().max(11).default(''),
  chequePayee: z.string().max(200).default(''),
  chequeAddress: z.string().max(1000).default(''),
  /**
   * e.g. `https://pay.example.com/{number}?amount={amount}`; https only (a payment page over plain
   * http could be altered on the way). A pattern stored before this rule, in http, is read as its
   * https twin rather than making the whole settings record invalid.
   */
  paymentLinkPattern: z.preprocess(
    (v) => (typeof v === 'string' && /^http:\/\//i.test(v) ? v.replace(/^http:/i, 'https:') : v),
    PaymentLinkPatternSchema.default(''),
  ),
});

export const PortalSchema = z.object({
  /** A match pattern for one origin, e.g. `https://erp.example.fr/*`. */
  origin: z.string().regex(/^https?:\/\/[^/*]+\/\*$/, 'expected https://host/*'),
  autoTrack: z.boolean().default(false),
  addedAt: z.iso.datetime(),
  /** Set at the user's first Track on this site: from then on, invoices already tracked are updated silently. */
  trackedAt: z.iso.datetime().optional(),
});

export const SettingsSchema = z.object({
  company: CompanySchema.prefault({}),
  schedule: ScheduleSchema.prefault({}),
  legal: z
    .object({
      regime: z.enum(['FR', 'EU', 'UK']).default('FR'),
      /** Overrides the dated default rate when set. */
      // null (what a message can carry, unlike undefined) clears an override back to the default.
      ratePercent: z
        .number()
        .min(0)
        .max(100)
        .nullish()
        .transform((v) => v ?? undefined),
      /** Reference rates the user corrected or completed; the built-in table (lib/legal/rates) otherwise. */
      rates: RateTableSchema.nullish().transform((v) => v ?? undefined),
    })
    .prefault({}),
  workingDays: z.enum(['FR', 'GB', 'none']).default('FR'),
  /** Local hour of the daily check. */
  checkHour: z.number().int().min(0).max(23).default(9),
  /** Days from issue to due date when a page shows no due date. */
  defaultPaymentTermsDays: z.number().int().min(0).max(120).default(30),
  portals: z.array(PortalSchema).max(200).default([]),
  /** Taught per site (teach mode); tried before the generic capture. */
  recipes: z.array(RecipeSchema).max(200).default([]),
  uiLanguage: z.enum(['auto', 'fr', 'en']).default('auto'),
  /** The language of a client Relance meets for the first time ('auto': the UI language). */
  defaultClientLanguage: z.enum(['auto', 'fr', 'en']).default('auto'),
  /** The webmail a notification's "Draft e-mail" opens: the one the user last drafted or sent from. */
  webmail: z.enum(['gmail', 'outlook']).default('gmail'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({});

/**
 * A change to some settings, checked loosely here and strictly once merged with what is stored
 * (see saveSettings): zod's defaults must not fill the keys the change leaves out.
 */
export const SettingsPatchSchema = z
  .object(
    Object.fromEntries(Object.keys(SettingsSchema.shape).map((k) => [k, z.unknown().optional()])) as Record<
      keyof Settings,
      z.ZodOptional<z.ZodUnknown>
    >,
  )
  .strict();
export type SettingsPatch = { [K in keyof Settings]?: K extends 'company' | 'schedule' | 'legal' ? Partial<Settings[K]> : Settings[K] };
