// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToNodes } from '../../../lib/mail/html-to-nodes';

const serialize = (f: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(f);
  return div.innerHTML;
};

describe('htmlToNodes', () => {
  it('keeps formatting: paragraphs, bold, tables with inline styles, safe links', () => {
    const out = serialize(
      htmlToNodes(
        '<p>Hello <strong>Dupont</strong></p><table style="border-collapse:collapse"><tbody><tr><td colspan="2">A</td></tr></tbody></table><a href="https://pay.example/1">pay</a>',
        document,
      ),
    );
    expect(out).toBe(
      '<p>Hello <strong>Dupont</strong></p><table style="border-collapse:collapse"><tbody><tr><td colspan="2">A</td></tr></tbody></table><a href="https://pay.example/1" rel="noopener noreferrer">pay</a>',
    );
  });

  it.each([
    ['<script>alert(1)</script>ok', 'ok'],
    ['<img src=x onerror=alert(1)>ok', 'ok'],
    ['<p onclick="alert(1)">x</p>', '<p>x</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'],
    ['<p style="background:url(https://evil)">x</p>', '<p>x</p>'],
    ['<iframe src="https://evil"></iframe><svg><script>alert(1)</script></svg>t', 't'],
    ['&lt;b&gt; stays text', '&lt;b&gt; stays text'],
  ])('drops what could run: %s', (html, expected) => {
    expect(serialize(htmlToNodes(html, document))).toBe(expected);
  });
});

describe('htmlToNodes on every built-in template', () => {
  it('rebuilds the rendered reminders without loss of text', async () => {
    const { BUILTIN_TEMPLATES, renderTemplate, htmlToText } = await import('../../../lib/templates');
    const data = {
      lang: 'fr',
      today: '2026-03-20',
      company: { name: 'A & B', iban: 'FR76' },
      client: { name: '<b>X</b>' },
      invoice: { number: 'F1', dueDate: '2026-03-01', amountDue: { minor: 100, currency: 'EUR' }, daysLate: 19 },
      invoices: [],
      multiple: false,
      totals: {},
      legal: { ratePercent: 12.15 },
      deadline: '2026-03-28',
    };
    for (const t of BUILTIN_TEMPLATES) {
      const html = renderTemplate(t.body, data);
      const div = document.createElement('div');
      div.append(htmlToNodes(html, document));
      const squash = (s: string) =>
        s
          .replace(/\((https?|mailto):[^)]*\)/g, '')
          .replace(/^- /gm, '')
          .replace(/[\s|]+/g, '');
      expect(squash(div.textContent!)).toBe(squash(htmlToText(html)));
    }
  });
});

describe('htmlToNodes keeps Relance’s own hooks', () => {
  it('keeps data-relance-* attributes as text and still drops other data- and event attributes', () => {
    const fragment = htmlToNodes('<p data-relance="x" data-relance-minor="123" data-foo="y" onclick="alert(1)">a</p>', document);
    const p = fragment.firstChild as HTMLElement;
    expect(p.getAttribute('data-relance')).toBe('x');
    expect(p.getAttribute('data-relance-minor')).toBe('123');
    expect(p.hasAttribute('data-foo')).toBe(false);
    expect(p.hasAttribute('onclick')).toBe(false);
  });
});
