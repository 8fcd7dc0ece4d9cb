import { fold, clean } from './normalize';
import { STATUS_WORDS, type StatusEntry } from './statuses';

export type ParsedStatus = StatusEntry;

const PHRASES = [...STATUS_WORDS].sort((a, b) => b[0].length - a[0].length);
const WORD = (phrase: string) => new RegExp(`(?:^|[^a-z])${phrase.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')}(?![a-z])`);
const MATCHERS = PHRASES.map(([phrase, entry]) => [WORD(phrase), entry] as const);

/**
 * A status label in French, English, German or Spanish: `Payée`, `Unpaid`, `Überfällig`,
 * `Pagada parcialmente`, `Brouillon`, `Avoir`… The phrase that comes first in the label decides
 * ("Draft (needs to be validated)" is a draft; at one place the longest wins: "non payée" is
 * open, not paid). An overdue word anywhere marks an open invoice overdue; a credit-note word
 * adds `kind`.
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
  const t = fold(clean(text));
  if (!t || t.length > 120) return null;
  let first: { at: number; entry: StatusEntry } | null = null;
  let kind: StatusEntry['kind'];
  let overdue = false;
  for (const [re, entry] of MATCHERS) {
    const m = re.exec(t);
    if (!m) continue;
    if (entry.kind) {
      kind = entry.kind;
      continue;
    }
    if (entry.overdue) overdue = true;
    const at = m.index;
    if (!first || at < first.at) first = { at, entry };
  }
  if (!first && !kind) return null;
  const result: ParsedStatus = { ...(first?.entry ?? {}) };
  if (overdue && result.status === 'open') result.overdue = true;
  if (kind) result.kind = kind;
  return result;
}
