// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmail } from '../../../lib/mail/gmail';
import { startWebmail, type WebmailController } from '../../../lib/mail/controller';
import type { PendingFill } from '../../../lib/mail/messages';
import { watchComposes, type WatchStats } from '../../../lib/mail/watch';
import type { ContentMessage } from '../../../lib/messaging/protocol';
import { mountWebmail } from './load-webmail';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const FILL: PendingFill = {
  webmail: 'gmail',
  invoiceIds: ['erp.example.fr:FA2611-0007'],
  numbers: ['FA2611-0007'],
  clientId: 'boulangerie-dupont-fils',
  stage: 'reminder1',
  templateId: 'fr-reminder1-standard',
  to: [],
  subject: 'Facture FA2611-0007',
  html: '<p>Bonjour,</p><p>Relance FA2611-0007</p>',
  text: 'Bonjour',
  attachments: [],
  attachable: 0,
};

let controller: WebmailController | undefined;
afterEach(() => controller?.stop());

/** What the background answers a recorded send: its history entry and the addresses it taught. */
const RECORDED = { eventId: 42, learned: ['compta@boulangerie-dupont.fr'] };

/** A controller on a mounted fixture, with a background that answers and remembers what it got. */
function start(file: string, fill: PendingFill | null, now?: () => number) {
  const doc = mountWebmail(file);
  const sent: ContentMessage[] = [];
  controller = startWebmail(doc, {
    adapter: gmail,
    lang: 'en',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    watch: { delay: 10 },
    now,
    send: async <T>(message: ContentMessage) => {
      sent.push(message);
      return {
        ok: true as const,
        data: (message.type === 'cs:mailTakeFill' ? fill : message.type === 'cs:mailSent' ? RECORDED : true) as T,
      };
    },
  });
  return { doc, sent, compose: () => controller!.composes()[0]! };
}

describe('the webmail controller', () => {
  it('puts one Relance button in each compose, beside Send, and takes it away with the compose', async () => {
    const { doc, compose } = start('gmail/conversation-fr.html', null);
    const button = doc.querySelector('.IZ relance-compose-button');
    expect(button?.shadowRoot?.querySelector('[data-relance-action="open-picker"]')).not.toBeNull();
    expect(button?.closest('td')?.previousElementSibling?.classList.contains('Up')).toBe(true);
    compose().root.remove();
    await tick(30);
    expect(doc.querySelector('relance-compose-button')).toBeNull();
  });

  it('records a reminder it wrote once the compose closes after Send, with its recipients and subject', async () => {
    const { doc, sent, compose } = start('gmail/conversation-fr.html', FILL);
    await tick(30);
    expect(compose().editor.textContent).toContain('Relance FA2611-0007');
    expect(doc.querySelector('[data-relance="toast"]')).not.toBeNull();
    const root = compose().root;
    (root.querySelector('.aoO') as HTMLElement).click();
    root.remove();
    await tick(30);
    expect(sent.filter((m) => m.type === 'cs:mailSent')).toEqual([
      {
        type: 'cs:mailSent',
        invoiceIds: FILL.invoiceIds,
        stage: 'reminder1',
        webmail: 'gmail',
        to: ['compta@boulangerie-dupont.fr'],
        names: [],
        subject: 'Re: Facture FA2611-0007',
      },
    ]);
  });

  it('takes Enter on a focused Send button as a send, as Gmail does', async () => {
    const { sent, compose } = start('gmail/conversation-fr.html', FILL);
    await tick(30);
    const root = compose().root;
    root.querySelector('.aoO')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    root.remove();
    await tick(30);
    expect(sent.filter((m) => m.type === 'cs:mailSent')).toHaveLength(1);
  });

  it('records nothing for a discarded compose, a compose closed without Send, a reminder taken out before Send, or a compose Relance did not write', async () => {
    const discarded = start('gmail/conversation-fr.html', FILL);
    await tick(30);
    const root = discarded.compose().root;
    (root.querySelector('.aoO') as HTMLElement).click(); // refused by the webmail (say, no recipient)…
    (root.querySelector('.og') as HTMLElement).click(); // …then discarded
    root.remove();
    await tick(30);
    expect(discarded.sent.some((m) => m.type === 'cs:mailSent')).toBe(false);
    controller!.stop();

    const closed = start('gmail/conversation-fr.html', FILL);
    await tick(30);
    closed.compose().root.remove();
    await tick(30);
    expect(closed.sent.some((m) => m.type === 'cs:mailSent')).toBe(false);
    controller!.stop();

    const undone = start('gmail/conversation-fr.html', FILL);
    await tick(30);
    const taken = undone.compose().root;
    undone.compose().editor.replaceChildren(document.createTextNode('Bonjour, merci !')); // the user took it out
    (taken.querySelector('.aoO') as HTMLElement).click();
    taken.remove();
    await tick(30);
    expect(undone.sent.some((m) => m.type === 'cs:mailSent')).toBe(false);
    controller!.stop();

    const untouched = start('gmail/conversation-fr.html', null);
    await tick(30);
    const mine = untouched.compose().root;
    (mine.querySelector('.aoO') as HTMLElement).click();
    mine.remove();
    await tick(30);
    expect(untouched.sent.some((m) => m.type === 'cs:mailSent')).toBe(false);
  });

  /** Sends the open compose; then the webmail opens another compose, `change`d from that draft, as Undo reopens it. */
  async function sendThenReopen(root: Element, id: string, change: (reopened: Element) => void = () => {}, between: () => void = () => {}) {
    (root.querySelector('.aoO') as HTMLElement).click();
    const place = { parent: root.parentElement!, next: root.nextSibling };
    root.remove();
    await tick(30);
    between();
    const reopened = root.cloneNode(true) as Element;
    reopened.querySelectorAll('relance-compose-button').forEach((b) => b.remove()); // the webmail builds its DOM afresh
    reopened.querySelector<HTMLInputElement>('input[name="composeid"]')!.value = id;
    change(reopened);
    place.parent.insertBefore(reopened, place.next);
    await tick(60);
    return reopened;
  }

  it('takes back a send the user undid: the webmail reopens the draft with the reminder, and sending it again records it again', async () => {
    const { doc, sent, compose } = start('gmail/conversation-fr.html', FILL);
    await tick(30);
    const reopened = await sendThenReopen(compose().root, 'reply-2');
    expect(sent.filter((m) => m.type === 'cs:mailSent' || m.type === 'cs:mailUnsent').map((m) => m.type)).toEqual([
      'cs:mailSent',
      'cs:mailUnsent',
    ]);
    expect(sent.find((m) => m.type === 'cs:mailUnsent')).toEqual({ type: 'cs:mailUnsent', ...RECORDED });
    expect([...doc.querySelectorAll('[data-relance="toast"]')].some((toast) => toast.shadowRoot?.textContent?.includes('undone'))).toBe(
      true,
    );
    (reopened.querySelector('.aoO') as HTMLElement).click();
    reopened.remove();
    await tick(30);
    expect(sent.filter((m) => m.type === 'cs:mailSent')).toHaveLength(2);
  });

  it('takes back nothing for a new compose without that reminder, or for one that comes back after the undo window', async () => {
    const other = start('gmail/conversation-fr.html', FILL);
    await tick(30);
    await sendThenReopen(other.compose().root, 'reply-2', (reopened) =>
      reopened.querySelector('[g_editable]')!.replaceChildren(document.createTextNode('Merci pour votre commande.')),
    );
    expect(other.sent.filter((m) => m.type === 'cs:mailSent')).toHaveLength(1);
    expect(other.sent.some((m) => m.type === 'cs:mailUnsent')).toBe(false);
    controller!.stop();

    let clock = 0;
    const late = start('gmail/conversation-fr.html', FILL, () => clock);
    await tick(30);
    await sendThenReopen(late.compose().root, 'reply-3', undefined, () => (clock = 40_000)); // past Gmail's longest undo delay
    expect(late.sent.filter((m) => m.type === 'cs:mailSent')).toHaveLength(1);
    expect(late.sent.some((m) => m.type === 'cs:mailUnsent')).toBe(false);
  });

  it("a page script cannot make Relance insert: the picker only answers the user's own clicks", async () => {
    const { doc, compose } = start('gmail/conversation-fr.html', null);
    const before = compose().editor.innerHTML;
    (doc.querySelector('relance-compose-button')!.shadowRoot!.querySelector('button') as HTMLElement).click();
    expect(doc.querySelector('relance-picker')).toBeNull();
    expect(controller!.openPickerHere()).toBe(true); // the shortcut's way in
    await tick(10);
    const insert = doc.querySelector('relance-picker')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-relance-action="insert"]')!;
    insert.disabled = false;
    insert.click();
    await tick(10);
    expect(compose().editor.innerHTML).toBe(before);
  });
});

describe('the attachment chip', () => {
  it('is looked for as many times as the controller is told, then the user is offered the file', async () => {
    const doc = mountWebmail('gmail/conversation-fr.html');
    const fill = { ...FILL, attachments: [{ fileId: 'f1', name: 'FA2611-0007.pdf', size: 3, type: 'application/pdf' }], attachable: 1 };
    let looks = 0;
    // A webmail that takes the file but never shows its chip: every look finds nothing.
    const silent = {
      name: gmail.name,
      findComposes: (d: Document) =>
        gmail.findComposes(d).map((h) =>
          Object.assign(h, {
            attachFiles: async () => true,
            attachedNames: () => ((looks += 1), []),
          }),
        ),
    };
    controller = startWebmail(doc, {
      adapter: silent,
      lang: 'en',
      url: 'https://mail.google.com/mail/u/0/#inbox',
      watch: { delay: 10 },
      chipChecks: 2,
      send: async <T>(message: ContentMessage) => ({
        ok: true as const,
        data: (message.type === 'cs:mailTakeFill'
          ? fill
          : message.type === 'cs:mailAttachment'
            ? { fileId: 'f1', name: 'FA2611-0007.pdf', type: 'application/pdf', data: btoa('PDF') }
            : true) as T,
      }),
    });
    await vi.waitFor(
      () => expect(doc.querySelector('[data-relance="toast"]')?.shadowRoot?.textContent).toContain('Gmail did not take the invoice file'),
      {
        timeout: 5000,
      },
    );
    // One look before handing the file, the two checks, one to list what stayed: not the 80 checks of the default.
    expect(looks).toBe(4);
  });
});

describe('watching for composes', () => {
  it('does no work per mutation: a burst of unrelated changes costs one scan', async () => {
    const doc = mountWebmail('gmail/inbox-en.html');
    const stats: WatchStats = { callbacks: 0, scans: 0, ms: 0 };
    const watcher = watchComposes(doc, gmail, { added: () => {}, removed: () => {} }, { delay: 20, stats });
    const list = doc.querySelector('table.F tbody')!;
    for (let i = 0; i < 1000; i++) list.append(doc.createElement('tr'));
    await tick(60);
    expect(stats.callbacks).toBe(1);
    expect(stats.scans).toBe(2); // the first one at start, then one for the burst
    watcher.stop();
  });

  it('sees a compose open late and close, and a re-rendered compose as the same draft', async () => {
    const doc = mountWebmail('gmail/inbox-en.html');
    const events: string[] = [];
    const watcher = watchComposes(
      doc,
      gmail,
      { added: (c) => events.push(`+${c.key}`), removed: (c, replaced) => events.push(`-${c.key}${replaced ? ' (replaced)' : ''}`) },
      { delay: 5 },
    );
    const shell = doc.querySelector<HTMLTemplateElement>('#fixture-compose')!.content.firstElementChild!.cloneNode(true) as HTMLElement;
    doc.querySelector('.dw .nH.nn')!.append(shell);
    await tick(30);
    const editor = shell.querySelector('[g_editable]')!;
    editor.replaceWith(editor.cloneNode(true));
    await tick(30);
    shell.remove();
    await tick(30);
    expect(events).toEqual(['+gmail:fixture-1', '-gmail:fixture-1 (replaced)', '+gmail:fixture-1', '-gmail:fixture-1']);
    watcher.stop();
  });
});
