import type { Client, EmailSource } from '../core';
import { domainOf, isPublicDomain } from '../mail/match';

export interface RecipientChoice {
  /** The address a reminder may go to without asking, or none. */
  to: string[];
  /** The first address that needs the user's yes before it is used, with where it came from. */
  newAddress?: EmailSource;
}

/**
 * Whether the user can be taken to have chosen this address for invoices of `host`: the user
 * confirmed it, the invoice's own portal page showed it, or it was known before sources were kept.
 */
function firm(email: string, sources: readonly EmailSource[], host: string): boolean {
  const mine = sources.filter((s) => s.email === email);
  return mine.length === 0 || mine.some((s) => s.from === 'user' || (s.from === 'portal' && s.host === host));
}

/**
 * Who a reminder for an invoice of `host` goes to. Clients are matched by name across portals, and
 * a send can be forged: an address learned from another site or from a send is used only at a
 * company domain the client already has for this site (never a mailbox provider's); otherwise To
 * stays empty and the address is offered with its source, for the user to confirm once.
 */
export function chooseRecipient(client: Pick<Client, 'emails' | 'emailSources'> | undefined, host: string): RecipientChoice {
  if (!client || client.emails.length === 0) return { to: [] };
  const sources = client.emailSources ?? []; // rows stored before sources existed have none
  const firmOnes = client.emails.filter((e) => firm(e, sources, host));
  const domains = new Set(firmOnes.map(domainOf).filter((d) => !isPublicDomain(d)));
  const usable = client.emails.find((e) => firmOnes.includes(e) || domains.has(domainOf(e)));
  if (usable) return { to: [usable] };
  const email = client.emails[0]!;
  const newAddress = [...sources].reverse().find((s) => s.email === email);
  return { to: [], newAddress };
}
