/** Gmail compose integration: wired to lib/mail when the webmail feature lands (issue 5). */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main() {},
});
