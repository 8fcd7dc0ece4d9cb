import { AFRelationship, PDFDocument, StandardFonts } from 'pdf-lib';
import { importEInvoices, openDatabase, type EInvoiceImportItem } from '../db';
import { readEInvoice } from '../einvoice';
import { measure, type Measurement } from './measure';

/** A Factur-X EN 16931 CII with 20 lines, as an invoicing tool writes it. */
function ciiXml(i: number): string {
  const lines = Array.from(
    { length: 20 },
    (_, k) =>
      `<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>${k + 1}</ram:LineID></ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>Article ${k + 1}</ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>10.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>10.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>FA2611-${String(i).padStart(4, '0')}</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20261002</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>${lines}
<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>Au bon moulin</ram:Name></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>Client ${i % 30}</ram:Name><ram:DefinedTradeContact><ram:EmailURIUniversalCommunication><ram:URIID>compta@client${i % 30}.fr</ram:URIID></ram:EmailURIUniversalCommunication></ram:DefinedTradeContact></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeDelivery/>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
<ram:SpecifiedTradePaymentTerms><ram:Description>Paiement à 30 jours, escompte 2 % à 8 jours</ram:Description></ram:SpecifiedTradePaymentTerms>
<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>200.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>200.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">40.00</ram:TaxTotalAmount><ram:GrandTotalAmount>240.00</ram:GrandTotalAmount><ram:DuePayableAmount>240.00</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;
}

/** 100 kB of incompressible bytes: real Factur-X PDFs are 90–150 kB, mostly embedded fonts and a logo. */
const filler = (() => {
  let x = 2_463_534_242;
  return Uint8Array.from({ length: 100_000 }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
})();

/** A two-page PDF with its text, a 100 kB attachment and the Factur-X XML (catalog /AF, EmbeddedFiles). */
async function facturX(i: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 2; p++) {
    const page = doc.addPage();
    for (let l = 0; l < 50; l++)
      page.drawText(`Facture FA2611-${i} — ligne ${l}: article, quantité, prix unitaire, TVA 20 %`, {
        x: 40,
        y: 800 - l * 15,
        size: 9,
        font,
      });
  }
  await doc.attach(filler, 'logo.png', { mimeType: 'image/png' });
  await doc.attach(new TextEncoder().encode(ciiXml(i)), 'factur-x.xml', {
    mimeType: 'text/xml',
    afRelationship: AFRelationship.Alternative,
    description: 'Factur-X',
  });
  return doc.save();
}

/** 100 Factur-X PDFs read (readEInvoice) and imported in one transaction (target: 5 s). */
export async function einvoiceSuite(): Promise<Measurement[]> {
  const pdfs = await Promise.all(Array.from({ length: 100 }, (_, i) => facturX(i)));
  const kb = Math.round(pdfs.reduce((s, p) => s + p.byteLength, 0) / pdfs.length / 1024);
  let read = 0;
  const readOnly = await measure(
    'read 100 Factur-X PDFs (readEInvoice)',
    async () => {
      read = 0;
      for (const pdf of pdfs) if ((await readEInvoice(pdf)).number) read++;
    },
    { runs: 3 },
  );
  readOnly.note = `${read} read, ${kb} kB a PDF`;
  let imported = '';
  const full = await measure(
    '100 Factur-X PDFs read and imported',
    async (run) => {
      const items: EInvoiceImportItem[] = [];
      for (const [i, pdf] of pdfs.entries())
        items.push({ einvoice: await readEInvoice(pdf), file: { name: `FA2611-${i}.pdf`, type: 'application/pdf', bytes: pdf } });
      const db = openDatabase(`relance-bench-einvoice-${Date.now()}-${run}`);
      const result = await importEInvoices(items, { today: '2026-11-22' }, db);
      imported = `${result.added} added, ${result.files} PDF copies kept`;
      db.close();
      await db.delete();
    },
    { runs: 3, target: 5000 },
  );
  full.note = imported;
  return [readOnly, full];
}
