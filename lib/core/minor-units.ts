// No zod here: content scripts import these and must stay small.

/** An integer count of minor units and its ISO 4217 code (validated by MoneySchema in money.ts). */
export interface Money {
  minor: number;
  currency: string;
}

/** Money's bound (see MoneySchema): 10^13 minor units. */
export const MAX_MINOR = 10_000_000_000_000;

/** Digits after the decimal point for the currencies whose minor unit is not the cent. */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BHD: 3,
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

/** Major units (as printed on a page) to Money, rounding half away from zero. */
export function toMoney(major: number, currency: string): Money {
  const factor = 10 ** minorDigits(currency);
  const minor = Math.sign(major) * Math.round(Math.abs(major) * factor + 1e-9);
  return { minor: minor === 0 ? 0 : minor, currency };
}

export function toMajor(money: Money): number {
  return money.minor / 10 ** minorDigits(money.currency);
}
