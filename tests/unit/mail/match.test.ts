import { describe, expect, it } from 'vitest';
import { matchClients, nameWords } from '../../../lib/mail/match';

const CLIENTS = [
  { id: 'boulangerie-dupont-fils', name: 'Boulangerie Dupont & Fils', emails: [] },
  { id: 'garage-martin-sarl', name: 'Garage Martin SARL', emails: ['factures@garage-martin.fr'] },
  { id: 'cabinet-leroy', name: 'Cabinet Leroy', emails: ['anne@gmail.com'] },
  { id: 'hotel-des-voyageurs', name: 'Hôtel des Voyageurs', emails: ['direction@hotel-voyageurs.com'] },
  { id: 'dupont', name: 'Dupont', emails: [] },
];

describe('matchClients', () => {
  it.each([
    ['an address Relance knows', [{ email: 'Factures@Garage-Martin.fr' }], [{ clientId: 'garage-martin-sarl', by: 'email' }]],
    [
      'another address at a known company domain',
      [{ email: 'compta@garage-martin.fr' }],
      [{ clientId: 'garage-martin-sarl', by: 'domain' }],
    ],
    [
      'a company domain that spells the name',
      [{ email: 'compta@boulangerie-dupont.fr' }],
      [{ clientId: 'boulangerie-dupont-fils', by: 'domain' }],
    ],
    ['a subdomain of it', [{ email: 'x@mail.hotel-voyageurs.com' }], [{ clientId: 'hotel-des-voyageurs', by: 'domain' }]],
    ['a display name without address (Outlook chips)', [{ name: 'Cabinet Leroy' }], [{ clientId: 'cabinet-leroy', by: 'name' }]],
    [
      'a display name with accents, case and legal form differing',
      [{ name: 'HOTEL DES VOYAGEURS SAS' }],
      [{ clientId: 'hotel-des-voyageurs', by: 'name' }],
    ],
    ['a known address at a mailbox provider', [{ email: 'anne@gmail.com' }], [{ clientId: 'cabinet-leroy', by: 'email' }]],
  ])('finds a client from %s', (_what, recipients, expected) => {
    expect(matchClients(recipients, CLIENTS)).toEqual(expected);
  });

  it.each([
    ['a stranger at a mailbox provider shares nothing with a client there', [{ email: 'someone@gmail.com' }]],
    ['a short surname is not a company', [{ name: 'Jean Dupont' }]],
    ['nothing at all', []],
    ['an unrelated domain', [{ email: 'info@example.org' }]],
  ])('finds nothing for %s', (_what, recipients) => {
    expect(matchClients(recipients, CLIENTS)).toEqual([]);
  });

  it('lists each client once, under its best evidence, best first', () => {
    const found = matchClients(
      [
        { name: 'Cabinet Leroy' },
        { email: 'factures@garage-martin.fr', name: 'Garage Martin' },
        { email: 'anne@gmail.com', name: 'Cabinet Leroy' },
      ],
      CLIENTS,
    );
    expect(found).toEqual([
      { clientId: 'garage-martin-sarl', by: 'email' },
      { clientId: 'cabinet-leroy', by: 'email' },
    ]);
  });

  it('compares names as words, without legal forms', () => {
    expect(nameWords("L'Atelier de Clémence SARL")).toEqual(['l', 'atelier', 'clemence']);
  });
});
