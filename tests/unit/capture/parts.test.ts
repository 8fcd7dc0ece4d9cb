// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emailPart, findEmail, isCodePart, isInitials, namePart, readParts, statusPart } from '../../../lib/capture/parts';

function cell(html: string): Element {
  const doc = new DOMParser().parseFromString(`<table><tr><td>${html}</td></tr></table>`, 'text/html');
  return doc.querySelector('td')!;
}

describe('readParts', () => {
  it.each([
    ['one text node', 'Garage Martin SARL', ['Garage Martin SARL']],
    ['an empty cell', '', []],
    ['spaces only', ' \n\t ', []],
    [
      'an avatar, a name and an e-mail under it',
      '<div class="d-flex"><span class="avatar avatar-sm">BA</span><div><div class="fw-bold">Brightline Analytics Inc.</div><small class="text-muted">billing@brightline-analytics.com</small></div></div>',
      ['Brightline Analytics Inc.', 'billing@brightline-analytics.com'],
    ],
    [
      'a name and a client code',
      '<a href="/c/103">Kessler Maschinenbau GmbH</a><span class="text-xs">CL-00103</span>',
      ['Kessler Maschinenbau GmbH', 'CL-00103'],
    ],
    ['a line break', 'Hotel Alpenblick<br>Kd.-Nr. 10198', ['Hotel Alpenblick', 'Kd.-Nr. 10198']],
    ['a Material icon ligature', '<span class="badge"><span class="material-icons">error</span>Überfällig</span>', ['Überfällig']],
    ['a Material Symbols ligature', '<span class="material-symbols-outlined">check_circle</span><span>Bezahlt</span>', ['Bezahlt']],
    ['an aria-hidden icon', '<i aria-hidden="true">schedule</i> Offen', ['Offen']],
    ['Font Awesome and Bootstrap icons', '<i class="fa fa-clock"></i> Due<i class="bi bi-info"></i>', ['Due']],
    ['an svg icon with a title', '<svg><title>Warning</title><path d=""/></svg>Overdue', ['Overdue']],
    ['a screen-reader copy', 'Paid <span class="sr-only">Paid on 12 October 2026</span>', ['Paid']],
    ['a visually hidden copy', '<span class="visually-hidden">Status:</span>Payée', ['Payée']],
    ['a hidden mobile copy', '<span class="hidden md:inline">Acme Ltd</span><span class="md:hidden">Acme</span>', ['Acme Ltd']],
    ['a display:none copy', '<span style="display: none">INV-1</span>Acme', ['Acme']],
    ['a tooltip', 'En retard <span role="tooltip">Relancer le client</span>', ['En retard']],
    ['a tooltip by class', 'En retard<div class="tooltip-inner">3 relances</div>', ['En retard']],
    ['list items', '<ul><li>Net 30</li><li>Due 12/10/2026</li></ul>', ['Net 30', 'Due 12/10/2026']],
    ['inline formatting inside a name', 'Dupont <b>&amp;</b> Fils', ['Dupont & Fils']],
    ['a copy read again', '<span>Acme Ltd</span><span>€5.00</span><span>Acme Ltd</span><span>€5.00</span>', ['Acme Ltd', '€5.00']],
    [
      'the same figure under two labels',
      '<dl><dt>Total</dt><dd>£1,845.00</dd><dt>Amount due</dt><dd>£1,845.00</dd></dl>',
      ['Total', '£1,845.00', 'Amount due', '£1,845.00'],
    ],
    ['scripts and inputs', 'Acme<script>var x = "INV-666"</script><input value="x">', ['Acme']],
    ['a separator alone', '<span>Acme</span><span>·</span><span>Paris</span>', ['Acme', 'Paris']],
    ['a hint beside a status', 'En retard · depuis 12 jours', ['En retard · depuis 12 jours']],
    ['an icon wrapper that holds a sentence', '<span class="has-icon">Partially paid</span>', ['Partially paid']],
  ])('reads %s', (_what, html, parts) => {
    expect(readParts(cell(html))).toEqual(parts);
  });

  it('reads hidden text when nothing else is shown (a date given only to screen readers)', () => {
    expect(readParts(cell('<span aria-hidden="true">12 Oct</span>'))).toEqual(['12 Oct']);
  });

  it('stops at 2,000 characters and a bounded number of elements', () => {
    expect(readParts(cell('<span>x</span>'.repeat(5000))).length).toBeLessThanOrEqual(400);
    expect(readParts(cell(`<span>${'a'.repeat(5000)}</span>`)).join('').length).toBe(2000);
  });
});

describe('picking a field among the parts', () => {
  it.each([
    [['BA', 'Brightline Analytics Inc.', 'billing@brightline-analytics.com'], 'Brightline Analytics Inc.'],
    [['Kessler Maschinenbau GmbH', 'CL-00103'], 'Kessler Maschinenbau GmbH'],
    [['Kd.-Nr. 10198', 'Hotel Alpenblick'], 'Hotel Alpenblick'],
    [['#4711', 'Client ID: 4711', 'Hotel 1898'], 'Hotel 1898'],
    [['jd@acme.com', 'JD', 'Acme'], 'Acme'],
    [['IBM'], 'IBM'],
    [['3M', 'ops@3m.com'], '3M'],
    [[], undefined],
  ])('the client of %j is %j', (parts, name) => expect(namePart(parts)).toBe(name));

  it.each([
    [['Brightline Analytics Inc.', 'billing@brightline-analytics.com'], 'billing@brightline-analytics.com'],
    [['Contact: Jane <JANE@Example.CO.UK>'], 'jane@example.co.uk'],
    [['Acme'], undefined],
  ])('the e-mail of %j is %j', (parts, email) => expect(emailPart(parts)).toBe(email));

  it.each([
    [['depuis 12 jours', 'En retard'], 'En retard'],
    [['Überfällig', 'seit 3 Tagen'], 'Überfällig'],
    [['Avoir', 'Payée'], 'Payée'],
    [['Avoir'], 'Avoir'],
    [['12 days'], undefined],
  ])('the status of %j is %j', (parts, status) => expect(statusPart(parts)).toBe(status));

  it.each([
    ['CL-00103', true],
    ['Kd.-Nr. 10198', true],
    ['#4711', true],
    ['Client ID: 4711', true],
    ['K-1', true],
    ['C123', true],
    ['Hotel 1898', false],
    ['Acme', false],
    ['3 Suisses', false],
  ])('%j is a code: %s', (part, code) => expect(isCodePart(part)).toBe(code));

  it.each([
    ['BA', true],
    ['J.D.', true],
    ['ABC', true],
    ['Acme', false],
    ['ABCD', false],
  ])('%j is initials: %s', (part, yes) => expect(isInitials(part)).toBe(yes));

  it('finds an e-mail only where it is well formed', () => {
    expect(findEmail('write to a.b@c.fr please')).toBe('a.b@c.fr');
    expect(findEmail('no @ here')).toBeUndefined();
  });
});
