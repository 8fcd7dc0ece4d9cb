import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './fixtures';

const manifest = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
/** A built script's code: the webmail scripts are the manifest's content scripts, the portal's are injected (at the root). */
const scriptCode = (dir: string, script: string) =>
  readFileSync(
    path.join(ROOT, '.output', dir, ...(script === 'gmail' || script === 'outlook' ? ['content-scripts'] : []), `${script}.js`),
    'utf8',
  );

/**
 * The shadow-root modes a built content script asks for: each `attachShadow({ mode })` argument,
 * a literal or a call to a function the bundler folded to one.
 */
function shadowModes(dir: string, script: string): string[] {
  const code = scriptCode(dir, script);
  return [...code.matchAll(/attachShadow\(\{mode:([^})]+)\)?\}\)/g)].map(([, arg]) => {
    const literal = /^[`"'](\w+)[`"']$/.exec(arg!);
    if (literal) return literal[1]!;
    const name = arg!.replace(/\($/, '');
    return (
      new RegExp(`function ${name.replace(/\$/g, '\\$')}\\(\\)\\{return[\\s]*[\`"'](\\w+)[\`"']\\}`).exec(code)?.[1] ?? `unresolved ${arg}`
    );
  });
}

test.describe("Relance's UI on web pages", () => {
  test('the release build closes every shadow root (picker, compose button, toast, pill, teaching panel); the e2e build keeps them open', () => {
    for (const script of ['gmail', 'outlook', 'portal', 'teach']) {
      const release = shadowModes('chrome-mv3', script);
      expect(release.length, script).toBeGreaterThan(0);
      expect(new Set(release), script).toEqual(new Set(['closed']));
      expect(new Set(shadowModes('chrome-mv3-e2e', script)), script).toEqual(new Set(['open']));
    }
  });

  test("only the e2e build gives up sooner on a webmail's editor and attachment chip; the release keeps the full waits", () => {
    // The numbers a built webmail script passes for those waits (none: the defaults, 15 s and 80 checks).
    const waits = (dir: string, script: string) =>
      [...scriptCode(dir, script).matchAll(/(fillTimeoutMs|chipChecks):(\d[\de]*)/g)]
        .map(([, key, value]) => `${key}=${Number(value)}`)
        .sort();
    for (const script of ['gmail', 'outlook']) {
      expect(waits('chrome-mv3', script), script).toEqual([]);
      expect(waits('chrome-mv3-e2e', script), script).toEqual(['chipChecks=30', 'fillTimeoutMs=5000']);
    }
  });
});

test.describe('built manifest (least privilege)', () => {
  const prod = manifest('chrome-mv3');

  test('asks only for the permissions Relance uses, with no host access up front', () => {
    expect(prod.manifest_version).toBe(3);
    expect([...prod.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage']);
    expect(prod.host_permissions).toBeUndefined();
    expect(prod.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(prod.externally_connectable).toBeUndefined();
    expect(prod.web_accessible_resources).toBeUndefined();
  });

  test('declares content scripts only for Gmail and Outlook on the web', () => {
    const matches = prod.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
    expect(matches).toEqual([
      'https://mail.google.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
  });

  test("offers the picker shortcut Alt+Shift+R, described in the user's language", () => {
    expect(prod.commands).toEqual({
      'open-picker': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandOpenPicker__' },
    });
  });

  test('forbids eval and remote code in extension pages', () => {
    expect(prod.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
  });

  test('pins the extension id with a public key', () => {
    expect(prod.key).toMatch(/^MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/);
  });

  test('the e2e build differs from production only by the one test portal origin', () => {
    const e2e = manifest('chrome-mv3-e2e');
    const { host_permissions, ...rest } = e2e;
    expect(host_permissions).toEqual(['https://erp.example.fr/*']);
    expect(rest).toEqual(prod);
  });
});

test.describe('Firefox build (MV2)', () => {
  const firefox = manifest('firefox-mv2');

  test('keeps the same least privilege, with portal origins as optional permissions', () => {
    expect(firefox.manifest_version).toBe(2);
    expect([...firefox.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage']);
    expect(firefox.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(firefox.content_security_policy).toBe("script-src 'self'; object-src 'self'");
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      id: 'relance@relance.app',
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.key).toBeUndefined();
  });
});
