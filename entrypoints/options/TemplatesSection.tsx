import { useEffect, useState } from 'react';
import type { Invoice, Settings, Template } from '../../lib/core';
import { getDb } from '../../lib/db';
import { t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { BUILTIN_TEMPLATES } from '../../lib/templates';
import { TemplateEditor } from './TemplateEditor';

/** Built-in templates (read-only, copyable) and the user's own, edited with a live preview and checked before saving. */
export function TemplatesSection({ lang, settings, today }: { lang: UiLanguage; settings: Settings; today: string }) {
  const [own, setOwn] = useState<Template[]>([]);
  const [invoices, setInvoices] = useState<Invoice[]>([]);
  const [invoiceId, setInvoiceId] = useState('');
  const [editing, setEditing] = useState<Template | null>(null);
  const [status, setStatus] = useState('');
  const reload = () => void getDb().templates.toArray().then(setOwn);
  useEffect(reload, []);
  // Real invoices to preview on, read when the editor opens: unpaid ones first, latest due first.
  const editingId = editing?.id;
  useEffect(() => {
    if (editingId) void getDb().invoices.orderBy('[unpaid+dueDate]').reverse().limit(100).toArray().then(setInvoices);
  }, [editingId]);

  const copy = (builtin: Template) =>
    setEditing({ ...builtin, id: `user-${builtin.id}-${Date.now().toString(36)}`, builtin: false, name: `${builtin.name} *` });
  const save = async () => {
    if (!editing) return;
    try {
      const { warnings } = await send({ type: 'ui:saveTemplate', template: editing });
      setStatus(
        [
          t('optionsTemplateSaved', lang),
          ...warnings.map((w) => `${w.message}${w.line ? ` (${t('settingsLineColumn', lang, w.line, w.column ?? 0)})` : ''}`),
        ].join(' '),
      );
      setEditing(null);
      reload();
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="templates" data-relance="templates">
      <h2>{t('optionsTemplates', lang)}</h2>
      <p className="hint">{t('optionsTemplatesHint', lang)}</p>
      <ul className="site-list">
        {[...own, ...BUILTIN_TEMPLATES.filter((b) => b.language === lang)].map((tpl) => (
          <li key={tpl.id} data-relance-template={tpl.id}>
            <span className="origin">{tpl.name}</span>
            <span>
              {tpl.stage} · {tpl.language}
              {tpl.tone ? ` · ${tpl.tone}` : ''}
            </span>
            {tpl.builtin ? (
              <button type="button" data-relance-action="copy-template" onClick={() => copy(tpl)}>
                {t('optionsCopy', lang)}
              </button>
            ) : (
              <>
                <button type="button" data-relance-action="edit-template" onClick={() => setEditing(tpl)}>
                  ✎
                </button>
                <button type="button" className="danger" onClick={() => void send({ type: 'ui:deleteTemplate', id: tpl.id }).then(reload)}>
                  {t('optionsDelete', lang)}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing && (
        <TemplateEditor
          lang={lang}
          template={editing}
          settings={settings}
          today={today}
          invoices={invoices}
          invoiceId={invoiceId}
          onInvoice={setInvoiceId}
          onChange={setEditing}
          onSave={() => void save()}
          onCancel={() => setEditing(null)}
        />
      )}
      <p role="status" data-relance="template-status">
        {status}
      </p>
    </section>
  );
}
