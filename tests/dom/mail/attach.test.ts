// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true } }
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { attachInvoiceFiles } from '../../../lib/mail/attach-invoice';
import { startWebmail, type WebmailController } from '../../../lib/mail/controller';
import { gmail } from '../../../lib/mail/gmail';
import type { AttachmentBytes, PendingFill } from '../../../lib/mail/messages';
import { outlook } from '../../../lib/mail/outlook';
import type { ContentMessage } from '../../../lib/messaging/protocol';
import { mountWebmail, WEBMAIL_FIXTURES } from './load-webmail';

/**
 * Attaching the copy of the invoice, on the fixtures with their behaviour scripts running (our own
 * scripts, the same the end-to-end tests serve): they show Gmail's drop zones on dragover and a chip
 * on drop, and Outlook's attachment item when its file input changes or files are dropped on the body.
 */
type FixtureState = { attached?: { name: string; size: number; type: string; via?: string }[]; sent: { attachments?: string[] }[] };
/** Each site's script keeps its own state (both scripts' listeners stay on the document). */
const states = new Map<string, FixtureState>();
let fixture = (): FixtureState => ({ sent: [] });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
const pdf = (name: string) => new File([PDF], name, { type: 'application/pdf' });
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const BYTES: AttachmentBytes = {
  fileId: 'erp.example.fr:FA2610-0031|FA2610-0031.pdf',
  name: 'FA2610-0031.pdf',
  type: 'application/pdf',
  data: b64(PDF),
};
const WANTED = [{ fileId: BYTES.fileId, name: BYTES.name, size: PDF.length, type: 'application/pdf' }];

/** Mounts a fixture in the window's document; its site's behaviour script is loaded once per site (its listeners sit on the document). */
const loaded = new Set<string>();
function mount(file: string, url = 'https://mail.google.com/mail/u/0/#inbox/FMfcg') {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const doc = mountWebmail(file);
  const site = file.split('/')[0]!;
  if (!loaded.has(site)) {
    const script = doc.createElement('script');
    script.textContent = readFileSync(path.join(WEBMAIL_FIXTURES, site, 'app.js'), 'utf8');
    doc.head.append(script);
    loaded.add(site);
    states.set(site, (window as unknown as { __fixture: FixtureState }).__fixture);
  }
  fixture = () => states.get(site)!;
  fixture().attached = [];
  fixture().sent = [];
  return doc;
}

const toastText = (doc: Document) => doc.querySelector('[data-relance="toast"]')?.shadowRoot?.textContent ?? '';

describe("Gmail: the file dropped on the compose's attachment drop zone", () => {
  beforeAll(() => mount('gmail/reply-thread-en.html'));

  it("shows Gmail's zone over the compose on dragover, drops there, and the compose shows the chip", async () => {
    const doc = mount('gmail/reply-thread-en.html');
    const compose = gmail.findComposes(doc)[0]!;
    const zone = doc.querySelector<HTMLElement>('body > .aC7.aWP')!;
    expect(zone.style.display).toBe('none');
    const seen: string[] = [];
    zone.addEventListener('drop', () => seen.push(zone.style.display));
    expect(await compose.attachFiles([pdf('FA2610-0031.pdf')])).toBe(true);
    expect(seen).toEqual(['block']); // dropped on the zone while Gmail showed it
    expect(zone.style.display).toBe('none');
    expect(compose.attachedNames()).toEqual(['FA2610-0031.pdf']);
    expect(fixture().attached).toEqual([{ name: 'FA2610-0031.pdf', size: PDF.length, type: 'application/pdf' }]);
  });

  it('drops at most three files at a time, as InboxSDK does', async () => {
    const doc = mount('gmail/reply-thread-en.html');
    const compose = gmail.findComposes(doc)[0]!;
    let drops = 0;
    doc.querySelector('body > .aC7.aWP')!.addEventListener('drop', () => (drops += 1));
    await compose.attachFiles(['a', 'b', 'c', 'd'].map((n) => pdf(`${n}.pdf`)));
    expect([drops, compose.attachedNames()]).toEqual([2, ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf']]);
  });

  it('says it could not when the page shows no drop zone', async () => {
    const doc = mount('gmail/reply-thread-en.html');
    doc.querySelectorAll('body > .aC7').forEach((zone) => zone.remove());
    const compose = gmail.findComposes(doc)[0]!;
    expect(await compose.attachFiles([pdf('x.pdf')])).toBe(false);
    expect(compose.attachedNames()).toEqual([]);
  });

  it('with the chip shown, tells the user the invoice is attached and returns the file for the history', async () => {
    const doc = mount('gmail/reply-thread-en.html');
    const compose = gmail.findComposes(doc)[0]!;
    const asked: string[] = [];
    const attached = await attachInvoiceFiles(compose, WANTED, { lang: 'en', fetch: async (id) => (asked.push(id), BYTES) });
    expect(asked).toEqual([BYTES.fileId]);
    expect(attached).toEqual([{ fileId: BYTES.fileId, name: 'FA2610-0031.pdf' }]);
    expect(toastText(doc)).toContain('with the invoice attached');
    // A second attempt on the same compose (a draft reopened after Undo) does not attach it twice.
    await attachInvoiceFiles(compose, WANTED, { lang: 'en', fetch: async () => BYTES });
    expect(compose.attachedNames()).toEqual(['FA2610-0031.pdf']);
  });

  it('when Gmail ignores the drop, the user is told and gets the file to download, never silently missing', async () => {
    const doc = mount('gmail/reply-thread-en.html', 'https://mail.google.com/mail/u/0/?fixture=nodrop#inbox/FMfcg');
    const compose = gmail.findComposes(doc)[0]!;
    const attached = await attachInvoiceFiles(compose, WANTED, { lang: 'fr', fetch: async () => BYTES, chipChecks: 5 });
    expect(attached).toEqual([]);
    expect(compose.attachedNames()).toEqual([]);
    const toast = doc.querySelector('[data-relance="toast"]')!.shadowRoot!;
    expect(toast.textContent).toContain("Gmail n'a pas pris le fichier de la facture");
    const link = toast.querySelector<HTMLAnchorElement>('a[data-relance-action="download-attachment"]')!;
    expect([link.textContent, link.getAttribute('download'), link.href.startsWith('blob:')]).toEqual([
      'Télécharger FA2610-0031.pdf',
      'FA2610-0031.pdf',
      true,
    ]);
  });

  it('when the file cannot be read, the user is told why', async () => {
    const doc = mount('gmail/reply-thread-en.html');
    const compose = gmail.findComposes(doc)[0]!;
    const attached = await attachInvoiceFiles(compose, WANTED, {
      lang: 'en',
      fetch: async () => Promise.reject(new Error('This file does not belong to a reminder written in this tab.')),
    });
    expect(attached).toEqual([]);
    expect(toastText(doc)).toContain('could not be attached: This file does not belong');
  });
});

describe("Outlook: the file through the compose's own file input, else dropped on the body", () => {
  const OWA = 'https://outlook.office.com/mail/inbox/id/AAQk';
  beforeAll(() => mount('outlook/reading-reply-en.html', OWA));

  it('fills the hidden file input (not the picture one) and the compose lists the attachment', async () => {
    const doc = mount('outlook/reading-reply-en.html', OWA);
    const compose = outlook.findComposes(doc)[0]!;
    let pictures = 0;
    doc.querySelector('[data-fixture="picture-input"]')!.addEventListener('change', () => (pictures += 1));
    expect(await compose.attachFiles([pdf('FA2610-0031.pdf')])).toBe(true);
    expect(compose.attachedNames()).toEqual(['FA2610-0031.pdf']);
    expect([fixture().attached?.map((a) => [a.name, a.via]), pictures]).toEqual([[['FA2610-0031.pdf', 'input']], 0]);
  });

  it('drops the file on the body when the compose has no file input', async () => {
    const doc = mount('outlook/reading-reply-en.html', OWA);
    doc.querySelectorAll('input[type="file"]').forEach((input) => input.remove());
    const compose = outlook.findComposes(doc)[0]!;
    await compose.attachFiles([pdf('FA2610-0031.pdf')]);
    expect(compose.attachedNames()).toEqual(['FA2610-0031.pdf']);
    expect(fixture().attached?.map((a) => a.via)).toEqual(['drop']);
  });

  it('reads the attachments the user added before, by their names', () => {
    const doc = mount('outlook/compose-en.html', OWA);
    expect(outlook.findComposes(doc)[0]!.attachedNames()).toEqual(['Statement October.pdf']);
  });
});

describe('the controller: a reminder with its invoice, sent', () => {
  let controller: WebmailController | undefined;
  afterEach(() => controller?.stop());
  const FILL: PendingFill = {
    webmail: 'gmail',
    invoiceIds: ['erp.example.fr:FA2610-0031'],
    numbers: ['FA2610-0031'],
    clientId: 'garage-martin-sarl',
    stage: 'reminder1',
    templateId: 'en-reminder1-standard',
    to: ['factures@garage-martin.fr'],
    subject: 'Invoice FA2610-0031 awaiting payment',
    html: '<p>Hello,</p><p>Invoice FA2610-0031. Please find the invoice attached.</p>',
    text: 'Hello',
    attachments: WANTED,
    attachable: 1,
  };

  function start(fill: PendingFill, url?: string) {
    const doc = mount('gmail/reply-thread-en.html', url);
    const sent: ContentMessage[] = [];
    controller = startWebmail(doc, {
      adapter: gmail,
      lang: 'en',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg',
      watch: { delay: 10 },
      send: async <T>(message: ContentMessage) => {
        sent.push(message);
        const data =
          message.type === 'cs:mailTakeFill'
            ? fill
            : message.type === 'cs:mailAttachment'
              ? BYTES
              : message.type === 'cs:mailSent'
                ? { eventId: 1, learned: [] }
                : true;
        return { ok: true as const, data: data as T };
      },
    });
    return { doc, sent, compose: () => controller!.composes()[0]! };
  }

  async function send(root: Element) {
    (root.querySelector('.aoO') as HTMLElement).click();
    await tick(50);
  }

  it('asks the background for the file, attaches it after the text, and records it with the send', async () => {
    const { sent, compose } = start(FILL);
    await tick(400);
    expect(compose().attachedNames()).toEqual(['FA2610-0031.pdf']);
    expect(sent.filter((m) => m.type === 'cs:mailAttachment')).toEqual([{ type: 'cs:mailAttachment', fileId: BYTES.fileId }]);
    await send(compose().root);
    expect(fixture().sent.map((s) => s.attachments)).toEqual([['FA2610-0031.pdf']]);
    expect(sent.find((m) => m.type === 'cs:mailSent')).toMatchObject({
      subject: 'Invoice FA2610-0031',
      attachments: [{ fileId: BYTES.fileId, name: 'FA2610-0031.pdf' }],
    });
  });

  it('records no file when the user removed the chip before Send, or when the webmail never took it', async () => {
    const removed = start(FILL);
    await tick(400);
    removed.compose().root.querySelector('.GM .dL')!.remove();
    await send(removed.compose().root);
    expect(removed.sent.find((m) => m.type === 'cs:mailSent')).not.toHaveProperty('attachments');
    controller!.stop();

    const ignored = start(FILL, 'https://mail.google.com/mail/u/0/?fixture=nodrop#inbox/FMfcg');
    await tick(400);
    await send(ignored.compose().root);
    expect(ignored.sent.find((m) => m.type === 'cs:mailSent')).not.toHaveProperty('attachments');
  });

  it('asks for no file when the reminder goes without one', async () => {
    const { sent } = start({ ...FILL, attachments: [] });
    await tick(400);
    expect(sent.some((m) => m.type === 'cs:mailAttachment')).toBe(false);
  });
});
