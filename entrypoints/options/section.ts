import type { Settings } from '../../lib/core';
import type { UiLanguage } from '../../lib/i18n';

/** What every settings section gets: the draft being edited, its errors by path, and a way to change it. */
export interface SectionProps {
  lang: UiLanguage;
  draft: Settings;
  errors: Record<string, string>;
  today: string;
  update(change: Partial<{ [K in keyof Settings]: Settings[K] extends object ? Partial<Settings[K]> : Settings[K] }>): void;
}

/** `valueAsNumber` of a number input: NaN when empty, which the form's rules report. */
export const numberOf = (input: HTMLInputElement) => input.valueAsNumber;
export const shown = (n: number) => (Number.isNaN(n) ? '' : n);
