import { defineConfig } from 'wxt';
import { catalogKeys } from './scripts/catalog-keys.mjs';
import { minifyContentScripts } from './scripts/minify-content.mjs';

// Public half of the signing key: it pins the extension id (gmoaffimfjliijnlhikcbbgciklmbjop)
// for unpacked builds, so tests and the demo can open chrome-extension://<id>/popup.html.
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAym5EN7aJEnqI8trCRPXdm0ELYxlIUxgTfvpiHeBWfOR8m4xcw3Ojaaawj8UeXKlA3P/JXk7cjpnF0BBdsjgr08R1DeNbPMSs50gBpv6rrM5cCI4gpooAudr5mYDPOUpWN19t5CpxIYJgLezumSTwWa2f0nf42q5bEbfJjoPDeKYtsGgH1Tta1+1Xp37nVY/VM7EPt8xUbuzwvQGkcWWQSMiUC8AA9e2ol33HyE5KWGZWPR9jKeE3z0/laDxajghsUiFqDNR1ylIsSmXY7LjpKAKyCp1Wbd5HZWJRw94pUYo1LAMjlP3eeRdjZL4V5A55iew01xaHokn5NLK0W+hRNQIDAQAB';

const EXTENSION_CSP = "script-src 'self'; object-src 'self'";

/** The one portal origin the e2e build holds up front, so tests never meet a permission prompt. */
export const E2E_PORTAL_ORIGIN = 'https://erp.example.fr/*';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The sources zip is what Mozilla's reviewers rebuild from: the code and its tests, no run output.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['test-reports/**', 'test-results/**', 'demo-output/**', 'demo-profile/**', 'docs/**', '.output/**'],
  },
  // RELANCE_PROFILE=1 keeps bench builds readable for a CPU profile (scripts/profile-capture.mjs).
  // catalogKeys: a content script's catalogs hold its own strings only (scripts/catalog-keys.mjs).
  // RELANCE_MAP=1 adds source maps, for what each source costs a script (scripts/bundle-cost.mjs).
  // minifyContentScripts: a second minifier's pass over the content scripts (none when profiling or mapping).
  vite: () => ({
    plugins: [catalogKeys(), ...(process.env.RELANCE_PROFILE || process.env.RELANCE_MAP ? [] : [minifyContentScripts()])],
    ...(process.env.RELANCE_PROFILE && { build: { minify: false } }),
    ...(process.env.RELANCE_MAP && { build: { sourcemap: true } }),
  }),
  hooks: {
    // The benchmark page exists only in `--mode bench` builds (npm run bench), never in a release.
    'entrypoints:resolved'(wxt, entrypoints) {
      if (wxt.config.mode === 'bench') return;
      const i = entrypoints.findIndex((e) => e.name === 'bench');
      if (i >= 0) entrypoints.splice(i, 1);
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // contextMenus: "Open Relance" on the toolbar button's own menu (the desk).
    permissions: ['alarms', 'notifications', 'storage', 'scripting', 'activeTab', 'contextMenus'],
    // Portals are enabled one site at a time, at the user's request.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' && { host_permissions: [E2E_PORTAL_ORIGIN] }),
    // `npm start` serves its demo portal on localhost; headless, nobody can answer a permission prompt.
    ...(mode === 'demo' && { host_permissions: ['http://localhost/*'] }),
    // The store assigns its own id and refuses an uploaded `key`: only unpacked builds carry it.
    ...(browser === 'chrome' && mode !== 'store' && { key: MANIFEST_KEY }),
    ...(browser === 'firefox' && {
      // MV2 has no optional_host_permissions: the same origins go in optional_permissions.
      optional_permissions: ['https://*/*', 'http://*/*'],
      browser_specific_settings: {
        gecko_android: { strict_min_version: '142.0' },
        gecko: {
          id: 'relance@relance.app',
          // data_collection_permissions is read from Firefox 140 (Android 142) on.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-picker': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandOpenPicker__' },
    },
    // Only the extension's own scripts run; no eval, no remote code, no plugins.
    content_security_policy:
      browser === 'firefox' ? (EXTENSION_CSP as unknown as { extension_pages: string }) : { extension_pages: EXTENSION_CSP },
  }),
});
