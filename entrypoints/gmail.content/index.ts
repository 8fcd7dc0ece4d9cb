import { gmail } from '../../lib/mail/gmail';
import { runWebmailContentScript } from '../../lib/mail/content-main';

/** Relance in Gmail: a button in every compose, the picker, drafts from links, sends recorded. */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main: () => runWebmailContentScript(gmail),
});
