import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { renderTemplate as render } from '../../../lib/templates';

/** Handlebars.compile (eval) is the oracle, in Node only; the extension renders without it. */
const oracle = (src: string, data: unknown, helpers: Record<string, Handlebars.HelperDelegate> = {}) => {
  const hb = Handlebars.create();
  for (const [k, v] of Object.entries(helpers)) hb.registerHelper(k, v);
  return hb.compile(src)(data);
};

const DATA = {
  name: 'Dupont & Fils <SARL>',
  html: '<b>bold</b>',
  quote: `It's "quoted" = \`x\``,
  zero: 0,
  empty: '',
  no: false,
  yes: true,
  nothing: null,
  list: ['a', 'b', 'c'],
  none: [] as string[],
  people: [
    { name: 'Ann', age: 31, tags: ['x'] },
    { name: 'Bob', age: 0, tags: [] },
  ],
  obj: { first: 1, second: 2, third: 3 },
  nested: { deep: { value: 'found', list: [1, 2] } },
  fn: function (this: { name: string }) {
    return `fn:${this.name}`;
  },
  'with space': 'spaced',
  client: {
    name: 'Garage Martin',
    invoices: [
      { number: 'F1', due: 120 },
      { number: 'F2', due: 0 },
    ],
  },
  xss: '<img src=x onerror=alert(1)>',
  num: 12.5,
  map: new Map([
    ['k1', 'v1'],
    ['k2', 'v2'],
  ]),
  date: 'a date',
  money: 'some money',
  eq: true,
  invoiceTable: '<table>',
};

const TEMPLATES: string[] = [
  'Hello {{name}}',
  'Raw {{{html}}} and {{&html}}',
  'Escaped {{html}} {{quote}}',
  '{{zero}}|{{empty}}|{{no}}|{{yes}}|{{nothing}}|{{missing}}',
  '{{nested.deep.value}} {{nested.missing.value}}',
  '{{[with space]}}',
  '{{#if yes}}Y{{else}}N{{/if}}{{#if no}}Y{{else}}N{{/if}}',
  '{{#if zero}}Z{{else}}not zero{{/if}} {{#if zero includeZero=true}}Z{{/if}}',
  '{{#if none}}has{{else}}empty list{{/if}}',
  '{{#unless yes}}no{{else}}yes{{/unless}}',
  '{{#if no}}a{{else if yes}}b{{else}}c{{/if}}',
  '{{#if no}}a{{else if nothing}}b{{else}}c{{/if}}',
  '{{#each list}}{{@index}}:{{this}}{{#if @first}}(first){{/if}}{{#if @last}}(last){{/if}} {{/each}}',
  '{{#each none}}x{{else}}nothing to list{{/each}}',
  '{{#each obj}}{{@key}}={{this}}{{#unless @last}}, {{/unless}}{{/each}}',
  '{{#each people}}{{name}} ({{age}}){{#each tags}}[{{this}}]{{else}}[no tag]{{/each}};{{/each}}',
  '{{#each people as |person i|}}{{i}}-{{person.name}} {{/each}}',
  '{{#each obj as |value key|}}{{key}}:{{value}} {{/each}}',
  '{{#each people}}{{../name}}/{{name}} {{/each}}',
  '{{#each client.invoices}}{{@root.client.name}}:{{number}} {{/each}}',
  '{{#with client}}{{name}} has {{invoices.length}}{{/with}}',
  '{{#with nothing}}x{{else}}no client{{/with}}',
  '{{#with client as |c|}}{{c.name}}{{/with}}',
  '{{#with nested}}{{#with deep}}{{value}} {{../../name}}{{/with}}{{/with}}',
  '{{lookup obj "second"}} {{lookup list 1}}',
  '{{#each list}}{{lookup ../obj "first"}}{{/each}}',
  '{{fn}}',
  '{{#yes}}truthy block{{/yes}}{{#no}}x{{/no}}',
  '{{#list}}[{{this}}]{{/list}}',
  '{{#none}}x{{else}}inverse of empty{{/none}}',
  '{{^no}}inverted{{/no}}{{^yes}}x{{/yes}}',
  '{{#client}}{{name}}{{/client}}',
  '{{! a comment }}visible{{!-- a long -- comment --}}',
  'a  {{~name~}}  b',
  'line\n  {{#if yes}}\n  standalone\n  {{/if}}\nend',
  '{{#each list}}\n  - {{this}}\n{{/each}}\n',
  '{{xss}} {{{xss}}}',
  '{{num}} {{num.toFixed}}',
  '{{#each map}}{{@key}}:{{this}} {{/each}}',
  '{{name}} {{"literal"}} {{true}} {{42}}',
  '{{log "x"}}after log',
  '{{#if (lookup obj "first")}}sub ok{{/if}}',
  '{{#each people}}{{#if @first}}{{@index}}{{/if}}{{@../index}}{{/each}}',
  '{{this.name}} {{./name}}',
  '<p>\n{{#each client.invoices}}\n<tr><td>{{number}}</td><td>{{due}}</td></tr>\n{{/each}}\n</p>',
  '{{#if yes}}{{#each list}}{{#if @last}}{{this}}{{/if}}{{/each}}{{/if}}',
  // Names of Relance's own helpers, used as plain data: they read the data, as with Handlebars.
  '{{date}} {{money}} {{#if eq}}eq{{/if}} {{invoiceTable}}',
];

describe('render matches Handlebars.compile', () => {
  it.each(TEMPLATES.map((t) => [t]))('%j', (template) => {
    expect(render(template, DATA)).toBe(oracle(template, DATA));
  });

  it('covers at least 40 templates', () => {
    console.log(`template parity: ${TEMPLATES.length} templates identical to Handlebars.compile`);
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(40);
  });

  it('calls custom helpers with positional and hash arguments, subexpressions and blocks like Handlebars', () => {
    const helpers = {
      upper: (s: unknown) => String(s).toUpperCase(),
      join: (a: unknown, b: unknown, options: { hash: { sep?: string } }) => `${a}${options.hash.sep ?? '-'}${b}`,
      bold(this: unknown, options: { fn(ctx: unknown): string }) {
        return new Handlebars.SafeString(`<b>${options.fn(this)}</b>`);
      },
    };
    for (const t of ['{{upper name}}', '{{join "a" "b" sep="+"}}', '{{join (upper "x") name}}', '{{#bold}}{{name}}{{/bold}}']) {
      expect(render(t, DATA, { helpers: helpers as never })).toBe(oracle(t, DATA, helpers as never));
    }
  });

  it('refuses what Handlebars refuses: an unknown helper with arguments', () => {
    expect(() => oracle('{{nohelper 1}}', DATA)).toThrow(/Missing helper/);
    expect(() => render('{{nohelper 1}}', DATA)).toThrow(/Missing helper/);
  });

  it('never reads properties of the prototype (as Handlebars 4.6+ by default)', () => {
    for (const t of ['{{constructor}}', '{{__proto__}}', '{{name.constructor.name}}', '{{#with obj}}{{hasOwnProperty}}{{/with}}']) {
      expect(render(t, DATA)).toBe(oracle(t, DATA));
    }
  });

  it('matches on random data (property)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.record({ a: value, b: value, items: fc.array(fc.record({ n: fc.string(), v: value }), { maxLength: 4 }) }), (data) => {
        for (const t of [
          '{{a}}|{{{b}}}',
          '{{#if a}}[{{a}}]{{else}}none{{/if}}',
          '{{#each items}}{{@index}}{{n}}={{v}};{{else}}empty{{/each}}',
          '{{#with items}}{{length}}{{/with}}{{#unless b}}!{{/unless}}',
        ]) {
          expect(render(t, data)).toBe(oracle(t, data));
        }
      }),
      { numRuns: 200 },
    );
  });
});
