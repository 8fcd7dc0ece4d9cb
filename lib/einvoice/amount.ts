import { minorDigits, MAX_MINOR, type Money } from '../core/minor-units';

/**
 * An XML decimal ("529.87", "-0.00", "9", "100.1100") to integer minor units, read from the
 * digits (never through a float), rounded half away from zero past the currency's digits.
 */
export function decimalToMinor(value: string, currency: string): number | null {
  const m = /^([+-])?(\d{1,16})(?:\.(\d{1,20}))?$/.exec(value.trim());
  if (!m) return null;
  const digits = minorDigits(currency);
  const fraction = (m[3] ?? '').padEnd(digits + 1, '0');
  let minor = Number(m[2]) * 10 ** digits + Number(fraction.slice(0, digits) || '0');
  if (Number(fraction[digits]) >= 5) minor += 1;
  if (!Number.isSafeInteger(minor) || minor > MAX_MINOR) return null;
  return m[1] === '-' && minor !== 0 ? -minor : minor;
}

export function money(value: string, currency: string): Money | null {
  const minor = decimalToMinor(value, currency);
  return minor === null ? null : { minor, currency };
}
