import { expect, serviceWorker, test } from './fixtures';

// The guard every spec relies on: prove that it sees what the extension tries to fetch.
test.describe('offline guard', () => {
  test('catches a request made by an extension page', async ({ openPage, network }) => {
    const popup = await openPage('popup');
    await popup.evaluate(() => fetch('https://tracker.example/collect').catch(() => 'blocked'));
    await expect.poll(() => network.unserved).toContainEqual({ url: 'https://tracker.example/collect', fromExtension: true });
    network.unserved.length = 0; // seen and proven: do not fail the teardown check
  });

  test('catches a request made by the service worker', async ({ context, network }) => {
    const worker = await serviceWorker(context);
    await worker.evaluate(() => fetch('https://tracker.example/sw').catch(() => 'blocked'));
    await expect.poll(() => network.unserved).toContainEqual({ url: 'https://tracker.example/sw', fromExtension: true });
    network.unserved.length = 0;
  });

  test('serves fixture pages under real hostnames and aborts the rest', async ({ context, network }) => {
    await network.serve(
      'https://erp.example.fr/**',
      '<!doctype html><title>ERP</title><img src="https://cdn.example/logo.png"><p>Factures</p>',
    );
    const page = await context.newPage();
    await page.goto('https://erp.example.fr/compta/facture/list.php');
    await expect(page.locator('p')).toHaveText('Factures');
    await expect.poll(() => network.unserved.map((r) => r.url)).toContain('https://cdn.example/logo.png');
    expect(network.unserved.every((r) => !r.fromExtension)).toBe(true);
  });
});
