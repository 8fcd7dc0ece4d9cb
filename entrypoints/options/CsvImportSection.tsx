import { useState, type ChangeEvent } from 'react';
import type { Settings } from '../../lib/core';
import { readInvoiceCsv, type CsvColumn } from '../../lib/csv';
import { decodeCsv } from '../../lib/csv/decode';
import { guessMapping, IMPORT_FIELDS, mappingProblems, type ImportField } from '../../lib/csv/mapping';
import { detectFormats, readRows, type CsvFormats, type ImportRow } from '../../lib/csv/rows';
import { CSV_HOST, getDb, type UpsertResult } from '../../lib/db';
import { t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { CsvImportReport } from './CsvImportReport';

interface CsvFile {
  name: string;
  encoding: string;
  columns: CsvColumn[];
  rows: string[][];
}

/**
 * The portal a file's invoices belong to: the enabled portal under which most of its numbers are
 * already tracked (so a re-import updates them), else none: the file itself.
 */
async function guessHost(numbers: string[], hosts: string[]): Promise<string> {
  const sample = numbers.slice(0, 200);
  let best = { host: CSV_HOST, hits: 0 };
  for (const host of hosts) {
    const hits = (await getDb().invoices.bulkGet(sample.map((n) => `${host}:${n}`))).filter(Boolean).length;
    if (hits > best.hits) best = { host, hits };
  }
  return best.host;
}

/** Each column of the file, an example value, and what the user says it holds. */
function CsvMappingTable({
  file,
  mapping,
  lang,
  onChange,
}: {
  file: CsvFile;
  mapping: ImportField[];
  lang: UiLanguage;
  onChange(column: number, field: ImportField): void;
}) {
  return (
    <table className="mapping" data-relance="csv-mapping">
      <thead>
        <tr>
          <th>{t('csvImportColumn', lang)}</th>
          <th>{t('csvImportExample', lang)}</th>
          <th>{t('csvImportAs', lang)}</th>
        </tr>
      </thead>
      <tbody>
        {file.columns.map((c, i) => (
          <tr key={i}>
            <td>{c.header}</td>
            <td className="example">{(file.rows[0]?.[i] ?? '').slice(0, 60)}</td>
            <td>
              <select value={mapping[i]} data-relance-column={c.header} onChange={(e) => onChange(i, e.currentTarget.value as ImportField)}>
                {IMPORT_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {t(`csvImportField_${f}`, lang)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CsvFormatsProps {
  lang: UiLanguage;
  formats: CsvFormats;
  host: string;
  hosts: string[];
  onFormats(formats: CsvFormats): void;
  onHost(host: string): void;
}

/** The file's decimal separator and date order (as detected, or as the user fixes them) and the portal its invoices belong to. */
function CsvFormatsForm({ lang, formats, host, hosts, onFormats, onHost }: CsvFormatsProps) {
  return (
    <div className="formats">
      <label>
        {t('csvImportDecimal', lang)}
        <select
          value={formats.decimal}
          data-relance="csv-decimal"
          onChange={(e) => onFormats({ ...formats, decimal: e.currentTarget.value as ',' | '.' })}
        >
          <option value=",">{t('csvImportDecimalComma', lang)}</option>
          <option value=".">{t('csvImportDecimalDot', lang)}</option>
        </select>
        <span className="hint">{formats.decimalSure ? t('csvImportDetected', lang) : t('csvImportUnsure', lang)}</span>
      </label>
      <label>
        {t('csvImportDateOrder', lang)}
        <select
          value={formats.dateOrder}
          data-relance="csv-date-order"
          onChange={(e) => onFormats({ ...formats, dateOrder: e.currentTarget.value as CsvFormats['dateOrder'] })}
        >
          <option value="DMY">31/12/2026</option>
          <option value="MDY">12/31/2026</option>
          <option value="YMD">2026-12-31</option>
        </select>
        <span className="hint">{formats.dateOrderSure ? t('csvImportDetected', lang) : t('csvImportUnsure', lang)}</span>
      </label>
      <label>
        {t('csvImportPortal', lang)}
        <select value={host} data-relance="csv-host" onChange={(e) => onHost(e.currentTarget.value)}>
          <option value={CSV_HOST}>{t('csvImportPortalFile', lang)}</option>
          {hosts.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** A chosen file decoded and read, with the columns, formats and portal guessed from its rows. */
async function readCsvFile(chosen: File, hosts: string[]) {
  const { text, encoding } = decodeCsv(new Uint8Array(await chosen.arrayBuffer()));
  const table = readInvoiceCsv(text);
  const mapping = guessMapping(table.columns);
  const numberAt = mapping.indexOf('number');
  const host = numberAt < 0 ? CSV_HOST : await guessHost(table.rows.map((r) => r[numberAt] ?? '').filter(Boolean), hosts);
  const file: CsvFile = { name: chosen.name, encoding, columns: table.columns, rows: table.rows };
  return { file, mapping, formats: detectFormats(table.rows, mapping, table.delimiter), host };
}

/** What the mapping lacks before anything can be tried: a required column, or one field taken twice. */
function mappingMissing(lang: UiLanguage, mapping: ImportField[]): string[] {
  const problems = mappingProblems(mapping);
  const missing = problems
    .filter((p) => p !== 'duplicate')
    .map((p) => (p === 'amount' ? t('csvImportMissingAmount', lang) : t(`csvImportField_${p}`, lang)));
  if (problems.includes('duplicate')) missing.push(t('csvImportDuplicate', lang));
  return missing;
}

/** CSV in: choose a file, confirm or fix the columns and formats, try, then import in one transaction. */
export function CsvImportSection({ lang, settings }: { lang: UiLanguage; settings: Settings }) {
  const [file, setFile] = useState<CsvFile | null>(null);
  const [mapping, setMapping] = useState<ImportField[]>([]);
  const [formats, setFormats] = useState<CsvFormats | null>(null);
  const [host, setHost] = useState(CSV_HOST);
  const [report, setReport] = useState<{ rows: ImportRow[]; result: UpsertResult; done: boolean } | null>(null);
  const [status, setStatus] = useState('');
  const hosts = [...new Set(settings.portals.map((p) => new URL(p.origin.replace(/\/\*$/, '')).host))];

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!chosen) return;
    const read = await readCsvFile(chosen, hosts);
    setFile(read.file);
    setMapping(read.mapping);
    setFormats(read.formats);
    setHost(read.host);
    setReport(null);
    setStatus('');
  };

  const run = async (dryRun: boolean) => {
    if (!file || !formats) return;
    const rows = readRows(file.rows, { mapping, formats, width: file.columns.length });
    const invoices = rows.flatMap((r) => ('invoice' in r ? [r.invoice] : []));
    try {
      const result = await send({ type: 'ui:importInvoices', invoices, host, dryRun });
      setReport({ rows, result, done: !dryRun });
      const refused = rows.length - invoices.length + result.rejected.length;
      setStatus(dryRun ? '' : t('csvImportDone', lang, result.added.length, result.updated.length, refused));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const missing = mappingMissing(lang, mapping);
  return (
    <section className="csv-import" data-relance="csv-import">
      <h2>{t('csvImportTitle', lang)}</h2>
      <p className="hint">{t('csvImportHint', lang)}</p>
      <label className="button">
        {t('csvImportChoose', lang)}
        <input type="file" accept=".csv,text/csv,text/plain" data-relance-action="import-csv" onChange={(e) => void choose(e)} hidden />
      </label>
      {file && formats && (
        <>
          <p data-relance="csv-file">{t('csvImportRead', lang, file.name, file.rows.length, file.encoding)}</p>
          <CsvMappingTable
            file={file}
            mapping={mapping}
            lang={lang}
            onChange={(i, field) => {
              setMapping(mapping.map((m, j) => (j === i ? field : m)));
              setReport(null);
            }}
          />
          <CsvFormatsForm
            lang={lang}
            formats={formats}
            host={host}
            hosts={hosts}
            onFormats={(next) => {
              setFormats(next);
              setReport(null);
            }}
            onHost={(next) => {
              setHost(next);
              setReport(null);
            }}
          />
          {missing.length > 0 && (
            <p className="error" role="alert">
              {t('csvImportMissing', lang, missing.join(', '))}
            </p>
          )}
          <div className="buttons">
            <button type="button" data-relance-action="csv-dry-run" disabled={missing.length > 0} onClick={() => void run(true)}>
              {t('csvImportDryRun', lang)}
            </button>
            <button
              type="button"
              data-relance-action="csv-import"
              disabled={missing.length > 0 || !report || report.done}
              onClick={() => void run(false)}
            >
              {t('csvImportRun', lang)}
            </button>
          </div>
        </>
      )}
      {report && <CsvImportReport lang={lang} {...report} />}
      <p role="status" data-relance="csv-status">
        {status}
      </p>
    </section>
  );
}
