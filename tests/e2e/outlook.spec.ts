import type { Page } from '@playwright/test';
import { test } from './fixtures';
import { exported, expect, fixtureState, HOSTS, insertFromPicker, openWebmail, picker } from './webmail';

const body = (page: Page) => page.locator('[data-app-section="Form_Content"] [id^="editorParent_"] [contenteditable="true"]');

test.describe('Outlook on the web', () => {
  test('new message: a floating button on the editor, the client matched by the display name of a chip, the React subject set, Send records it', async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(context, extensionId, `${HOSTS.office}/mail/inbox`, 'outlook/compose-en.html');
    const button = page.locator('[data-relance="compose-button"][data-floating] [data-relance-action="open-picker"]');
    await expect(button).toBeVisible();
    const editorBox = (await body(page).boundingBox())!;
    const buttonBox = (await button.boundingBox())!;
    expect(buttonBox.x + buttonBox.width).toBeLessThanOrEqual(editorBox.x + editorBox.width + 1);
    expect(buttonBox.y).toBeGreaterThan(editorBox.y);

    await button.click();
    const dialog = picker(page);
    await expect(dialog.locator('[data-relance-client="cabinet-leroy"] legend')).toContainText("found from the recipient's name");
    await expect(dialog.locator('[data-relance-invoice="FA2611-0015"] input')).toBeChecked();
    await expect(dialog.locator('[data-relance="picker-template"]')).toHaveValue('stage:courtesy');
    await expect(dialog.locator('[data-relance="picker-preview"]')).not.toBeEmpty();
    await dialog.locator('[data-relance-action="insert"]').click();
    await expect(body(page)).toContainText('FA2611-0015');
    // Outlook's own undo takes it back; then it goes in again.
    await body(page).click();
    await page.keyboard.press('Control+z');
    await expect(body(page)).not.toContainText('FA2611-0015');
    await insertFromPicker(page, page.locator('body'));
    await expect(body(page)).toContainText('FA2611-0015');
    // Above the signature, which stays last.
    expect(await body(page).evaluate((e) => e.lastElementChild?.id)).toBe('Signature');
    const subject = await page.locator('input[aria-label="Add a subject"]').last().inputValue();
    expect(subject).toContain('FA2611-0015');
    await page.locator('button[aria-label="Send"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    // Outlook's React state learned the subject from Relance's input event.
    expect((await fixtureState(page)).sent[0]!.subject).toBe(subject);
    const event = (await exported(options)).events.find((e) => e.action === 'sent');
    expect(event).toMatchObject({ stage: 'courtesy', invoiceIds: ['erp.example.fr:FA2611-0015'], subject, note: 'Outlook', to: [] });
  });

  test('French reply that opens late: matched by the known address, written above the quoted message, Ctrl+Enter records it', async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(context, extensionId, `${HOSTS.office365}/mail/inbox/id/AAQk`, 'outlook/reply-fr.html');
    await page.locator('button[aria-label="Répondre"]').click();
    const compose = page.locator('[data-app-section="Form_Content"]');
    await compose.locator('[id^="editorParent_"] [contenteditable="true"]').waitFor();
    const button = page.locator('[data-relance-action="open-picker"]');
    await button.click();
    await expect(picker(page).locator('[data-relance-client="garage-martin-sarl"] legend')).toContainText(
      "found from the recipient's address",
    );
    await picker(page).locator('[data-relance-action="insert"]').click();
    await expect(body(page)).toContainText('FA2610-0031');
    // Written on the reply's first line (as a paste there would be), a blank line shaped as Outlook's
    // own, then the quoted message intact.
    expect(
      await body(page).evaluate((e) => [
        e.firstElementChild?.querySelector('p')?.textContent,
        e.children[1]?.outerHTML,
        e.children[2]?.id,
        e.lastElementChild?.textContent,
      ]),
    ).toEqual(['Hello,', '<div><br></div>', 'divRplyFwdMsg', 'Bonjour, le virement part vendredi.']);
    await body(page).click();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    expect((await exported(options)).events.find((e) => e.action === 'sent')).toMatchObject({
      to: ['factures@garage-martin.fr'],
      invoiceIds: ['erp.example.fr:FA2610-0031'],
      subject: 'RE: Facture FA2610-0031',
    });
  });

  test('Undo after Send takes the send back out of the history, as in Gmail', async ({ context, extensionId }) => {
    const { options, page } = await openWebmail(context, extensionId, `${HOSTS.office365}/mail/inbox/id/AAQk`, 'outlook/reply-fr.html');
    await page.locator('button[aria-label="Répondre"]').click();
    await body(page).waitFor();
    await page.locator('[data-relance-action="open-picker"]').click();
    await picker(page).locator('[data-relance-action="insert"]').click();
    await expect(body(page)).toContainText('FA2610-0031');
    await body(page).click();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    await page.locator('[data-fixture="undo"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('undone');
    expect((await exported(options)).events.filter((e) => e.action === 'sent')).toEqual([]);
    await expect(body(page)).toContainText('FA2610-0031');
    await body(page).click();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    expect((await exported(options)).events.filter((e) => e.action === 'sent')).toHaveLength(1);
  });

  test('an older build (combobox wells, subject found by its French label, body without role) works the same', async ({
    context,
    extensionId,
  }) => {
    const { options, page } = await openWebmail(context, extensionId, `${HOSTS.office}/mail/inbox`, 'outlook/legacy-fr.html');
    await insertFromPicker(page, page.locator('body'));
    const subject = page.locator('input[aria-label="Ajouter un objet"]');
    await expect(subject).toHaveValue(/FA2611-0015/);
    const written = await subject.inputValue();
    await page.locator('button[aria-label="Envoyer"]').click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    expect((await fixtureState(page)).sent[0]!.subject).toBe(written);
    const data = await exported(options);
    expect(data.events.find((e) => e.action === 'sent')).toMatchObject({ to: ['compta@cabinet-leroy.fr'] });
    expect(data.clients.find((c) => c.id === 'cabinet-leroy')?.emails).toEqual(['compta@cabinet-leroy.fr']);
  });
});
