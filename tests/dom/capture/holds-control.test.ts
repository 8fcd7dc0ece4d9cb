// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CONTROL, holdsControl } from '../../../lib/capture/text';

/** Cells holding every kind of field a list shows, and what is not one (a row's checkbox, a hidden id). */
const FIELDS = [
  '<input>',
  '<input type="text" value="1 950,00">',
  '<input type="number">',
  '<input type="date">',
  '<input type="checkbox">',
  '<input type="hidden" value="42">',
  '<input type="radio">',
  '<select><option>EUR</option></select>',
  '<textarea>note</textarea>',
  '<button>Pay</button>',
  '<span>1 950,00 €</span>',
];

describe('holdsControl (asked a tag at a time)', () => {
  it('agrees with the CONTROL selector on every combination of two cells', () => {
    let fields = 0;
    for (const a of FIELDS)
      for (const b of FIELDS) {
        const row = new DOMParser()
          .parseFromString(`<table><tr><td>${a}</td><td><div>${b}</div></td></tr></table>`, 'text/html')
          .querySelector('tr')!;
        const expected = row.querySelector(CONTROL) !== null;
        expect(holdsControl(row), `${a} ${b}`).toBe(expected);
        if (expected) fields++;
      }
    // Both answers occur: the comparison is not of one constant.
    expect(fields).toBeGreaterThan(50);
    expect(fields).toBeLessThan(FIELDS.length ** 2);
  });

  it('reads the type as browsers match it, whatever its case (happy-dom alone matches [type=checkbox] by case)', () => {
    const row = new DOMParser().parseFromString('<div><input type="CheckBox"><input type="HIDDEN"></div>', 'text/html').body
      .firstElementChild!;
    expect(holdsControl(row)).toBe(false);
    const typed = new DOMParser().parseFromString('<div><input type="TEXT"></div>', 'text/html').body.firstElementChild!;
    expect(holdsControl(typed)).toBe(true);
  });
});
