import type { EmailSource } from '../core';
import { formatDate } from '../format';
import { localeOf, t, type UiLanguage } from '../i18n/content';
import { el } from './el';
import type { PickerAddress, PickerClient } from './messages';

/** "the portal page erp.example.fr", "a reminder you sent", …: where an address was learned. */
export function sourceText(source: EmailSource, lang: UiLanguage): string {
  switch (source.from) {
    case 'portal':
      return t('mailAddressFromPortal', lang, source.host ?? '?');
    case 'send':
      return t('mailAddressFromSend', lang);
    case 'import':
      return t('mailAddressFromImport', lang);
    default:
      return t('mailAddressFromUser', lang);
  }
}

/** The day of an instant, as the user's locale writes it. */
const dayOf = (source: EmailSource, lang: UiLanguage) => formatDate(source.at.slice(0, 10), localeOf(lang));

/** Every address of the client, each with where and when it was learned (text only). */
export function addressList(doc: Document, lang: UiLanguage, client: PickerClient): HTMLElement | null {
  const addresses: PickerAddress[] = client.addresses ?? client.emails.map((email) => ({ email }));
  if (addresses.length === 0) return null;
  const text = addresses
    .map((a) => (a.source ? `${a.email} (${sourceText(a.source, lang)}, ${dayOf(a.source, lang)})` : a.email))
    .join(' · ');
  return el(doc, 'p', { className: 'muted addresses', text, attrs: { 'data-relance': 'client-addresses' } });
}

/**
 * "New address …, learned from … on …: use it?" with a button that answers the user's own click
 * only: the reminder's To stays empty until then.
 */
export function newAddressFlag(doc: Document, lang: UiLanguage, source: EmailSource, onUse: () => void): HTMLElement {
  const use = el(doc, 'button', { text: t('mailUseAddress', lang), attrs: { type: 'button', 'data-relance-action': 'use-address' } });
  use.addEventListener('click', (event) => event.isTrusted && onUse());
  return el(
    doc,
    'div',
    { className: 'flag', attrs: { role: 'alert', 'data-relance': 'new-address' } },
    el(doc, 'span', { text: t('mailNewAddress', lang, source.email, sourceText(source, lang), dayOf(source, lang)) }),
    use,
  );
}
