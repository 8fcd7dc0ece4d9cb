import { serviceWorker, test } from './fixtures';
import { exported, expect, fixtureState, GMAIL_CSP, HOSTS, insertFromPicker, openWebmail, picker } from './webmail';

const INBOX = `${HOSTS.gmail}/mail/u/0/#inbox`;

test.describe('Gmail', () => {
  test('a compose that opens late gets the button; the reminder for the stage goes in, formatted, undoable, saved, under Trusted Types; Ctrl+Enter records it as sent', async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(context, extensionId, INBOX, 'gmail/inbox-en.html', GMAIL_CSP);
    await page.locator('[data-fixture="compose-button"]').click();
    const compose = page.locator('.M9').first();
    await compose.locator('input[peoplekit-id]').fill('compta@boulangerie-dupont.fr');
    await compose.locator('input[peoplekit-id]').press('Enter');
    await expect(compose.locator('[data-relance-action="open-picker"]')).toBeVisible();

    await compose.locator('[data-relance-action="open-picker"]').click();
    const dialog = picker(page);
    await expect(dialog.locator('[data-relance-client="boulangerie-dupont-fils"] legend')).toContainText(
      "Boulangerie Dupont & Fils · found from the recipient's domain",
    );
    await expect(dialog.locator('[data-relance-invoice="FA2611-0007"] input')).toBeChecked();
    await expect(dialog.locator('[data-relance="picker-template"]')).toHaveValue('stage:reminder1');
    await expect(dialog.locator('[data-relance="picker-preview"]')).toContainText('Invoice FA2611-0007 awaiting payment');
    await dialog.locator('[data-relance-action="insert"]').click();
    await expect(dialog).toHaveCount(0);

    const body = compose.locator('[g_editable="true"]');
    await expect(compose.locator('input[name="subjectbox"]')).toHaveValue('Invoice FA2611-0007 awaiting payment');
    await expect(body).toContainText('Unless we are mistaken, invoice FA2611-0007 of 29 January 2026 for €1,240.00');
    await expect(body.locator('p').first()).toBeVisible(); // formatting kept, not flattened to text
    // No stray blank line: the empty <br> the compose started with was replaced, not pushed down.
    expect(await body.evaluate((e) => [e.firstChild?.nodeName, e.lastElementChild?.textContent?.trim() !== ''])).toEqual(['P', true]);
    await expect(compose.locator('[data-fixture="draft-status"]')).toHaveText('Draft saved');
    await expect(compose).toHaveAttribute('data-relance-inserted', 'execCommand');
    expect((await fixtureState(page)).violations).toEqual([]);

    // The webmail's own undo takes the insertion back.
    await body.click();
    await page.keyboard.press('Control+z');
    await expect(body).not.toContainText('FA2611-0007');

    await insertFromPicker(page, compose);
    await expect(body).toContainText('FA2611-0007');
    await body.click();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('[data-fixture="toast"]')).toContainText('Message sent');
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    const sent = (await fixtureState(page)).sent;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe('Invoice FA2611-0007 awaiting payment');
    const data = await exported(options);
    const event = data.events.find((e) => e.action === 'sent');
    expect(event).toMatchObject({
      stage: 'reminder1',
      to: ['compta@boulangerie-dupont.fr'],
      subject: 'Invoice FA2611-0007 awaiting payment',
      invoiceIds: ['erp.example.fr:FA2611-0007'],
      note: 'Gmail',
    });
    expect(data.clients.find((c) => c.id === 'boulangerie-dupont-fils')?.emails).toEqual(['compta@boulangerie-dupont.fr']);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('[data-relance-invoice="FA2611-0007"]')).not.toContainText('Next: First reminder');
  });

  test('with several composes open, each has its button and the reminder goes into the one clicked; a discarded compose records nothing', async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(context, extensionId, INBOX, 'gmail/inbox-en.html', GMAIL_CSP);
    await page.locator('[data-fixture="compose-button"]').click();
    await page.locator('[data-fixture="compose-button"]').click();
    await expect(page.locator('.M9 [data-relance-action="open-picker"]')).toHaveCount(2);
    const second = page.locator('.M9').nth(1);
    await second.locator('input[peoplekit-id]').fill('factures@garage-martin.fr');
    await second.locator('input[peoplekit-id]').press('Enter');
    await insertFromPicker(page, second);
    await expect(second.locator('[g_editable="true"]')).toContainText('FA2610-0031');
    await expect(page.locator('.M9').first().locator('[g_editable="true"]')).not.toContainText('FA2610-0031');
    await expect(picker(page)).toHaveCount(0);

    await second.locator('[aria-label^="Discard draft"]').click();
    await expect(page.locator('.M9')).toHaveCount(1);
    expect((await fixtureState(page)).discarded).toBe(1);
    await page.waitForTimeout(500);
    expect((await exported(options)).events.filter((e) => e.action === 'sent')).toEqual([]);
  });

  test('French reply: matched from the chip, inserted above the quoted message, the hidden subject left alone, Envoyer records it', async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(context, extensionId, INBOX, 'gmail/conversation-fr.html', GMAIL_CSP);
    const compose = page.locator('.AO .M9');
    await insertFromPicker(page, compose);
    const body = compose.locator('[g_editable="true"]');
    await expect(body).toContainText('FA2611-0007');
    expect(
      await body.evaluate((e) => [e.firstElementChild?.nodeName, e.querySelector('.gmail_quote') !== null, e.lastElementChild?.className]),
    ).toEqual(['P', true, 'gmail_quote']);
    await expect(compose.locator('input[name="subjectbox"]')).toHaveValue('Re: Facture FA2611-0007');
    await compose.locator('[aria-label^="Envoyer"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded');
    const event = (await exported(options)).events.find((e) => e.action === 'sent');
    expect(event).toMatchObject({ stage: 'reminder1', to: ['compta@boulangerie-dupont.fr'], subject: 'Re: Facture FA2611-0007' });
  });

  test('Undo after Send: the reopened draft takes the send back out of the history, and sending it again records it once', async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(context, extensionId, INBOX, 'gmail/conversation-fr.html', GMAIL_CSP);
    const compose = page.locator('.AO .M9');
    await insertFromPicker(page, compose);
    await compose.locator('[aria-label^="Envoyer"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded');
    expect((await exported(options)).events.filter((e) => e.action === 'sent')).toHaveLength(1);
    await page.locator('[data-fixture="undo"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('undone');
    expect((await exported(options)).events.filter((e) => e.action === 'sent')).toEqual([]);
    expect((await fixtureState(page)).sent).toEqual([]);
    await expect(compose.locator('[g_editable="true"]')).toContainText('FA2611-0007');
    await compose.locator('[aria-label^="Envoyer"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded');
    const sent = (await exported(options)).events.filter((e) => e.action === 'sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ stage: 'reminder1', subject: 'Re: Facture FA2611-0007' });
  });

  test('the pre-2021 compose (textarea To, span[email] chips, Send outside .Up) works the same', async ({ context, extensionId }) => {
    const { options, page } = await openWebmail(context, extensionId, INBOX, 'gmail/legacy-en.html', GMAIL_CSP);
    const compose = page.locator('.M9');
    await insertFromPicker(page, compose);
    await expect(compose.locator('input[name="subjectbox"]')).toHaveValue('Invoice FA2610-0031 awaiting payment');
    await compose.locator('[data-tooltip^="Send"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded');
    expect((await exported(options)).events.find((e) => e.action === 'sent')).toMatchObject({
      to: ['factures@garage-martin.fr'],
      invoiceIds: ['erp.example.fr:FA2610-0031'],
    });
  });

  test('keyboard only: the shortcut opens the picker on the compose being written, Tab stays inside, Escape closes, search finds a client, Ctrl+Enter inserts with the known address', async ({
    context,
    extensionId,
  }) => {
    const { page } = await openWebmail(context, extensionId, INBOX, 'gmail/popout-fr.html', GMAIL_CSP);
    const compose = page.locator('.M9');
    const body = compose.locator('[g_editable="true"]');
    await expect(compose.locator('[data-relance-action="open-picker"]')).toBeVisible();
    await body.click();
    const worker = await serviceWorker(context);
    const shortcut = () =>
      worker.evaluate(() =>
        (globalThis as unknown as { relanceE2E: { command(name: string): Promise<boolean> } }).relanceE2E.command('open-picker'),
      );
    expect(await shortcut()).toBe(true);
    const dialog = picker(page);
    const search = dialog.locator('[data-relance="picker-search"]');
    await expect(dialog).toContainText('No tracked client matches the recipients');
    await expect(search).toBeFocused();
    // Gmail's own shortcuts never see the keys typed in the picker.
    await page.keyboard.type('garage');
    const box = dialog.locator('[data-relance-invoice="FA2610-0031"] input');
    await expect(box).toBeChecked();
    await expect(dialog.locator('[data-relance="picker-preview"]')).toContainText('FA2610-0031');
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('RELANCE-PICKER');
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(body).toBeFocused();

    await shortcut();
    await expect(search).toBeFocused();
    await page.keyboard.type('FA2610');
    await expect(box).toBeChecked();
    await expect(dialog.locator('[data-relance-action="insert"]')).toBeEnabled();
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toHaveCount(0);
    await expect(body).toContainText('FA2610-0031');
    await expect(compose.locator('[role="option"][data-hovercard-id="factures@garage-martin.fr"]')).toHaveCount(1);
    // The signature stays below the reminder.
    expect(await body.evaluate((e) => e.lastElementChild?.className)).toBe('gmail_signature');
  });

  test('a signature whose "-- " line stands apart (span.gmail_signature_prefix): one blank line between the reminder and "-- ", the signature whole', async ({
    context,
    extensionId,
  }) => {
    const { page } = await openWebmail(context, extensionId, INBOX, 'gmail/signature-prefix-en.html', GMAIL_CSP);
    const compose = page.locator('.M9');
    await compose.locator('[data-relance-action="open-picker"]').click();
    const dialog = picker(page);
    await dialog.locator('[data-relance="picker-search"]').fill('garage');
    await expect(dialog.locator('[data-relance="picker-preview"]')).toContainText('FA2610-0031');
    await dialog.locator('[data-relance-action="insert"]').click();
    const body = compose.locator('[g_editable="true"]');
    await expect(body).toContainText('FA2610-0031');
    const shape = await body.evaluate((e) => {
      const nodes = [...e.childNodes];
      const prefix = nodes.findIndex((n) => (n as Element).classList?.contains('gmail_signature_prefix'));
      const between = nodes.slice(0, prefix).reverse();
      const blank = (n: Node) => (n.textContent ?? '').trim() === '';
      // Chromium may wrap what insertHTML writes in a div: what counts is that nothing blank comes first.
      return {
        startsWithHello: nodes[0]?.textContent?.startsWith('Hello,'),
        blanksAbove: between.findIndex((n) => !blank(n)),
        lastLine: between.find((n) => !blank(n))?.textContent?.trim(),
        signature: e.querySelector('.gmail_signature')?.textContent,
      };
    });
    expect(shape).toEqual({
      startsWithHello: true,
      blanksAbove: 1,
      lastLine: expect.stringContaining('Kind regards,'),
      signature: 'Claire Morel · Atelier Morel01 23 45 67 89',
    });
  });
});
