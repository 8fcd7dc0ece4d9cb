import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import type { InvoiceAction } from '../../../lib/core';
import { saveSettings, upsertDetected, type RefusalReason } from '../../../lib/db';
import { captured, freshDb } from '../db/helpers';

const page = { kind: 'extension-page' as const };
const TODAY = '2026-11-22';

/** Each refusal, the action that meets it, and what the user reads in French and in English. */
const cases: [RefusalReason, string, InvoiceAction, string, string][] = [
  ['is-paid', 'P1', { kind: 'promise', date: TODAY }, 'La facture P1 est déjà payée.', 'P1 is already paid.'],
  ['is-cancelled', 'X1', { kind: 'pause', until: TODAY }, 'La facture X1 est annulée.', 'X1 is cancelled.'],
  [
    'is-disputed',
    'D1',
    { kind: 'payment', date: TODAY },
    'La facture D1 est contestée : reprenez-la d’abord.',
    'D1 is disputed: resume it first.',
  ],
  [
    'is-draft',
    'B1',
    { kind: 'dispute', reason: 'x' },
    'La facture B1 est un brouillon : rien ne peut encore y être enregistré.',
    'B1 is a draft: nothing can be recorded on it yet.',
  ],
  [
    'is-credit-note',
    'C1',
    { kind: 'payment', date: TODAY },
    'C1 est un avoir : il n’est pas relancé.',
    'C1 is a credit note: it is not chased.',
  ],
  [
    'other-currency',
    'F1',
    { kind: 'payment', date: TODAY, amount: { minor: 100, currency: 'GBP' } },
    'La facture F1 est en EUR : le paiement doit l’être aussi.',
    'F1 is in EUR: the payment must be too.',
  ],
  [
    'not-positive',
    'F1',
    { kind: 'payment', date: TODAY, amount: { minor: 0, currency: 'EUR' } },
    'Un paiement doit être supérieur à zéro.',
    'A payment must be more than zero.',
  ],
  [
    'over-due',
    'F1',
    { kind: 'payment', date: TODAY, amount: { minor: 150_001, currency: 'EUR' } },
    'F1 : le paiement dépasse le montant restant dû.',
    'F1: the payment is more than the amount still due.',
  ],
  [
    'future-payment',
    'F1',
    { kind: 'payment', date: '2026-11-23' },
    'Un paiement ne peut pas être daté dans le futur.',
    'A payment cannot be dated in the future.',
  ],
  [
    'past-promise',
    'F1',
    { kind: 'call', outcome: 'promised', promiseDate: '2026-11-21' },
    'Une promesse de paiement est pour aujourd’hui ou un jour suivant.',
    'A promise to pay is for today or a later day.',
  ],
  [
    'past-pause',
    'F1',
    { kind: 'pause', until: '2026-11-21' },
    'Une pause se termine aujourd’hui ou un jour suivant.',
    'A pause ends today or a later day.',
  ],
];

describe('a refused desk action is said in the user language', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
  });

  it.each(cases)('%s', async (_reason, number, action, fr, en) => {
    const db = freshDb();
    await upsertDetected(
      [
        captured('F1'),
        captured('P1', { status: 'paid' }),
        captured('X1', { status: 'cancelled' }),
        captured('D1', { status: 'disputed' }),
        captured('B1', { status: 'draft' }),
        captured('C1', { total: { minor: -5_000, currency: 'EUR' }, kind: 'credit-note' }),
      ],
      { today: TODAY },
      db,
    );
    const handlers = createHandlers({}, db);
    const message = { type: 'ui:invoiceAction' as const, invoiceIds: [`erp.example.fr:${number}`], action };
    for (const [lang, said] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      await saveSettings({ uiLanguage: lang }, db);
      await expect(handlers['ui:invoiceAction'](message, page)).rejects.toThrow(said);
    }
    expect(await db.events.count()).toBe(0);
  });
});
