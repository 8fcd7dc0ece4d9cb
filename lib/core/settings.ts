import { z } from 'zod';
import { RecipeSchema } from './recipe';

export const ScheduleSchema = z.object({
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

export const CompanySchema = z.object({
  name: z.string().max(200).default(''),
  address: z.string().max(1000).default(''),
  signature: z.string().max(2000).default(''),
  phone: z.string().max(40).default(''),
  iban: z.string().max(40).default(''),
  bic: z.string().max(11).default(''),
  chequePayee: z.string().max(200).default(''),
  chequeAddress: z.string().max(1000).default(''),
  /** e.g. `https://pay.example.com/{number}?amount={amount}`; only http(s). */
  paymentLinkPattern: z.string().max(500).regex(/^(https?:\/\/.*)?$/, 'must start with https://').default(''),
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
      ratePercent: z.number().min(0).max(100).optional(),
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
  .object(Object.fromEntries(Object.keys(SettingsSchema.shape).map((k) => [k, z.unknown().optional()])) as Record<keyof Settings, z.ZodOptional<z.ZodUnknown>>)
  .strict();
export type SettingsPatch = { [K in keyof Settings]?: K extends 'company' | 'schedule' | 'legal' ? Partial<Settings[K]> : Settings[K] };
