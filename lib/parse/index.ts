export { findCurrency, isIsoCurrency } from './currencies';
export { clean, decodeEntities, fold, normalizeSpaces, stripBidi } from './normalize';
export { detectDateOrder, detectDecimalSeparator } from './page-hints';
export { decimalForLang, parseAmount, type AmountHint, type ParsedAmount } from './parse-amount';
export { DEFAULT_YEARS, orderForLang, parseDate, toIsoDate, type DateHint, type DateOrder } from './parse-date';
export { parseStatus, type ParsedStatus } from './parse-status';
