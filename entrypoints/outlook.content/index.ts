/** Outlook on the web compose integration: wired to lib/mail when the webmail feature lands (issue 5). */
export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main() {},
});
