import '../../components/printed-page.css';
import { getSettings } from '../../lib/db';
import { t, uiLanguage } from '../../lib/i18n';
import { htmlToNodes } from '../../lib/mail/html-to-nodes';
import { send } from '../../lib/messaging/send';

// The formal notice as a printable letter; printing it is recorded in the history.
const ids = (new URLSearchParams(location.search).get('invoices') ?? '').split(',').filter(Boolean).slice(0, 200);
const lang = uiLanguage((await getSettings()).uiLanguage);
const button = document.querySelector<HTMLButtonElement>('[data-relance-action="print"]')!;
const status = document.querySelector('[data-relance="letter-status"]')!;
button.textContent = t('letterPrint', lang);
const letter = await send({ type: 'ui:prepareLetter', invoiceIds: ids });
document.title = letter.subject;
document.getElementById('letter')!.append(htmlToNodes(letter.html, document));
button.addEventListener('click', async () => {
  window.print();
  await send({ type: 'ui:recordPrinted', invoiceIds: letter.invoiceIds });
  status.textContent = t('letterPrinted', lang);
});
