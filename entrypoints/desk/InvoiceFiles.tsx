import { useState, type DragEvent } from 'react';
import { MAX_INVOICE_FILE_BYTES, type Invoice } from '../../lib/core';
import { deleteInvoiceFile, getInvoiceFiles, putInvoiceFile } from '../../lib/db';
import { download } from '../../lib/page/download';
import { useDesk } from './context';
import { PortalPdfButton } from './PortalPdfButton';
import { useLoad } from './use-load';

/** Every PDF starts with these bytes; anything else is not taken as the copy of an invoice. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

async function readPdf(file: File): Promise<Uint8Array<ArrayBuffer> | 'not-pdf' | 'too-big'> {
  if (file.size > MAX_INVOICE_FILE_BYTES) return 'too-big';
  const data = new Uint8Array(await file.arrayBuffer());
  return PDF_MAGIC.every((b, i) => data[i] === b) ? data : 'not-pdf';
}

/**
 * The copies kept for an invoice: listed, opened, removed, and added by a drop or a file chooser.
 * The page writes them itself (a file does not cross a runtime message well); zod checks the row.
 */
export function InvoiceFiles({ invoice }: { invoice: Invoice }) {
  const desk = useDesk();
  const { t } = desk;
  const [over, setOver] = useState(false);
  const files = useLoad(() => getInvoiceFiles(invoice.id), [invoice.id]);
  const add = async (list: FileList | null) => {
    for (const file of [...(list ?? [])]) {
      const data = await readPdf(file);
      if (data === 'not-pdf' || data === 'too-big')
        return desk.fail(new Error(t(data === 'not-pdf' ? 'deskNotPdf' : 'deskFileTooBig', file.name)));
      try {
        await putInvoiceFile({ invoiceId: invoice.id, name: file.name.slice(0, 255), type: 'application/pdf', data, origin: 'dropped' });
        desk.changed(t('deskFileAdded', file.name));
      } catch (error) {
        desk.fail(error);
      }
    }
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void add(event.dataTransfer.files);
  };
  return (
    <section
      className={over ? 'files over' : 'files'}
      aria-label={t('deskFiles')}
      data-relance="invoice-files"
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h3>{t('deskFiles')}</h3>
      <ul>
        {(files ?? []).map((f) => (
          <li key={f.id} data-relance-file={f.name}>
            <button type="button" className="linkish" onClick={() => download(new Blob([f.data as BlobPart], { type: f.type }), f.name)}>
              {f.name}
            </button>{' '}
            <span className="muted small">{Math.ceil(f.size / 1024)} kB</span>{' '}
            <button
              type="button"
              className="quiet"
              aria-label={t('deskRemoveFile', f.name)}
              onClick={() => void deleteInvoiceFile(f.id).then(() => desk.changed(), desk.fail)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('deskFilesHint')}</p>
      <PortalPdfButton invoice={invoice} />
      <label className="file-input">
        {t('deskAddFile')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          multiple
          data-relance-action="add-file"
          onChange={(e) => void add(e.currentTarget.files)}
        />
      </label>
    </section>
  );
}
