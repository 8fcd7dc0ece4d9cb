import { describe, expect, it, vi } from 'vitest';
import { ALLOWED_FROM, classifySender, createRouter, type Handlers, type SenderInfo } from '../../../lib/messaging';

const self = { id: 'gmoaffimfjliijnlhikcbbgciklmbjop', origin: 'chrome-extension://gmoaffimfjliijnlhikcbbgciklmbjop' };
const popup: SenderInfo = { id: self.id, origin: self.origin };
const popupInTab: SenderInfo = { id: self.id, origin: self.origin, tab: { id: 4 }, frameId: 0 };
const contentScript: SenderInfo = { id: self.id, origin: 'https://erp.example.fr', tab: { id: 7 }, frameId: 0 };
const otherExtension: SenderInfo = {
  id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  origin: 'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
};
const webPage: SenderInfo = { origin: 'https://evil.example', tab: { id: 9 }, frameId: 0 };
// A sender.url claiming to be our popup must change nothing: only id/origin/tab/frameId count.
const lyingUrl = { ...contentScript, url: `${self.origin}/popup.html` } as SenderInfo;

function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(ALLOWED_FROM).map((type) => [
      type,
      vi.fn(async () => {
        calls.push(type);
        return 'done';
      }),
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('classifySender', () => {
  it.each([
    ['the popup', popup, 'extension-page'],
    ['an extension page opened in a tab', popupInTab, 'extension-page'],
    ['a content script', contentScript, 'content-script'],
    ['a content script whose sender.url names our popup', lyingUrl, 'content-script'],
    ['another extension', otherExtension, 'untrusted'],
    ['a web page (externally_connectable)', webPage, 'untrusted'],
    ['our id from a non-web origin with a tab', { id: self.id, origin: 'file://', tab: { id: 1 }, frameId: 0 }, 'untrusted'],
    ['Firefox: our content script without origin', { id: self.id, tab: { id: 1 }, frameId: 0 }, 'content-script'],
    ['Firefox: our popup without origin', { id: self.id }, 'extension-page'],
  ] as const)('classifies %s', (_label, sender, kind) => {
    expect(classifySender(sender, self)).toBe(kind);
  });
});

describe('router', () => {
  const invoicesFound = { type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', invoices: [] };

  it('passes a valid message from an allowed sender to its handler with the sender origin', async () => {
    const { handlers } = spyHandlers();
    const route = createRouter(handlers, self);
    expect(await route(invoicesFound, contentScript)).toEqual({ ok: true, data: 'done' });
    expect(handlers['cs:invoicesFound']).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'cs:invoicesFound', track: false }),
      expect.objectContaining({ kind: 'content-script', origin: 'https://erp.example.fr', tabId: 7 }),
    );
  });

  it.each([
    ['ui:deleteAll', { type: 'ui:deleteAll', confirm: 'DELETE' }],
    ['ui:dataChanged', { type: 'ui:dataChanged' }],
    ['ui:saveSettings', { type: 'ui:saveSettings', settings: { checkHour: 3 } }],
    ['ui:markPaid', { type: 'ui:markPaid', id: 'x:1' }],
    ['ui:invoiceAction', { type: 'ui:invoiceAction', invoiceIds: ['x:1'], action: { kind: 'dispute', reason: 'wrong goods' } }],
    ['ui:undoAction', { type: 'ui:undoAction', invoiceId: 'x:1' }],
    ['ui:updateClient', { type: 'ui:updateClient', clientId: 'dupont', patch: { emails: ['a@dupont.fr'] } }],
  ])('refuses %s from a content script, even one whose sender.url claims the popup', async (_t, message) => {
    const { handlers, calls } = spyHandlers();
    const route = createRouter(handlers, self);
    expect(await route(message, contentScript)).toEqual({ ok: false, error: 'not allowed' });
    expect(await route(message, lyingUrl)).toEqual({ ok: false, error: 'not allowed' });
    expect(await route(message, popup)).toEqual({ ok: true, data: 'done' });
    expect(calls).toEqual([message.type]);
  });

  it.each([otherExtension, webPage])('refuses everything from an untrusted sender %#', async (sender) => {
    const { handlers, calls } = spyHandlers();
    const route = createRouter(handlers, self);
    expect(await route(invoicesFound, sender)).toEqual({ ok: false, error: 'not allowed' });
    expect(await route({ type: 'ui:dataChanged' }, sender)).toEqual({ ok: false, error: 'not allowed' });
    expect(calls).toEqual([]);
  });

  it('refuses invoices reported by an extension page: only content scripts report what a page shows', async () => {
    const { handlers, calls } = spyHandlers();
    expect(await createRouter(handlers, self)(invoicesFound, popup)).toEqual({ ok: false, error: 'not allowed' });
    expect(calls).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a string', 'ui:dataChanged'],
    ['the import that is gone (a backup no longer crosses a message)', { type: 'ui:import', text: '{}' }],
    ['an unknown type', { type: 'ui:fetch', url: 'https://x' }],
    ['a missing field', { type: 'ui:markPaid' }],
    ['a wrong field type', { type: 'ui:markPaid', id: 42 }],
    ['deleteAll without confirmation', { type: 'ui:deleteAll' }],
    ['an invoice with a script for a number too long', { ...invoicesFound, invoices: [{ number: '<script>'.repeat(20), confidence: 1 }] }],
    [
      'an invoice with an amount that is not integer minor units',
      { ...invoicesFound, invoices: [{ number: 'A1', total: { minor: 1.5, currency: 'EUR' }, confidence: 1 }] },
    ],
    ['an invoice with a 2026-02-30 due date', { ...invoicesFound, invoices: [{ number: 'A1', dueDate: '2026-02-30', confidence: 1 }] }],
    ['a settings change with an unknown key', { type: 'ui:saveSettings', settings: { checkHour: 3, admin: true } }],
    ['a proto-polluting settings object', JSON.parse('{"type":"ui:saveSettings","settings":{"__proto__":{"admin":true}}}')],
    [
      'a sent reminder for a stage that does not exist',
      { type: 'cs:mailSent', invoiceIds: ['a:1'], stage: 'reminder9', webmail: 'gmail', to: [], subject: '' },
    ],
    ['a sent reminder for no invoice', { type: 'cs:mailSent', invoiceIds: [], stage: 'reminder1', webmail: 'gmail', to: [], subject: '' }],
    [
      'a sent reminder from an unknown webmail',
      { type: 'cs:mailSent', invoiceIds: ['a:1'], stage: 'reminder1', webmail: 'yahoo', to: [], subject: '' },
    ],
    ['an undone send with no event id', { type: 'cs:mailUnsent', eventId: 0, learned: [] }],
    [
      'an undone send with a thousand addresses',
      { type: 'cs:mailUnsent', eventId: 1, learned: Array.from({ length: 1000 }, () => 'a@b.fr') },
    ],
    [
      'a lookup with a thousand recipients',
      { type: 'cs:mailLookup', recipients: Array.from({ length: 1000 }, () => ({ email: 'a@b.fr' })) },
    ],
  ])('drops a malformed message: %s', async (_label, message) => {
    const { handlers, calls } = spyHandlers();
    const dropped = vi.fn();
    const route = createRouter(handlers, self, { dropped });
    const sender = String((message as { type?: string } | null)?.type).startsWith('cs:') ? contentScript : popup;
    const reply = await route(message, sender);
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
    expect(dropped).toHaveBeenCalled();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it.each(['cs:mailSent', 'cs:mailUnsent', 'cs:mailLookup', 'cs:mailCompose', 'cs:mailTakeFill', 'cs:mailAttachment'] as const)(
    'takes %s from content scripts only (the handlers then require a webmail origin)',
    (type) => {
      expect(ALLOWED_FROM[type]).toEqual(['content-script']);
    },
  );

  it('turns a handler failure into an error reply instead of an unhandled rejection', async () => {
    const { handlers } = spyHandlers();
    handlers['ui:markPaid'] = async () => {
      throw new Error('invoice x:1 not found');
    };
    expect(await createRouter(handlers, self)({ type: 'ui:markPaid', id: 'x:1' }, popup)).toEqual({
      ok: false,
      error: 'invoice x:1 not found',
    });
  });
});

describe('desk messages', () => {
  it.each([
    ['a payment in fractions of a cent', { kind: 'payment', date: '2026-11-20', amount: { minor: 1.5, currency: 'EUR' } }],
    ['a promise with no date', { kind: 'promise', date: 'next week' }],
    ['a dispute with no reason', { kind: 'dispute', reason: '  ' }],
    ['a call with an unknown outcome', { kind: 'call', outcome: 'shouted' }],
    ['an unknown action', { kind: 'write-off' }],
  ])('drops %s before any handler', async (_label, action) => {
    const { handlers, calls } = spyHandlers();
    const route = createRouter(handlers, self);
    expect(await route({ type: 'ui:invoiceAction', invoiceIds: ['x:1'], action }, popup)).toEqual({
      ok: false,
      error: 'malformed message',
    });
    expect(calls).toEqual([]);
  });

  it('drops a client change that carries anything but the editable fields', async () => {
    const { handlers, calls } = spyHandlers();
    const route = createRouter(handlers, self);
    expect(await route({ type: 'ui:updateClient', clientId: 'dupont', patch: { id: 'other', name: 'x' } }, popup)).toEqual({
      ok: false,
      error: 'malformed message',
    });
    expect(calls).toEqual([]);
  });
});
