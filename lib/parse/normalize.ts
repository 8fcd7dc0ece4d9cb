/** Text as pages give it, made comparable: entities decoded, every kind of space a plain one. */

const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  dollar: '$',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  minus: '−',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  euml: 'ë',
  Eacute: 'É',
};

/**
 * Decodes the HTML entities a page may leave in text (`&nbsp;`, `&#8239;`, `&#x20AC;`, `&euro;`).
 * Twice at most: tooltips and data attributes often carry text escaped one time too many
 * (`&amp;nbsp;`), and a third level is no longer an accident worth reading.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const once = decodeOnce(text);
  return once.includes('&') ? decodeOnce(once) : once;
}

function decodeOnce(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/** No-break, narrow no-break, thin, figure and other spaces become U+0020; runs collapse. */
const ODD_SPACE =
  /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]{2}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]|^ | $/;

/**
 * Marks and controls that reorder text (embeddings U+202A–U+202E, isolates U+2066–U+2069, the
 * LRM/RLM/ALM marks): a client named "Martin\u202E FDP.exe" would reverse the rest of the
 * reminder's line. No invoice field needs them; a person reading the page never sees them.
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}

/** Spaces normalised as below, and the bidirectional controls gone: what capture reads as text. */
export function normalizeSpaces(text: string): string {
  // Most cell texts are already clean ("FA2611-0012", "Garage Martin"): no copy for them.
  if (!ODD_SPACE.test(text)) return BIDI_CONTROL.test(text) ? normalizeSpaces(stripBidi(text)) : text;
  return stripBidi(text)
    .replace(/[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim();
}

export function clean(text: string): string {
  return normalizeSpaces(decodeEntities(text));
}

/** Lower case without accents: "Décembre" and "decembre" match the same table entry. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
