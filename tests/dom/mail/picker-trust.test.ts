// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createComposeButton } from '../../../lib/mail/compose-button';
import type { ComposeHandle } from '../../../lib/mail/compose';
import type { ComposedReminder, PickerData } from '../../../lib/mail/messages';
import { openPicker, type PickerDeps } from '../../../lib/mail/picker';
import { createPill } from '../../../lib/portal/pill';
import { trusted } from '../trusted';

const NO_ACTIONS = { track() {}, confirm() {}, teach() {}, cancel() {} };
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const DATA: PickerData = {
  lang: 'en',
  templates: [],
  clients: [
    {
      id: 'dupont',
      name: 'Boulangerie Dupont',
      emails: ['compta@dupont.fr'],
      language: 'en',
      by: 'email',
      stage: 'reminder1',
      invoices: [
        { id: 'h:F1', number: 'F1', amountDue: { minor: 1000, currency: 'EUR' }, dueDate: '2026-10-01', daysLate: 52, stage: 'reminder1' },
        { id: 'h:F2', number: 'F2', amountDue: { minor: 9900, currency: 'EUR' }, dueDate: '2026-12-01', daysLate: 0, stage: null },
      ],
    },
  ],
};

function picker() {
  const lookup = vi.fn(async (query: string) =>
    query ? { ...DATA, clients: [{ ...DATA.clients[0]!, by: 'search' as const }] } : { ...DATA, clients: [] },
  );
  const compose = vi.fn(async (invoiceIds: string[]): Promise<ComposedReminder> => ({
    invoiceIds,
    numbers: invoiceIds,
    clientId: 'dupont',
    stage: 'reminder1',
    templateId: 't',
    to: [],
    subject: `About ${invoiceIds.join(',')}`,
    html: '<p>x</p>',
    text: 'x',
    attachments: [],
    attachable: 0,
  }));
  const insert = vi.fn(async (r: ComposedReminder) => `inserted ${r.invoiceIds.join(',')}`);
  const deps: PickerDeps = { lang: 'en', lookup, compose, insert, closed: () => {} };
  const p = openPicker(document, deps);
  return { p, lookup, compose, insert, root: p.host.shadowRoot! };
}

describe("the page cannot read or drive Relance's own UI", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    document.body.replaceChildren();
  });

  it('closes the shadow roots of the picker, the compose button and the pill in a release build', async () => {
    vi.stubEnv('MODE', 'production');
    const editor = document.body.appendChild(document.createElement('div'));
    const compose = { editor, buttonSlot: () => ({ kind: 'floating' }) } as unknown as ComposeHandle;
    const hosts = [
      openPicker(document, { lang: 'en', lookup: async () => DATA, compose: vi.fn(), insert: vi.fn(), closed: () => {} }).host,
      createComposeButton(compose, 'en', () => {}).host,
      createPill(document, 'en', NO_ACTIONS).host,
    ];
    for (const host of hosts) {
      expect(host.isConnected).toBe(true);
      expect(host.shadowRoot, host.tagName).toBeNull();
    }
    await tick();
  });

  it.each(['e2e', 'demo'])('keeps them open in the %s build, for the data-relance hooks', (mode) => {
    vi.stubEnv('MODE', mode);
    expect(createPill(document, 'en', NO_ACTIONS).host.shadowRoot).not.toBeNull();
  });

  it("an untrusted input on the search lists nothing; the user's typing does", async () => {
    const { root, lookup } = picker();
    await tick();
    const search = root.querySelector<HTMLInputElement>('[data-relance="picker-search"]')!;
    search.value = 'dupont';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await tick(300);
    expect(lookup.mock.calls.map(([q]) => q)).toEqual(['']);
    expect(root.querySelector('[data-relance-invoice]')).toBeNull();
    search.dispatchEvent(trusted(new Event('input', { bubbles: true })));
    await tick(300);
    expect(lookup.mock.calls.map(([q]) => q)).toEqual(['', 'dupont']);
    expect(root.querySelectorAll('[data-relance-invoice]')).toHaveLength(2);
  });

  it('an untrusted change on a checkbox does not change which invoice Insert writes', async () => {
    const { root, compose, insert } = picker();
    await tick();
    const search = root.querySelector<HTMLInputElement>('[data-relance="picker-search"]')!;
    search.value = 'dupont';
    search.dispatchEvent(trusted(new Event('input', { bubbles: true })));
    await tick(300);
    expect(compose).toHaveBeenLastCalledWith(['h:F1'], 'reminder1', undefined, undefined);
    const [f1, f2] = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    f1!.checked = false;
    f2!.checked = true;
    f2!.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector('select')!.dispatchEvent(new Event('change', { bubbles: true }));
    await tick(10);
    expect(compose).toHaveBeenCalledTimes(1);
    root
      .querySelector<HTMLButtonElement>('[data-relance-action="insert"]')!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await tick(10);
    expect(insert).toHaveBeenCalledTimes(1);
    expect(insert.mock.calls[0]![0].invoiceIds).toEqual(['h:F1']);
  });

  it('an untrusted key does nothing in the picker: Escape does not close it, Tab does not move focus', async () => {
    const { p, root } = picker();
    await tick();
    const dialog = root.querySelector('[role=dialog]')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(p.host.isConnected).toBe(true);
    const before = root.activeElement;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(root.activeElement).toBe(before);
    dialog.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(p.host.isConnected).toBe(false);
  });
});

describe('a newly learned address in the picker', () => {
  afterEach(() => document.body.replaceChildren());
  const source = { email: 'attacker@evil.example', from: 'send' as const, eventId: 3, at: '2026-11-22T10:00:00.000Z' };

  function withNewAddress() {
    let confirmed = false;
    const data: PickerData = {
      ...DATA,
      clients: [
        {
          ...DATA.clients[0]!,
          emails: ['compta@dupont.fr', 'attacker@evil.example'],
          addresses: [
            {
              email: 'compta@dupont.fr',
              source: { email: 'compta@dupont.fr', from: 'portal', host: 'erp.example.fr', at: '2026-11-20T08:00:00.000Z' },
            },
            { email: 'attacker@evil.example', source },
          ],
        },
      ],
    };
    const compose = vi.fn(async (invoiceIds: string[]): Promise<ComposedReminder> => ({
      invoiceIds,
      numbers: invoiceIds,
      clientId: 'dupont',
      stage: 'reminder1',
      templateId: 't',
      subject: 's',
      html: '<p>x</p>',
      text: 'x',
      attachments: [],
      attachable: 0,
      ...(confirmed ? { to: ['attacker@evil.example'] } : { to: [], newAddress: source }),
    }));
    const confirmAddress = vi.fn(async () => void (confirmed = true));
    const insert = vi.fn(async (r: ComposedReminder) => r.to.join(','));
    const p = openPicker(document, { lang: 'en', lookup: async () => data, compose, insert, confirmAddress, closed: () => {} });
    return { root: p.host.shadowRoot!, compose, confirmAddress, insert };
  }

  it('shows every address of the client with where it came from', async () => {
    const { root } = withNewAddress();
    await tick(10);
    const list = root.querySelector('[data-relance="client-addresses"]')!;
    expect(list.textContent).toContain('compta@dupont.fr (the portal page erp.example.fr, 20/11/2026)');
    expect(list.textContent).toContain('attacker@evil.example (a reminder you sent, 22/11/2026)');
  });

  it('flags an address learned from a send or another site and asks once before using it', async () => {
    const { root, confirmAddress, insert } = withNewAddress();
    await tick(10);
    const flag = root.querySelector('[data-relance="new-address"]')!;
    expect(flag.textContent).toContain('New address attacker@evil.example, learned from a reminder you sent on 22/11/2026: use it?');
    const use = flag.querySelector<HTMLButtonElement>('[data-relance-action="use-address"]')!;
    use.click(); // a page script's click
    await tick(10);
    expect(confirmAddress).not.toHaveBeenCalled();
    root
      .querySelector<HTMLButtonElement>('[data-relance-action="insert"]')!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await tick(10);
    expect(insert.mock.calls[0]![0].to).toEqual([]); // inserted without the unconfirmed address
  });

  it('after the user\'s "Use it", the reminder goes to that address', async () => {
    const { root, compose, confirmAddress, insert } = withNewAddress();
    await tick(10);
    root.querySelector('[data-relance-action="use-address"]')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await tick(10);
    expect(confirmAddress).toHaveBeenCalledWith('dupont', 'attacker@evil.example');
    expect(compose).toHaveBeenCalledTimes(2);
    expect(root.querySelector('[data-relance="new-address"]')).toBeNull();
    root
      .querySelector<HTMLButtonElement>('[data-relance-action="insert"]')!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await tick(10);
    expect(insert.mock.calls[0]![0].to).toEqual(['attacker@evil.example']);
  });
});
