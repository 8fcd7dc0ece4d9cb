import { useState } from 'react';
import type { Invoice } from '../../lib/core';
import type { MessageKey } from '../../lib/i18n';
import type { PortalPdfReason } from '../../lib/messaging/replies';
import { send } from '../../lib/messaging/send';
import { useDesk } from './context';
import { useLoad } from './use-load';

const FAILURE: Record<PortalPdfReason, MessageKey> = {
  login: 'deskPortalPdfLogin',
  'not-pdf': 'deskPortalPdfNotPdf',
  'too-big': 'deskPortalPdfTooBig',
  http: 'deskPortalPdfHttp',
  network: 'deskPortalPdfNetwork',
  'no-tab': 'deskPortalPdfNoTab',
  'no-link': 'deskPortalPdfNoLink',
  'cross-origin': 'deskPortalPdfNoLink',
};

/**
 * "Fetch from portal": the invoice's PDF, through the tab of its portal the user has open (that
 * page's session downloads it). Offered only when the portal showed a PDF link for the invoice;
 * without an open tab of it, the panel says where to go instead. Fetched on request only: a Track
 * of 500 rows does not send 500 downloads to the user's portal.
 */
export function PortalPdfButton({ invoice }: { invoice: Invoice }) {
  const desk = useDesk();
  const { t } = desk;
  const [busy, setBusy] = useState(false);
  const status = useLoad(
    () => (invoice.pdfUrl ? send({ type: 'ui:portalPdfStatus', invoiceId: invoice.id }) : Promise.resolve(null)),
    [invoice.id, invoice.pdfUrl],
  );
  if (!status) return null;
  if (!status.tabOpen)
    return (
      <p className="muted small" data-relance="portal-pdf-hint">
        {t('deskPortalPdfOpenTab', status.host)}
      </p>
    );
  const fetchIt = async () => {
    setBusy(true);
    try {
      const result = await send({ type: 'ui:fetchPortalPdf', invoiceId: invoice.id });
      if (result.ok) desk.changed(t('deskPortalPdfFetched', result.name));
      else desk.fail(new Error(t(FAILURE[result.reason], result.host ?? status.host, result.status ?? '')));
    } catch (error) {
      desk.fail(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" data-relance-action="fetch-portal-pdf" disabled={busy} onClick={() => void fetchIt()}>
      {busy ? t('deskPortalPdfFetching', status.host) : t('deskFetchFromPortal')}
    </button>
  );
}
