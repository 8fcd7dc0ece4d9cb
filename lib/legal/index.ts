// Late-payment law: statutory interest and fixed recovery indemnity for France, the EU and the UK.
export { defaultRate, defaultRatePercent, frenchRateFloor, MARGIN, type DefaultRate, type Regime } from './default-rate';
export { BASIS, fixedIndemnity, lateCharges, simpleInterest, type LateCharges, type LateChargesInput } from './late-charges';
export { formatRate, roundRateUnits, toPercent, toRateUnits, UNITS_PER_PERCENT } from './rate-units';
export * from './rates';
export { validateFrenchRate, type FrenchRateCheck } from './validate-french-rate';
