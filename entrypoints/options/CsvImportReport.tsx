import type { ImportRow } from '../../lib/csv/rows';
import type { UpsertResult } from '../../lib/db';
import { t, type MessageKey, type UiLanguage } from '../../lib/i18n';

const PROBLEM_KEY: Record<Extract<ImportRow, { problem: string }>['problem'], MessageKey> = {
  columns: 'csvImportProblem_columns',
  number: 'csvImportProblem_number',
  client: 'csvImportProblem_client',
  amount: 'csvImportProblem_amount',
  date: 'csvImportProblem_date',
  email: 'csvImportProblem_email',
  currency: 'csvImportProblem_currency',
  'too-long': 'csvImportProblem_tooLong',
};
const SHOWN = 50;
const numberOf = (id: string) => id.slice(id.indexOf(':') + 1);

/** What a dry run (or the import) found: added, updated, and refused with the reason per row. */
export function CsvImportReport({ lang, rows, result }: { lang: UiLanguage; rows: ImportRow[]; result: UpsertResult }) {
  const refused = [
    ...rows.flatMap((r) =>
      'problem' in r
        ? [{ key: `l${r.line}`, text: `${t('csvImportLine', lang, r.line)}: ${t(PROBLEM_KEY[r.problem], lang, r.value ?? '')}` }]
        : [],
    ),
    ...result.rejected.map((r, i) => ({ key: `r${i}`, text: `${r.number}: ${r.reason}` })),
  ];
  const list = (title: string, name: string, items: { key: string; text: string }[]) =>
    items.length > 0 && (
      <details open={name === 'refused'} data-relance={`csv-${name}`}>
        <summary>
          {title} ({items.length})
        </summary>
        <ul>
          {items.slice(0, SHOWN).map((i) => (
            <li key={i.key}>{i.text}</li>
          ))}
          {items.length > SHOWN && <li>…</li>}
        </ul>
      </details>
    );
  const ids = (xs: string[]) => xs.map((id) => ({ key: id, text: numberOf(id) }));
  return (
    <div className="csv-report" data-relance="csv-report">
      <p data-relance="csv-summary">
        {t('csvImportSummary', lang, result.added.length, result.updated.length, result.unchanged.length, refused.length)}
      </p>
      {list(t('csvImportAdded', lang), 'added', ids(result.added))}
      {list(t('csvImportUpdated', lang), 'updated', ids(result.updated))}
      {list(t('csvImportRefused', lang), 'refused', refused)}
    </div>
  );
}
