import '../../components/printed-page.css';
import { getSettings } from '../../lib/db';
import { t, uiLanguage } from '../../lib/i18n';
import { htmlToNodes } from '../../lib/mail/html-to-nodes';
import { send } from '../../lib/messaging/send';

// A client's statement of account as a printable page: statement.html?client=<clientId>.
const clientId = new URLSearchParams(location.search).get('client') ?? '';
const lang = uiLanguage((await getSettings()).uiLanguage);
const button = document.querySelector<HTMLButtonElement>('[data-relance-action="print"]')!;
const status = document.querySelector('[data-relance="statement-status"]')!;
button.textContent = t('statementPrint', lang);
try {
  const statement = await send({ type: 'ui:prepareStatement', clientId });
  document.title = statement.title;
  document.documentElement.lang = statement.lang;
  document.getElementById('statement')!.append(htmlToNodes(statement.html, document));
  button.addEventListener('click', () => window.print());
} catch (error) {
  status.textContent = error instanceof Error ? error.message : String(error);
  button.disabled = true;
}
