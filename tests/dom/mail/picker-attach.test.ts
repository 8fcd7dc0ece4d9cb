// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../lib/core/reminder-event';
import type { ComposedReminder, PickerData } from '../../../lib/mail/messages';
import { openPicker } from '../../../lib/mail/picker';
import { trusted } from '../trusted';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const DATA: PickerData = {
  lang: 'en',
  templates: [],
  clients: [
    {
      id: 'garage',
      name: 'Garage Martin SARL',
      emails: [],
      language: 'en',
      by: 'email',
      stage: 'reminder1',
      invoices: [
        {
          id: 'erp:FA-3',
          number: 'FA-3',
          amountDue: { minor: 1000, currency: 'EUR' },
          dueDate: '2026-01-28',
          daysLate: 40,
          stage: 'reminder1',
        },
      ],
    },
  ],
};

/** The picker on a fake background: the invoice has `files` stored copies; attach unset means the stage's default (on for reminder 1). */
function open(files: number) {
  const calls: (boolean | undefined)[] = [];
  const compose = async (invoiceIds: string[], stage: Stage, templateId?: string, attach?: boolean): Promise<ComposedReminder> => {
    calls.push(attach);
    const on = files > 0 && (attach ?? stage === 'reminder1');
    return {
      invoiceIds,
      numbers: ['FA-3'],
      clientId: 'garage',
      stage,
      templateId: templateId ?? 'en-reminder1-standard',
      to: [],
      subject: 'S',
      html: `<p>FA-3${on ? ' Please find the invoice attached.' : ''}</p>`,
      text: '',
      attachable: files,
      attachments: on ? [{ fileId: 'erp:FA-3|FA-3.pdf', name: 'FA-3.pdf', size: 3, type: 'application/pdf' }] : [],
    };
  };
  document.body.replaceChildren();
  const picker = openPicker(document, { lang: 'en', lookup: async () => DATA, compose, insert: async () => 'ok', closed: () => {} });
  const root = picker.host.shadowRoot!;
  return {
    calls,
    row: () => root.querySelector<HTMLElement>('[data-relance="picker-attach"]')!,
    box: () => root.querySelector<HTMLInputElement>('[data-relance="picker-attach-box"]')!,
    preview: () => root.querySelector('[data-relance="picker-preview"]')!.textContent,
  };
}

describe('"Attach the invoice" in the picker', () => {
  it('is hidden when the invoice has no stored copy', async () => {
    const p = open(0);
    await tick(10);
    expect(p.row().hidden).toBe(true);
    expect(p.calls).toEqual([undefined]);
  });

  it('is shown and ticked for the first reminder with the file named; unticking recomposes without it and keeps the choice', async () => {
    const p = open(1);
    await tick(10);
    expect([p.row().hidden, p.box().checked, p.row().textContent]).toEqual([false, true, 'Attach the invoice(FA-3.pdf)']);
    expect(p.preview()).toContain('attached');
    p.box().checked = false;
    p.box().dispatchEvent(new Event('change', { bubbles: true }));
    await tick(10);
    // A page script's change is not the user's: nothing recomposed.
    expect(p.calls).toEqual([undefined]);
    p.box().dispatchEvent(trusted(new Event('change', { bubbles: true })));
    await tick(10);
    expect(p.calls).toEqual([undefined, false]);
    expect([p.box().checked, p.row().textContent, p.preview()?.includes('attached')]).toEqual([false, 'Attach the invoice', false]);
  });
});
