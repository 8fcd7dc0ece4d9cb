import type { Stage, Template, Tone } from '../core';
import { BUILTIN_EN, PAY as PAY_EN } from './builtin-en';
import { BUILTIN_FR, PAY as PAY_FR } from './builtin-fr';

/** Built-in templates: read-only, copyable. Every one handles one invoice or several. */
export const BUILTIN_TEMPLATES: readonly Template[] = [...BUILTIN_FR, ...BUILTIN_EN].map((t) => ({ ...t, builtin: true, multi: true }));

/** The template for a stage, language and tone; the standard variant when no other exists. */
export function builtinTemplate(stage: Stage, language: 'fr' | 'en', tone: Tone = 'standard'): Template | undefined {
  const candidates = BUILTIN_TEMPLATES.filter((t) => t.stage === stage && t.language === language);
  return candidates.find((t) => t.tone === tone) ?? candidates.find((t) => t.tone === 'standard' || t.tone === undefined);
}

/** The payment block every built-in reminder carries, per language (a template fragment). */
export const PAYMENT_BLOCK: Readonly<Record<'fr' | 'en', string>> = { fr: PAY_FR, en: PAY_EN };
