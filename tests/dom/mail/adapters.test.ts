// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { WebmailAdapter } from '../../../lib/mail/compose';
import { gmail } from '../../../lib/mail/gmail';
import { insertReminder, KEPT_BLOCKS } from '../../../lib/mail/insert-reminder';
import { isBlankNode } from '../../../lib/mail/dom-edit';
import { outlook } from '../../../lib/mail/outlook';
import { loadWebmail, mountWebmail } from './load-webmail';

interface Case {
  file: string;
  opened?: boolean;
  adapter: WebmailAdapter;
  composes: number;
  recipients: { email?: string; name?: string }[];
  subject: string;
  /** Whether the compose shows a subject Relance may set (a reply hides it). */
  subjectShown: boolean;
  slot: 'inline' | 'floating';
  send: string;
  discard: string;
  kept?: string;
}

const CASES: Case[] = [
  {
    file: 'gmail/inbox-en.html',
    opened: true,
    adapter: gmail,
    composes: 1,
    recipients: [],
    subject: '',
    subjectShown: true,
    slot: 'inline',
    send: '.aoO',
    discard: '.og',
  },
  {
    file: 'gmail/conversation-fr.html',
    adapter: gmail,
    composes: 1,
    recipients: [{ email: 'compta@boulangerie-dupont.fr', name: 'Boulangerie Dupont & Fils' }],
    subject: 'Re: Facture FA2611-0007',
    subjectShown: false,
    slot: 'inline',
    send: '.aoO',
    discard: '.og',
    kept: '.gmail_quote',
  },
  {
    file: 'gmail/fullscreen-en.html',
    opened: true,
    adapter: gmail,
    composes: 1,
    recipients: [],
    subject: '',
    subjectShown: true,
    slot: 'inline',
    send: '.aoO',
    discard: '.og',
  },
  {
    file: 'gmail/popout-fr.html',
    adapter: gmail,
    composes: 1,
    recipients: [],
    subject: '',
    subjectShown: true,
    slot: 'inline',
    send: '.aoO',
    discard: '.og',
    kept: '.gmail_signature',
  },
  {
    file: 'gmail/legacy-en.html',
    adapter: gmail,
    composes: 1,
    recipients: [{ email: 'factures@garage-martin.fr', name: 'Garage Martin' }],
    subject: '',
    subjectShown: true,
    slot: 'inline',
    send: '.aoO',
    discard: '.og',
  },
  // Issue 14: a reply whose subject box is hidden and empty sends the thread's subject.
  {
    file: 'gmail/reply-thread-en.html',
    adapter: gmail,
    composes: 1,
    recipients: [{ email: 'factures@garage-martin.fr', name: 'Garage Martin' }],
    subject: 'Invoice FA2610-0031',
    subjectShown: false,
    slot: 'inline',
    send: '.aoO',
    discard: '.og',
    kept: '.gmail_quote',
  },
  // Issue 14: the "-- " line (span.gmail_signature_prefix) is the signature's: the blank lines above it are replaced.
  {
    file: 'gmail/signature-prefix-en.html',
    adapter: gmail,
    composes: 1,
    recipients: [],
    subject: '',
    subjectShown: true,
    slot: 'inline',
    send: '.aoO',
    discard: '.og',
    kept: '.gmail_signature_prefix',
  },
  {
    file: 'outlook/compose-en.html',
    adapter: outlook,
    composes: 1,
    recipients: [{ email: undefined, name: 'Cabinet Leroy' }],
    subject: '',
    subjectShown: true,
    slot: 'floating',
    send: '[data-fixture="send"]',
    discard: '[data-fixture="discard"]',
    kept: '#Signature',
  },
  {
    file: 'outlook/reply-fr.html',
    opened: true,
    adapter: outlook,
    composes: 1,
    recipients: [{ email: 'factures@garage-martin.fr', name: 'Garage Martin SARL' }],
    subject: 'RE: Facture FA2610-0031',
    subjectShown: false,
    slot: 'floating',
    send: '[data-fixture="send"]',
    discard: '[data-fixture="discard"]',
    kept: '#divRplyFwdMsg',
  },
  {
    file: 'outlook/deeplink-en.html',
    opened: true,
    adapter: outlook,
    composes: 1,
    recipients: [],
    subject: '',
    subjectShown: true,
    slot: 'floating',
    send: '[data-fixture="send"]',
    discard: '[data-fixture="discard"]',
  },
  // Issue 14: a reply in the reading pane, with no Form_Content around it ([role=main] holds it).
  {
    file: 'outlook/reading-reply-en.html',
    adapter: outlook,
    composes: 1,
    recipients: [{ email: undefined, name: 'Garage Martin SARL' }],
    subject: 'RE: Invoice FA2610-0031',
    subjectShown: false,
    slot: 'floating',
    send: '[data-fixture="send"]',
    discard: '[data-fixture="discard"]',
    kept: '#divRplyFwdMsg',
  },
  {
    file: 'outlook/legacy-fr.html',
    adapter: outlook,
    composes: 1,
    recipients: [{ email: 'compta@cabinet-leroy.fr', name: 'Cabinet Leroy' }],
    subject: '',
    subjectShown: true,
    slot: 'floating',
    send: '[data-fixture="send"]',
    discard: '[data-fixture="discard"]',
  },
];

const REMINDER =
  '<p>Hello,</p><p>Invoice <strong>FA2611-0007</strong> is unpaid.</p><table><tbody><tr><td>FA2611-0007</td><td>1 240,00 €</td></tr></tbody></table>';

describe.each(CASES)('$file', (c) => {
  const open = () => {
    // In the window's own document: happy-dom compares range boundaries wrongly in parsed documents.
    const doc = mountWebmail(c.file, c.opened);
    const composes = c.adapter.findComposes(doc);
    return { doc, composes, compose: composes[0]! };
  };

  it('finds the compose, its recipients and subject, and tells Send and Discard apart', () => {
    const { doc, composes, compose } = open();
    expect(composes).toHaveLength(c.composes);
    expect(compose.recipients()).toEqual(c.recipients);
    expect(compose.subject()).toBe(c.subject);
    expect(compose.buttonSlot().kind).toBe(c.slot);
    const send = compose.root.querySelector(c.send)!;
    const discard = compose.root.querySelector(c.discard)!;
    expect([compose.isSend(send), compose.isDiscard(send)]).toEqual([true, false]);
    expect([compose.isSend(discard), compose.isDiscard(discard)]).toEqual([false, true]);
    expect(compose.isSend(compose.editor)).toBe(false);
    // Nothing outside the compose counts (Gmail's inbox rows carry addresses too).
    expect(compose.root.contains(doc.querySelector('[role="navigation"], [role="banner"]'))).toBe(false);
  });

  it('writes subject, recipient and body, keeping the quoted message or signature, and tells the site', () => {
    const { compose } = open();
    const inputs = vi.fn();
    compose.editor.addEventListener('input', inputs);
    const keys = vi.fn();
    compose.editor.addEventListener('keydown', keys);
    const outcome = insertReminder(compose, {
      subject: 'Invoice FA2611-0007 awaiting payment',
      html: REMINDER,
      to: 'compta@client.example',
    });
    // happy-dom has no execCommand: the node-built path, as under a Trusted Types refusal.
    expect(outcome.method).toBe('nodes');
    expect(outcome.subjectSet).toBe(c.subjectShown);
    expect(compose.subject()).toBe(c.subjectShown ? 'Invoice FA2611-0007 awaiting payment' : c.subject);
    expect(outcome.recipientAdded).toBe(c.recipients.length === 0);
    if (c.recipients.length === 0) expect(compose.recipients().map((r) => r.email)).toEqual(['compta@client.example']);
    expect(compose.editor.querySelector('strong')?.textContent).toBe('FA2611-0007');
    expect(compose.editor.querySelector('table td')?.textContent).toBe('FA2611-0007');
    expect(compose.editor.firstElementChild?.nodeName).toBe('P');
    if (c.kept) {
      // The kept block is there, a blank line below the reminder.
      let block: Node = compose.editor.querySelector(c.kept)!;
      while (block.parentNode !== compose.editor) block = block.parentNode!;
      expect(block.previousSibling && isBlankNode(block.previousSibling)).toBe(true);
      expect(block.previousSibling?.previousSibling?.textContent).toContain('FA2611-0007');
    } else expect(compose.editor.lastElementChild?.nodeName).toBe('TABLE'); // the empty line it started with is gone
    expect(inputs).toHaveBeenCalled();
    expect(keys).toHaveBeenCalled();
  });
});

describe('the subject of a Gmail reply', () => {
  it('is the thread heading when the reply\'s own box is hidden and empty, else the page title less " - account - Gmail"', () => {
    const doc = loadWebmail('gmail/reply-thread-en.html');
    const compose = gmail.findComposes(doc)[0]!;
    expect(compose.subject()).toBe('Invoice FA2610-0031');
    doc.querySelector('h2.hP')!.remove();
    doc.title = 'Re: Invoice FA2610-0031 - accounts@atelier-morel.fr - Gmail';
    expect(compose.subject()).toBe('Re: Invoice FA2610-0031');
    doc.title = 'Gmail';
    expect(compose.subject()).toBe('');
  });

  it("is the reply's own box when it holds one, shown or not", () => {
    const doc = loadWebmail('gmail/reply-thread-en.html');
    doc.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.value = 'RE: Invoice FA2610-0031 (again)';
    expect(gmail.findComposes(doc)[0]!.subject()).toBe('RE: Invoice FA2610-0031 (again)');
  });
});

describe('a Gmail signature with its "-- " line apart', () => {
  it('an empty body gets the reminder with exactly one blank line above "-- ", and the signature whole', () => {
    const doc = mountWebmail('gmail/signature-prefix-en.html');
    const compose = gmail.findComposes(doc)[0]!;
    insertReminder(compose, { subject: 'S', html: '<p>Hello,</p><p>Kind regards,</p>' });
    const nodes = [...compose.editor.childNodes];
    const prefix = nodes.findIndex((n) => (n as Element).classList?.contains('gmail_signature_prefix'));
    const lastOwn = nodes.findIndex((n) => n.textContent === 'Kind regards,');
    expect(nodes.slice(lastOwn + 1, prefix).map((n) => isBlankNode(n))).toEqual([true]);
    expect(nodes[0]?.textContent).toBe('Hello,');
    expect(compose.editor.querySelector('.gmail_signature')?.textContent).toBe('Claire Morel · Atelier Morel01 23 45 67 89');
  });
});

describe('insertion at the cursor', () => {
  it('a body the user started gets the reminder where their cursor was, and their text stays', () => {
    const doc = loadWebmail('gmail/inbox-en.html', true);
    const compose = gmail.findComposes(doc)[0]!;
    compose.editor.replaceChildren(doc.createTextNode('Dear Anne, '), doc.createTextNode('see you Monday.'));
    const cursor = doc.createRange();
    cursor.setStart(compose.editor.lastChild!, 0);
    cursor.collapse(true);
    insertReminder(compose, { subject: 'S', html: '<p>Reminder</p>', cursor });
    expect(compose.editor.textContent).toBe('Dear Anne, Remindersee you Monday.');
    expect([compose.editor.firstChild?.textContent, compose.editor.querySelector('p')?.nextSibling?.textContent]).toEqual([
      'Dear Anne, ',
      'see you Monday.',
    ]);
  });

  it('the kept blocks are a documented list', () => {
    expect(KEPT_BLOCKS.split(', ')).toContain('.gmail_quote');
  });
});
