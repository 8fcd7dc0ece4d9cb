/**
 * Month names and abbreviations, folded (lower case, no accents: `févr.` is looked up as `fevr`,
 * Austrian `Jänner` as `janner`), in the languages pages use: EN, FR, DE, ES, IT, NL.
 */
export const MONTHS: ReadonlyArray<readonly [string, number]> = [
  // English
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
  // French
  ['janvier', 1], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['decembre', 12],
  ['janv', 1], ['fev', 2], ['fevr', 2], ['avr', 4], ['juil', 7], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
  // German
  ['januar', 1], ['janner', 1], ['februar', 2], ['marz', 3], ['maerz', 3], ['juni', 6], ['juli', 7], ['oktober', 10], ['dezember', 12], ['mrz', 3], ['okt', 10], ['dez', 12],
  // Spanish
  ['enero', 1], ['febrero', 2], ['marzo', 3], ['abril', 4], ['mayo', 5], ['junio', 6], ['julio', 7], ['agosto', 8], ['septiembre', 9], ['setiembre', 9], ['octubre', 10], ['noviembre', 11], ['diciembre', 12],
  ['ene', 1], ['abr', 4], ['ago', 8], ['dic', 12],
  // Italian
  ['gennaio', 1], ['febbraio', 2], ['aprile', 4], ['maggio', 5], ['giugno', 6], ['luglio', 7], ['settembre', 9], ['ottobre', 10], ['dicembre', 12], ['gen', 1], ['mag', 5], ['giu', 6], ['lug', 7], ['set', 9], ['ott', 10],
  // Dutch (the rest are spelt as in English or German)
  ['januari', 1], ['februari', 2], ['maart', 3], ['mei', 5], ['augustus', 8], ['mrt', 3],
];

const BY_NAME = new Map(MONTHS);

/** The month of a folded word, accepting a trailing dot ("sept.", "févr."). */
export function monthOf(word: string): number | undefined {
  return BY_NAME.get(word.replace(/\.$/, ''));
}
