import type { BrowserContext, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { serviceWorker, test } from './fixtures';
import { exported, expect, fixtureState, GMAIL_CSP, HOSTS, openWebmail, picker, serveWebmail, setUp } from './webmail';

/**
 * The copy of the invoice attached to the reminder, in a Gmail and an Outlook compose (issue 14,
 * item 5), and the reply kinds issue 14's item 6 found missing (a Gmail reply with an empty subject
 * box, an Outlook reply in the reading pane whose chip shows only a name).
 */
const INVOICE = 'erp.example.fr:FA2610-0031';
const NAME = 'FA2610-0031.pdf';
// A small but real PDF header and bytes of every kind, to see them arrive unchanged.
const BYTES = [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), ...Array.from({ length: 256 }, (_, i) => i)];

/** Keeps a copy of the invoice, as the e-invoice import or a dropped PDF would (straight into the extension's IndexedDB). */
async function storeInvoiceFile(context: BrowserContext): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(
    ({ invoiceId, name, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('relance');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('files', 'readwrite');
          const data = new Uint8Array(bytes);
          tx.objectStore('files').put({
            id: `${invoiceId}|${name}`,
            invoiceId,
            name,
            type: 'application/pdf',
            size: data.length,
            data,
            origin: 'dropped',
            addedAt: new Date().toISOString(),
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { invoiceId: INVOICE, name: NAME, bytes: BYTES },
  );
}

/** The bytes of the files the fixture's webmail took (as its own upload would read them). */
const takenBytes = (page: Page) =>
  page.evaluate(async () =>
    Promise.all(
      ((window as unknown as { __fixture: { files?: File[] } }).__fixture.files ?? []).map(async (f) => [
        ...new Uint8Array(await f.arrayBuffer()),
      ]),
    ),
  );

async function insertWithAttachment(page: Page, compose: ReturnType<Page['locator']>) {
  await compose.locator('[data-relance-action="open-picker"]').click();
  const dialog = picker(page);
  await expect(dialog.locator('[data-relance="picker-preview"]')).toContainText('Please find the invoice attached.');
  await expect(dialog.locator('[data-relance="picker-attach"]')).toBeVisible();
  await expect(dialog.locator('[data-relance="picker-attach"]')).toContainText('Attach the invoice');
  await expect(dialog.locator('[data-relance="picker-attach"]')).toContainText(`(${NAME})`);
  await expect(dialog.locator('[data-relance="picker-attach-box"]')).toBeChecked();
  await dialog.locator('[data-relance-action="insert"]').click();
  await expect(dialog).toHaveCount(0);
}

test.describe('the copy of the invoice, attached to the reminder', () => {
  test("Gmail: an inline reply gets the reminder and the invoice dropped on its attachment zone; the send is recorded with the file and the thread's subject", async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(
      context,
      extensionId,
      `${HOSTS.gmail}/mail/u/0/#inbox/FMfcg`,
      'gmail/reply-thread-en.html',
      GMAIL_CSP,
    );
    await storeInvoiceFile(context);
    const compose = page.locator('.AO .M9');
    await insertWithAttachment(page, compose);
    await expect(compose.locator('[g_editable="true"]')).toContainText('Please find the invoice attached.');
    await expect(compose.locator('.GM .dL .vI')).toHaveText([NAME]);
    await expect(page.locator('[data-relance="toast"]')).toContainText('with the invoice attached');
    expect(await takenBytes(page)).toEqual([BYTES]);
    expect((await fixtureState(page)).violations).toEqual([]);

    await compose.locator('[aria-label^="Send"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    expect((await fixtureState(page)).sent.map((s) => (s as { attachments?: string[] }).attachments)).toEqual([[NAME]]);
    const event = (await exported(options)).events.find((e) => e.action === 'sent') as Record<string, unknown> | undefined;
    expect(event).toMatchObject({
      stage: 'reminder1',
      to: ['factures@garage-martin.fr'],
      subject: 'Invoice FA2610-0031',
      invoiceIds: [INVOICE],
      attachments: [{ fileId: `${INVOICE}|${NAME}`, name: NAME }],
    });
  });

  test("Gmail ignoring the drop: the user is told, downloads the file from Relance's toast, and the send records no file", async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(
      context,
      extensionId,
      `${HOSTS.gmail}/mail/u/0/?fixture=nodrop#inbox/FMfcg`,
      'gmail/reply-thread-en.html',
      GMAIL_CSP,
    );
    await storeInvoiceFile(context);
    const compose = page.locator('.AO .M9');
    await insertWithAttachment(page, compose);
    const toast = page.locator('[data-relance="toast"]');
    await expect(toast).toContainText('Gmail did not take the invoice file', { timeout: 15_000 });
    await expect(compose.locator('.GM .dL')).toHaveCount(0);
    const link = toast.locator('a[data-relance-action="download-attachment"]');
    await expect(link).toHaveText(`Download ${NAME}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(NAME);
    expect([...(await readFile((await download.path())!))]).toEqual(BYTES);
    // The message stays until the user closes it (it sits where Gmail's own notices do).
    await toast.locator('button[aria-label="Close"]').click();
    await expect(toast).toHaveCount(0);

    await compose.locator('[aria-label^="Send"]').click();
    await expect(toast).toContainText('recorded as sent');
    const event = (await exported(options)).events.find((e) => e.action === 'sent') as Record<string, unknown> | undefined;
    expect(event).toMatchObject({ invoiceIds: [INVOICE] });
    expect(event).not.toHaveProperty('attachments');
  });

  test("Outlook: a reply in the reading pane (no Form_Content) gets the button, the invoice through its file input, and the send records the client's address for a name-only chip, with the file", async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(
      context,
      extensionId,
      `${HOSTS.office}/mail/inbox/id/AAQk`,
      'outlook/reading-reply-en.html',
    );
    await storeInvoiceFile(context);
    const main = page.locator('[role="main"]');
    await expect(page.locator('[data-relance="compose-button"] [data-relance-action="open-picker"]')).toBeVisible();
    await insertWithAttachment(page, page.locator('body'));
    await expect(main.locator('[id^="editorParent_"] [contenteditable="true"]')).toContainText('Please find the invoice attached.');
    await expect(main.locator(`[role="listitem"][title="${NAME}"]`)).toHaveCount(1);
    expect(await takenBytes(page)).toEqual([BYTES]);

    await page.locator('button[aria-label="Send"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    expect((await fixtureState(page)).sent.map((s) => (s as { attachments?: string[] }).attachments)).toEqual([[NAME]]);
    const event = (await exported(options)).events.find((e) => e.action === 'sent') as Record<string, unknown> | undefined;
    expect(event).toMatchObject({
      note: 'Outlook',
      to: ['factures@garage-martin.fr'],
      subject: 'RE: Invoice FA2610-0031',
      invoiceIds: [INVOICE],
      attachments: [{ fileId: `${INVOICE}|${NAME}`, name: NAME }],
    });
  });

  test('unticking "Attach the invoice" takes the sentence out and attaches nothing', async ({ context, extensionId }) => {
    const { page } = await openWebmail(
      context,
      extensionId,
      `${HOSTS.gmail}/mail/u/0/#inbox/FMfcg`,
      'gmail/reply-thread-en.html',
      GMAIL_CSP,
    );
    await storeInvoiceFile(context);
    const compose = page.locator('.AO .M9');
    await compose.locator('[data-relance-action="open-picker"]').click();
    const dialog = picker(page);
    await expect(dialog.locator('[data-relance="picker-attach-box"]')).toBeChecked();
    await dialog.locator('[data-relance="picker-attach-box"]').uncheck();
    await expect(dialog.locator('[data-relance="picker-preview"]')).not.toContainText('attached');
    await expect(dialog.locator('[data-relance="picker-attach-box"]')).not.toBeChecked();
    await dialog.locator('[data-relance-action="insert"]').click();
    await expect(compose.locator('[g_editable="true"]')).toContainText('FA2610-0031');
    await expect(compose.locator('[g_editable="true"]')).not.toContainText('attached');
    await expect(page.locator('[data-relance="toast"]')).toContainText('Reminder inserted');
    expect(await takenBytes(page)).toEqual([]);
  });

  test('"Draft in Gmail" from the popup: "Attach the invoice" is on for the first reminder, and the compose the link opens gets the reminder and the file', async ({
    context,
    extensionId,
  }) => {
    await serveWebmail(context, HOSTS.gmail, 'gmail/fullscreen-en.html', GMAIL_CSP);
    const options = await setUp(context, extensionId);
    await storeInvoiceFile(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const row = popup.locator('[data-relance-invoice="FA2610-0031"]');
    await expect(row.locator('[data-relance="attach-invoice"]')).toContainText('Attach the invoice');
    await expect(row.locator('[data-relance="attach-invoice"] input')).toBeChecked();
    await expect(popup.locator('[data-relance-invoice="FA2611-0007"] [data-relance="attach-invoice"]')).toHaveCount(0); // no copy kept for it
    const [page] = await Promise.all([context.waitForEvent('page'), row.locator('[data-relance-action="draft-gmail"]').click()]);
    await page.waitForLoadState();
    if (!page.url().startsWith(HOSTS.gmail)) await page.reload(); // opened before Playwright routed it
    const compose = page.locator('.aSs .M9');
    await expect(compose.locator('[g_editable="true"]')).toContainText('Please find the invoice attached.');
    await expect(compose.locator('.GM .dL .vI')).toHaveText([NAME]);
    await expect(page.locator('[data-relance="toast"]')).toContainText('with the invoice attached');
    expect(await takenBytes(page)).toEqual([BYTES]);
    await compose.locator('.IZ .Up [role="button"]').first().click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    const event = (await exported(options)).events.find((e) => e.action === 'sent') as Record<string, unknown> | undefined;
    expect(event).toMatchObject({ stage: 'reminder1', invoiceIds: [INVOICE], attachments: [{ fileId: `${INVOICE}|${NAME}`, name: NAME }] });
  });
});
