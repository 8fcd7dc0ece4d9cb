import { z } from 'zod';
import { LanguageSchema, ToneSchema } from './client';
import { StageSchema } from './reminder-event';

export const TemplateSchema = z.object({
  id: z.string().min(1).max(100),
  stage: StageSchema,
  language: LanguageSchema,
  tone: ToneSchema.optional(),
  /** True when the template covers several invoices of one client. */
  multi: z.boolean().default(false),
  name: z.string().trim().min(1).max(200),
  subject: z.string().max(500),
  body: z.string().max(100_000),
  /** Built-ins are read-only; the user copies them to edit. */
  builtin: z.boolean().default(false),
});
export type Template = z.infer<typeof TemplateSchema>;
