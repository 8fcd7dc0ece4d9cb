import { clean, fold } from './normalize';
import { NEGATIONS, PARTIAL_MARKERS, STATUS_WORDS, type StatusEntry } from './statuses';

export type ParsedStatus = StatusEntry;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/**
 * Longest phrases first, so "non payee" claims its words before "payee" can. Each with its first
 * word: a phrase can only start where the text has that word (empty: a phrase that starts with a
 * sign, always tried), so a label is tested against the few phrases it may hold, not all of them.
 */
const MATCHERS = [...STATUS_WORDS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([phrase, entry]) => ({ re: new RegExp(`(?<![a-z])${escape(phrase)}(?![a-z])`, 'g'), entry, first: /^[a-z]*/.exec(phrase)![0] }));
/** The matchers by their phrase's first word, in MATCHERS' order. */
const BY_FIRST = new Map<string, number[]>();
MATCHERS.forEach(({ first }, i) => BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), i]));
const NEGATED = new RegExp(`(?<![a-z])(?:${oneOf(NEGATIONS)})[ -]*$`);
const PARTIAL = new RegExp(`(?<![a-z])(?:${oneOf(PARTIAL_MARKERS)})(?![a-z])`, 'g');

interface Match {
  at: number;
  end: number;
  entry: StatusEntry;
}

/** Every table phrase in the text; a phrase inside a longer one already found does not count. */
function matches(t: string): Match[] {
  const found: Match[] = [];
  const tried = new Set<number>(BY_FIRST.get(''));
  for (const word of t.split(/[^a-z]+/)) for (const i of BY_FIRST.get(word) ?? []) tried.add(i);
  if (tried.size === 0) return found;
  for (const { re, entry } of [...tried].sort((a, b) => a - b).map((i) => MATCHERS[i]!)) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const at = m.index;
      const end = at + m[0].length;
      if (!found.some((f) => at < f.end && end > f.at)) found.push({ at, end, entry });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The status a phrase stands for, read with its neighbours: "non réglée" is open, "payée partiellement" partial. */
function statusOf(match: Match, t: string, found: readonly Match[]): StatusEntry['status'] {
  const { status } = match.entry;
  if (status !== 'paid') return status;
  if (NEGATED.test(t.slice(0, match.at))) return 'open';
  const marker = [...t.matchAll(PARTIAL)].some((p) => !found.some((f) => p.index < f.end && p.index + p[0].length > f.at));
  return marker ? 'partial' : 'paid';
}

/**
 * A status label in French, English, German or Spanish: `Payée`, `Unpaid`, `Überfällig`,
 * `Pagada parcialmente`, `Brouillon`, `Avoir`… The first status phrase in the label decides
 * ("Draft (needs to be validated)" is a draft); a negation before a paid word makes it open, a
 * part-payment word anywhere makes it partial, and so does one after an unpaid word. An overdue word marks an open or partly paid
 * invoice overdue (alone, it means open); a credit-note word adds `kind`. Null when the label
 * holds none of these.
 */
const cache = new Map<string, ParsedStatus | null>();

export function parseStatus(text: string, _hint: { lang?: string } = {}): ParsedStatus | null {
  if (typeof text !== 'string' || text.length > 500) return null;
  // A list repeats a handful of labels thousands of times.
  const cached = cache.get(text);
  if (cached !== undefined) return cached && { ...cached };
  const result = readStatus(text);
  if (cache.size > 2000) cache.clear();
  cache.set(text, result);
  return result && { ...result };
}

function readStatus(text: string): ParsedStatus | null {
  const t = fold(clean(text)).replace(/[’‘]/g, "'");
  if (!t || t.length > 120) return null;
  const found = matches(t);
  const kind = found.find((f) => f.entry.kind)?.entry.kind;
  const overdue = found.some((f) => f.entry.overdue);
  const first = found.find((f) => f.entry.status && !f.entry.overdue);
  let status = first ? statusOf(first, t, found) : overdue ? 'open' : undefined;
  // An unpaid word qualified by a part payment after it ("Impayée (paiement commencé)", "Offen – Teilzahlung") is partly paid.
  if (first && status === 'open' && found.some((f) => f.at > first.at && f.entry.status === 'partial')) status = 'partial';
  if (!status && !kind) return null;
  return {
    ...(status && { status }),
    ...(overdue && (status === 'open' || status === 'partial') && { overdue: true }),
    ...(kind && { kind }),
  };
}
