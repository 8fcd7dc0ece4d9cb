import { cellsOf, clientNames, dataTables, ownRows, h, headerCells, readTextNodes, valueTextNodes, type Transform } from './dom';

/**
 * Transforms that add layers or decoration around what a person reads: the words and figures
 * stay, and what is added is read by nobody (icons, initials in a circle, screen-reader copies,
 * tooltips, controls, a pager).
 */

/** Wraps values in inline layers (a link, a span, bold): the same words, styled. */
const wrapInline: Transform = {
  name: 'wrap-inline',
  apply(doc, rng, facts) {
    const nodes = rng.some(valueTextNodes(doc, facts));
    for (const node of nodes) {
      const tag = rng.pick(['span', 'a', 'strong', 'span']);
      const layer = h(doc, tag, tag === 'a' ? { href: '#' } : {});
      node.replaceWith(layer);
      layer.append(node);
      // Two layers sometimes: frameworks nest a span in a link in a span.
      if (rng.next() < 0.3) {
        const outer = h(doc, 'span');
        layer.replaceWith(outer);
        outer.append(layer);
      }
    }
    return nodes.length;
  },
};

const BLOCKS = new Set(['td', 'th', 'div', 'li', 'p', 'dd', 'dt', 'section', 'article']);
const blank = (n: Node | null) => !n || (n.nodeType === 3 && !n.nodeValue?.trim());
/**
 * A value alone in its element, which stands apart from what is around it (a cell, a block, or an
 * inline element with nothing glued to it): a line break or spaces around it change nothing drawn.
 * Not "61" of `<b>61</b>/2026`, nor "1 440" of `<span>1 440</span><span>,00</span>`.
 */
function standsAlone(t: Text): boolean {
  const parent = t.parentElement!;
  if (![...parent.childNodes].every((c) => c === t || blank(c))) return false;
  return (
    BLOCKS.has(parent.localName) ||
    ['cell', 'gridcell'].includes(parent.getAttribute('role') ?? '') ||
    (blank(parent.previousSibling) && blank(parent.nextSibling))
  );
}

/** Wraps a value that stands alone in a div: a block of one line reads as the line did. */
const wrapBlock: Transform = {
  name: 'wrap-block',
  apply(doc, rng, facts) {
    const nodes = rng.some(valueTextNodes(doc, facts).filter(standsAlone));
    for (const node of nodes) {
      const div = h(doc, 'div');
      node.replaceWith(div);
      div.append(node);
    }
    return nodes.length;
  },
};

/** Splits text nodes in two adjacent ones (as frameworks that render an expression per node do): the DOM's text is unchanged. */
const splitText: Transform = {
  name: 'split-text',
  apply(doc, rng, facts) {
    const nodes = rng.some(valueTextNodes(doc, facts)).filter((t) => t.nodeValue!.length > 1);
    for (const node of nodes) node.splitText(1 + rng.int(node.nodeValue!.length - 1));
    return nodes.length;
  },
};

/** Spaces, newlines and no-break spaces around values that stand alone, as templates indent them. */
const padWhitespace: Transform = {
  name: 'pad-whitespace',
  apply(doc, rng, facts) {
    const nodes = rng.some(valueTextNodes(doc, facts).filter(standsAlone));
    const pads = ['\n      ', '  ', '\u00a0', '\n\t\t', ' \u00a0'];
    for (const node of nodes) node.nodeValue = `${rng.pick(pads)}${node.nodeValue}${rng.pick(pads)}`;
    return nodes.length;
  },
};

/** Puts an element before a value, inside the value's own element. */
function before(nodes: readonly Text[], make: (node: Text) => Node): number {
  for (const node of nodes) node.before(make(node));
  return nodes.length;
}

const GLYPHS = ['›', '•', '✓', '⚠', '★', '●'];
/** A glyph icon hidden from assistive technology before values: nobody reads it as text. */
const ariaHiddenIcon: Transform = {
  name: 'aria-hidden-icon',
  apply(doc, rng, facts) {
    return before(rng.some(valueTextNodes(doc, facts)), () => h(doc, 'span', { 'aria-hidden': 'true', class: 'icon' }, rng.pick(GLYPHS)));
  },
};

const LIGATURES = ['schedule', 'check_circle', 'error', 'receipt_long', 'person', 'event', 'payments', 'mail'];
const ICON_FONTS = ['material-icons', 'material-symbols-outlined', 'material-icons-round'];
/** An icon-font ligature before values: the font draws the word as a picture. */
const iconLigature: Transform = {
  name: 'icon-ligature',
  apply(doc, rng, facts) {
    return before(rng.some(valueTextNodes(doc, facts)), () => h(doc, 'span', { class: rng.pick(ICON_FONTS) }, rng.pick(LIGATURES)));
  },
};

/** The initials in a circle before a client's name (`Brightline Analytics` → `BA`). */
const avatarInitials: Transform = {
  name: 'avatar-initials',
  apply(doc, rng, facts) {
    const names = clientNames(facts);
    const holders = readTextNodes(doc).filter((t) => names.some((n) => t.nodeValue!.includes(n)));
    return before(rng.some(holders), (t) => {
      const name = names.find((n) => t.nodeValue!.includes(n))!;
      const initials = (name.match(/\p{L}+/gu) ?? ['X'])
        .slice(0, 2)
        .map((w) => w[0]!.toUpperCase())
        .join('');
      return h(doc, 'span', { class: rng.pick(['avatar', 'user-avatar', 'avatar avatar-sm']) }, initials);
    });
  },
};

/** A copy of a value for screen readers only (hidden by a class). */
const visuallyHiddenCopy: Transform = {
  name: 'visually-hidden-copy',
  apply(doc, rng, facts) {
    const nodes = rng.some(valueTextNodes(doc, facts));
    for (const node of nodes) node.after(h(doc, 'span', { class: rng.pick(['sr-only', 'visually-hidden']) }, node.nodeValue!.trim()));
    return nodes.length;
  },
};

const TIPS: Record<string, string> = { fr: 'Cliquer pour ouvrir', de: 'Zum Öffnen klicken', es: 'Haga clic para abrir' };
/** A tooltip element beside values, shown on hover only. */
const tooltip: Transform = {
  name: 'tooltip',
  apply(doc, rng, facts) {
    const nodes = rng.some(valueTextNodes(doc, facts));
    for (const node of nodes) node.after(h(doc, 'span', { role: 'tooltip', class: 'tooltip' }, TIPS[facts.lang] ?? 'Click to open'));
    return nodes.length;
  },
};

/** A sort button (an icon, a label for screen readers) in every column header. */
const sortButtons: Transform = {
  name: 'sort-buttons',
  apply(doc, rng) {
    const cells = headerCells(doc).filter((c) => c.textContent?.trim());
    for (const cell of cells) {
      const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('aria-hidden', 'true');
      const button = h(doc, 'button', { type: 'button', class: 'sort', 'aria-label': 'Sort' }, svg);
      if (rng.next() < 0.5) button.append(h(doc, 'span', { 'aria-hidden': 'true' }, '⇅'));
      cell.append(button);
    }
    return cells.length;
  },
};

/** Adds a first cell to every row of data tables: a header cell to header rows, a data cell to the others. */
function addColumn(doc: Document, where: 'first' | 'last', header: () => Node[], cell: () => Node[]): number {
  let n = 0;
  for (const table of dataTables(doc)) {
    for (const row of ownRows(table)) {
      const cells = cellsOf(row);
      // A group or subtotal row spanning columns spans the new one too, as a grid draws it.
      const wide = cells.find((c) => Number(c.getAttribute('colspan') ?? 1) > 1);
      if (wide) {
        wide.setAttribute('colspan', String(Number(wide.getAttribute('colspan')) + 1));
        continue;
      }
      const isHead = cells.length > 0 && cells.every((c) => c.localName === 'th');
      const added = h(doc, isHead ? 'th' : 'td', {}, ...(isHead ? header() : cell()));
      if (where === 'first') row.prepend(added);
      else row.append(added);
    }
    n++;
  }
  return n;
}

/** A checkbox column to select rows. */
const checkboxColumn: Transform = {
  name: 'checkbox-column',
  apply(doc) {
    return addColumn(
      doc,
      'first',
      () => [h(doc, 'input', { type: 'checkbox', 'aria-label': 'Select all' })],
      () => [h(doc, 'input', { type: 'checkbox', 'aria-label': 'Select row' })],
    );
  },
};

/** A kebab menu column (the actions of a row). */
const actionColumn: Transform = {
  name: 'action-column',
  apply(doc) {
    return addColumn(
      doc,
      'last',
      () => [h(doc, 'span', { class: 'sr-only' }, 'Actions')],
      () => [h(doc, 'button', { type: 'button', 'aria-label': 'More actions', 'aria-haspopup': 'menu' }, '⋮')],
    );
  },
};

const SHOWING: Record<string, string> = {
  fr: 'Affichage de 1 à 25 sur 312',
  de: 'Zeige 1–25 von 312',
  es: 'Mostrando 1–25 de 312',
  en: 'Showing 1–25 of 312',
};
/** A count of rows and a pager under every data table. */
const listFooter: Transform = {
  name: 'list-footer',
  apply(doc, _rng, facts) {
    const tables = dataTables(doc);
    for (const table of tables) {
      const pages = ['‹', '1', '2', '3', '…', '13', '›'].map((p) => h(doc, 'a', { href: `?page=${p}` }, p));
      table.after(
        h(doc, 'div', { class: 'table-footer' }, SHOWING[facts.lang] ?? SHOWING.en!),
        h(doc, 'nav', { 'aria-label': 'pagination' }, ...pages),
      );
    }
    return tables.length;
  },
};

export const DECORATIONS: readonly Transform[] = [
  wrapInline,
  wrapBlock,
  splitText,
  padWhitespace,
  ariaHiddenIcon,
  iconLigature,
  avatarInitials,
  visuallyHiddenCopy,
  tooltip,
  sortButtons,
  checkboxColumn,
  actionColumn,
  listFooter,
];
