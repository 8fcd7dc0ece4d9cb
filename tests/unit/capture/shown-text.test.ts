// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { numberIn, shownText } from '../../../lib/capture/text';

function cell(html: string): Element {
  const doc = new DOMParser().parseFromString(`<table><tr><td>${html}</td></tr></table>`, 'text/html');
  return doc.querySelector('td')!;
}

/** A list cell's text as a person reads it, whatever decoration the portal puts beside the value. */
describe('shownText', () => {
  it.each([
    ['plain text', 'FA-0001', 'FA-0001'],
    ['a link that is the whole cell, indented', '\n  <a href="/f/1">FA-0001</a>\n', 'FA-0001'],
    ['an icon-font ligature before the value', '<span class="material-icons">receipt_long</span>FA-0001', 'FA-0001'],
    ['a ligature inside the link', '<a href="#"><span class="material-symbols-outlined">schedule</span>05/11/2026</a>', '05/11/2026'],
    ['an aria-hidden glyph', '<span aria-hidden="true">●</span>1 234,50 €', '1 234,50 €'],
    ['a copy for screen readers', '05/11/2026<span class="sr-only">05/11/2026</span>', '05/11/2026'],
    ['a tooltip', 'INV-7<span role="tooltip" class="tooltip">Click to open</span>', 'INV-7'],
    ['an amount drawn in inline pieces', '<span><span>1&#8239;440</span><span>,00</span>&nbsp;€</span>', '1 440,00 €'],
    ['two lines', 'Atelier Martin<div>compta@martin.example</div>', 'Atelier Martin compta@martin.example'],
    ['a line break', '12/10/2026<br>27/11/2026', '12/10/2026 27/11/2026'],
  ])('%s', (_, html, want) => {
    expect(shownText(cell(html))).toBe(want);
  });

  it('reads hidden text when a cell shows nothing else (a date kept for screen readers only)', () => {
    expect(shownText(cell('<span class="sr-only">05/11/2026</span><span aria-hidden="true">●</span>'))).toBe('05/11/2026●');
  });

  it('reads the number of a link that carries an icon without the icon', () => {
    expect(numberIn(cell('<a href="/f/9"><span class="material-icons">description</span>FA-0009</a> <small>PDF</small>'))).toBe('FA-0009');
  });
});
