import { useEffect, useState } from 'react';
import type { Template } from '../../lib/core';
import { getDb } from '../../lib/db';
import { t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { BUILTIN_TEMPLATES } from '../../lib/templates';

/** Built-in templates (read-only, copyable) and the user's own, edited and validated before saving. */
export function TemplatesSection({ lang }: { lang: UiLanguage }) {
  const [own, setOwn] = useState<Template[]>([]);
  const [editing, setEditing] = useState<Template | null>(null);
  const [status, setStatus] = useState('');
  const reload = () => void getDb().templates.toArray().then(setOwn);
  useEffect(reload, []);

  const copy = (builtin: Template) => setEditing({ ...builtin, id: `user-${builtin.id}-${Date.now().toString(36)}`, builtin: false, name: `${builtin.name} *` });
  const save = async () => {
    if (!editing) return;
    try {
      const { warnings } = await send<{ warnings: { message: string; line?: number; column?: number }[] }>({ type: 'ui:saveTemplate', template: editing });
      setStatus([t('optionsTemplateSaved', lang), ...warnings.map((w) => `${w.message}${w.line ? ` (line ${w.line}, column ${w.column})` : ''}`)].join(' '));
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
            <span>{tpl.stage} · {tpl.language}{tpl.tone ? ` · ${tpl.tone}` : ''}</span>
            {tpl.builtin ? (
              <button type="button" data-relance-action="copy-template" onClick={() => copy(tpl)}>{t('optionsCopy', lang)}</button>
            ) : (
              <>
                <button type="button" data-relance-action="edit-template" onClick={() => setEditing(tpl)}>✎</button>
                <button type="button" className="danger" onClick={() => void send({ type: 'ui:deleteTemplate', id: tpl.id }).then(reload)}>{t('optionsDelete', lang)}</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing && (
        <div className="editor" data-relance="template-editor">
          <label>{t('optionsSubject', lang)}<input value={editing.subject} onChange={(e) => setEditing({ ...editing, subject: e.currentTarget.value })} data-relance="template-subject" /></label>
          <label>{t('optionsBody', lang)}<textarea rows={12} value={editing.body} onChange={(e) => setEditing({ ...editing, body: e.currentTarget.value })} data-relance="template-body" /></label>
          <button type="button" data-relance-action="save-template" onClick={() => void save()}>{t('optionsSave', lang)}</button>
        </div>
      )}
      <p role="status" data-relance="template-status">{status}</p>
    </section>
  );
}
