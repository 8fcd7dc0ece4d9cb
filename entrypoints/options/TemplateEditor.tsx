import { useRef } from 'react';
import { RenderedHtml } from '../../components/RenderedHtml';
import type { Invoice, Settings, Template } from '../../lib/core';
import { t, type UiLanguage } from '../../lib/i18n';
import {
  builtinTemplate,
  DOMAIN_HELPERS,
  samplePreview,
  TEMPLATE_VARIABLES,
  validateTemplate,
  type TemplateIssue,
} from '../../lib/templates';

export interface TemplateEditorProps {
  lang: UiLanguage;
  template: Template;
  settings: Settings;
  today: string;
  invoices: Invoice[];
  invoiceId: string;
  onInvoice(id: string): void;
  onChange(template: Template): void;
  onSave(): void;
  onCancel(): void;
}

const INSERTS = [
  ...TEMPLATE_VARIABLES.map((v) => ({ name: v, text: `{{${v}}}` })),
  ...Object.keys(DOMAIN_HELPERS).map((h) => ({ name: h, text: `{{${h} }}` })),
];

function preview(template: Template, settings: Settings, today: string, invoice: Invoice | undefined) {
  try {
    return samplePreview(template, settings, today, invoice);
  } catch {
    return null; // a syntax error: the issues list says where
  }
}

/** A template being edited: its live preview, its problems with line and column, and what it may name. */
export function TemplateEditor({
  lang,
  template,
  settings,
  today,
  invoices,
  invoiceId,
  onInvoice,
  onChange,
  onSave,
  onCancel,
}: TemplateEditorProps) {
  const body = useRef<HTMLTextAreaElement>(null);
  const problems = templateProblems(lang, template);
  const invoice = invoices.find((i) => i.id === invoiceId);
  const mail = preview(template, settings, today, invoice);
  const original = builtinTemplate(template.stage, template.language, template.tone ?? 'standard');
  const insert = (text: string) => {
    const el = body.current;
    const at = el?.selectionStart ?? template.body.length;
    const end = el?.selectionEnd ?? at;
    onChange({ ...template, body: template.body.slice(0, at) + text + template.body.slice(end) });
    requestAnimationFrame(() => el?.setSelectionRange(at + text.length, at + text.length));
  };
  return (
    <div className="editor" data-relance="template-editor">
      <label>
        {t('optionsSubject', lang)}
        <input
          value={template.subject}
          onChange={(e) => onChange({ ...template, subject: e.currentTarget.value })}
          data-relance="template-subject"
        />
      </label>
      <label>
        {t('optionsBody', lang)}
        <textarea
          ref={body}
          rows={12}
          value={template.body}
          onChange={(e) => onChange({ ...template, body: e.currentTarget.value })}
          data-relance="template-body"
        />
      </label>
      <ul className="issues" data-relance="template-issues">
        {problems.map((p, i) => (
          <li key={i} className={p.kind} role={p.kind === 'error' ? 'alert' : undefined}>
            {p.text}
          </li>
        ))}
      </ul>
      <InsertList lang={lang} insert={insert} />
      <div className="buttons">
        <button type="button" data-relance-action="save-template" onClick={onSave}>
          {t('optionsSave', lang)}
        </button>
        {original && (
          <button
            type="button"
            data-relance-action="restore-template"
            onClick={() => onChange({ ...template, subject: original.subject, body: original.body })}
          >
            {t('settingsRestoreBuiltin', lang)}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('settingsCancel', lang)}
        </button>
      </div>
      <TemplatePreviewPane lang={lang} invoices={invoices} invoiceId={invoiceId} onInvoice={onInvoice} mail={mail} />
    </div>
  );
}

/** Each Handlebars error and warning of the subject and the body, with its part, line and column. */
function templateProblems(lang: UiLanguage, template: Template): { kind: string; text: string }[] {
  const issues = (part: 'settingsSubjectPart' | 'settingsBodyPart', source: string) => {
    const check = validateTemplate(source);
    const where = (i: TemplateIssue) => (i.line ? ` (${t('settingsLineColumn', lang, i.line, i.column ?? 0)})` : '');
    return [
      ...check.errors.map((i) => ({
        kind: 'error',
        text: `${t('settingsTemplateError', lang)} · ${t(part, lang)}${where(i)}: ${i.message}`,
      })),
      ...check.warnings.map((i) => ({
        kind: 'warning',
        text: `${t('settingsTemplateWarning', lang)} · ${t(part, lang)}${where(i)}: ${i.message}`,
      })),
    ];
  };
  return [...issues('settingsSubjectPart', template.subject), ...issues('settingsBodyPart', template.body)];
}

/** The variables and helpers the user can insert at the cursor. */
function InsertList({ lang, insert }: { lang: UiLanguage; insert(text: string): void }) {
  return (
    <details>
      <summary>{t('settingsVariables', lang)}</summary>
      <ul className="inserts">
        {INSERTS.map((x) => (
          <li key={x.name}>
            <code>{x.text}</code>{' '}
            <button type="button" data-relance-insert={x.name} onClick={() => insert(x.text)}>
              {t('settingsInsert', lang)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The letter as it will read, on the sample invoice or one the user picks. */
function TemplatePreviewPane({
  lang,
  invoices,
  invoiceId,
  onInvoice,
  mail,
}: {
  lang: UiLanguage;
  invoices: TemplateEditorProps['invoices'];
  invoiceId: string;
  onInvoice(id: string): void;
  mail: ReturnType<typeof preview>;
}) {
  return (
    <>
      <label>
        {t('settingsPreviewOn', lang)}
        <select value={invoiceId} data-relance="template-preview-invoice" onChange={(e) => onInvoice(e.currentTarget.value)}>
          <option value="">{t('settingsSampleInvoice', lang)}</option>
          {invoices.map((i) => (
            <option key={i.id} value={i.id}>
              {i.number} · {i.clientName}
            </option>
          ))}
        </select>
      </label>
      <div className="preview" data-relance="template-preview">
        <p className="preview-title">{t('settingsTemplatePreview', lang)}</p>
        {mail && (
          <>
            <p data-relance="template-preview-subject">
              <strong>{mail.subject}</strong>
            </p>
            <RenderedHtml html={mail.html} data-relance="template-preview-body" />
          </>
        )}
      </div>
    </>
  );
}
