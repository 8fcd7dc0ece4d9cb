import type { Recipient } from './compose';

export interface ClientForMatch {
  id: string;
  name: string;
  emails: readonly string[];
}

export type MatchKind = 'email' | 'domain' | 'name';

export interface ClientMatch {
  clientId: string;
  by: MatchKind;
}

/** Mailbox providers: sharing one of these domains says nothing about who the client is. */
const PUBLIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.fr',
  'hotmail.com',
  'hotmail.fr',
  'live.com',
  'live.fr',
  'msn.com',
  'yahoo.com',
  'yahoo.fr',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.fr',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'laposte.net',
  'bbox.fr',
  'numericable.fr',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'mail.com',
  'zoho.com',
  'yandex.com',
]);

/** Legal forms and filler words that differ between how a portal and an address book name a company. */
const NOISE = new Set([
  'sarl',
  'sas',
  'sasu',
  'sa',
  'eurl',
  'sci',
  'snc',
  'scop',
  'ei',
  'ltd',
  'limited',
  'llc',
  'inc',
  'plc',
  'gmbh',
  'co',
  'cie',
  'et',
  'fils',
  'and',
  'the',
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
]);

/** A name as comparable words: accents, case, punctuation and legal forms gone. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !NOISE.has(w));
}

export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** A mailbox provider's domain (gmail.com): it says nothing about who owns an address. */
export const isPublicDomain = (domain: string): boolean => PUBLIC_DOMAINS.has(domain.toLowerCase());

function sameName(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "Dupont" alone is a person as often as a company: a one-word name matches only itself.
  if (short.length === 1) return long.length === 1 && long[0] === short[0];
  return short.every((w) => long.includes(w));
}

/**
 * The clients a compose's recipients point at, best evidence first: an exact address, then the
 * address's company domain (never a mailbox provider's), then the display name (Outlook chips
 * often show only that). Each client appears once, under its best evidence.
 */
export function matchClients(recipients: readonly Recipient[], clients: readonly ClientForMatch[]): ClientMatch[] {
  const out = new Map<string, MatchKind>();
  const emails = new Set(recipients.map((r) => r.email?.toLowerCase()).filter((e): e is string => !!e));
  const domains = new Set([...emails].map(domainOf).filter((d) => !PUBLIC_DOMAINS.has(d)));
  const names = recipients
    .map((r) => r.name)
    .filter((n): n is string => !!n)
    .map(nameWords);
  for (const client of clients) {
    const own = client.emails.map((e) => e.toLowerCase());
    if (own.some((e) => emails.has(e))) out.set(client.id, 'email');
  }
  // A company domain names the company: compta@boulangerie-dupont.fr is Boulangerie Dupont & Fils,
  // even before Relance has learned any address of theirs.
  const domainNames = [...domains].map((d) => nameWords(d.slice(0, d.lastIndexOf('.'))));
  for (const client of clients) {
    if (out.has(client.id)) continue;
    const words = nameWords(client.name);
    if (client.emails.some((e) => domains.has(domainOf(e))) || domainNames.some((n) => sameName(n, words))) out.set(client.id, 'domain');
  }
  for (const client of clients) {
    if (out.has(client.id)) continue;
    const words = nameWords(client.name);
    if (names.some((n) => sameName(n, words))) out.set(client.id, 'name');
  }
  const rank: Record<MatchKind, number> = { email: 0, domain: 1, name: 2 };
  return [...out].map(([clientId, by]) => ({ clientId, by })).sort((a, b) => rank[a.by] - rank[b.by]);
}
