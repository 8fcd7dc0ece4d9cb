// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';
import { buildRecipe } from '../../../lib/capture/teach';
import { RecipeSchema } from '../../../lib/core';

/** A list the generic capture cannot read: no table, no headers, only look-alike divs. */
function divSoup(): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.setAttribute('lang', 'fr');
  doc.body.innerHTML = `<main><div class="feed" id="feed">
    ${[
      ['Q-1001', 'Boulangerie Dupont', '1 240,00 €', '15/10/2026'],
      ['Q-1002', 'Garage Martin', '318,50 €', '02/11/2026'],
      ['Q-1003', 'Cabinet Leroy', '99,00 €', '30/12/2026'],
    ]
      .map(([n, c, a, d]) => `<div class="card active"><span class="ref">${n}</span><b>${c}</b><em>${a}</em><i>${d}</i></div>`)
      .join('')}
  </div></main>`;
  return doc;
}

describe('teach mode', () => {
  it('finds nothing on the page before teaching', () => {
    expect(extractInvoices(divSoup(), { today: '2026-11-22' })).toEqual([]);
  });

  it('learns a list from one invoice clicked and reads every row with the recipe', () => {
    const doc = divSoup();
    const first = doc.querySelector('.card')!;
    const recipe = buildRecipe(
      { number: first.children[0]!, client: first.children[1]!, total: first.children[2]!, dueDate: first.children[3]! },
      'https://erp.example.fr/*',
      '/quotes',
      new Date('2026-11-22T10:00:00Z'),
    );
    expect(RecipeSchema.parse(recipe)).toMatchObject({ kind: 'list', columns: { number: 0, client: 1, total: 2, dueDate: 3 } });
    expect(recipe.kind === 'list' && recipe.rowSelector).toBe('#feed > div.card');
    const found = extractInvoices(doc, { today: '2026-11-22', recipes: [recipe] });
    expect(found).toMatchObject([
      { number: 'Q-1001', clientName: 'Boulangerie Dupont', total: { minor: 124_000, currency: 'EUR' }, dueDate: '2026-10-15' },
      { number: 'Q-1002', clientName: 'Garage Martin', total: { minor: 31_850, currency: 'EUR' }, dueDate: '2026-11-02' },
      { number: 'Q-1003', dueDate: '2026-12-30' },
    ]);
  });

  it('learns a single-invoice page as one selector per field', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML =
      '<div class="head"><span class="n">DOC/2026/77</span></div><section><p class="who">Hôtel du Lac</p><div class="sum"><strong>2 400,00 €</strong></div><div class="dates"><span>Due</span><span class="due">2026-12-01</span></div></section>';
    const recipe = buildRecipe(
      {
        number: doc.querySelector('.n')!,
        client: doc.querySelector('.who')!,
        total: doc.querySelector('strong')!,
        dueDate: doc.querySelector('.due')!,
      },
      'https://erp.example.fr/*',
      '/doc/77',
      new Date(),
    );
    expect(recipe.kind).toBe('detail');
    expect(extractInvoices(doc, { recipes: [recipe] })).toMatchObject([
      { number: 'DOC/2026/77', clientName: 'Hôtel du Lac', total: { minor: 240_000, currency: 'EUR' }, dueDate: '2026-12-01' },
    ]);
  });

  it('falls back to the generic capture when a recipe no longer matches the page', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML =
      '<table><tr><th>Invoice</th><th>Customer</th><th>Amount</th></tr><tr><td>INV-9</td><td>Acme</td><td>€10.00</td></tr></table>';
    const stale = RecipeSchema.parse({
      kind: 'list',
      id: 'r1',
      origin: 'https://erp.example.fr/*',
      path: '/',
      rowSelector: '#gone > div',
      columns: { number: 0 },
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    expect(extractInvoices(doc, { recipes: [stale] }).map((i) => i.number)).toEqual(['INV-9']);
  });

  it.each([['<script>alert(1)</script>'], ['div { color: red }'], ['x'.repeat(500)]])(
    'refuses a stored selector that is not one: %s',
    (rowSelector) => {
      expect(
        RecipeSchema.safeParse({
          kind: 'list',
          id: 'r1',
          origin: 'https://erp.example.fr/*',
          path: '/',
          rowSelector,
          columns: {},
          createdAt: '2026-11-01T00:00:00.000Z',
        }).success,
      ).toBe(false);
    },
  );
});
