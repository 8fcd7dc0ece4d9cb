import { outlook } from '../../lib/mail/outlook';
import { runWebmailContentScript } from '../../lib/mail/content-main';

/** Relance in Outlook on the web: the same as in Gmail, with a button floating on the editor. */
export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main: () => runWebmailContentScript(outlook),
});
