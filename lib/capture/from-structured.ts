import { JSONLD_SELECTOR, MICRODATA_SELECTOR } from './page-index';
import { parseStatus } from '../parse';
import { looksLikeNumber } from './text';
import { currencyHint, toCandidate, type Candidate, type ReadHints } from './candidate';

type Json = Record<string, unknown>;

const PAYMENT_STATUS: Readonly<Record<string, 'open' | 'paid'>> = {
  paymentcomplete: 'paid',
  paymentautomaticallyapplied: 'paid',
  paymentdue: 'open',
  paymentpastdue: 'open',
  paymentdeclined: 'open',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function isInvoice(node: Json): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /(^|\/)Invoice$/.test(t));
}

/**
 * Invoices anywhere in a JSON-LD tree: at the top, in an `@graph`, or nested (`mainEntity`,
 * `itemListElement[].item`, `hasPart`). Bounded in depth and in nodes visited, for hostile blocks.
 */
function collect(root: unknown, out: Json[]): void {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  for (let visited = 0; stack.length && visited < 10_000; visited++) {
    const { node, depth } = stack.pop()!;
    if (!node || typeof node !== 'object' || depth > 8) continue;
    if (Array.isArray(node)) {
      for (let i = Math.min(node.length, 5000) - 1; i >= 0; i--) stack.push({ node: node[i], depth: depth + 1 });
      continue;
    }
    const obj = node as Json;
    if (isInvoice(obj)) {
      out.push(obj);
      continue; // its customer and amounts are read from it; an invoice holds no other invoice
    }
    const values = Object.values(obj);
    for (let i = values.length - 1; i >= 0; i--) stack.push({ node: values[i], depth: depth + 1 });
  }
}

/** A schema.org MonetaryAmount / PriceSpecification, or a bare number with the invoice's currency. */
function amountText(v: unknown, h: ReadHints): string | undefined {
  if (v && typeof v === 'object') {
    const o = v as Json;
    const value = str(o.value ?? o.price ?? o.amount);
    const currency = str(o.currency ?? o.priceCurrency);
    if (value === undefined) return undefined;
    return currency && /^[A-Z]{3}$/.test(currency) ? `${currency} ${value}` : value;
  }
  const s = str(v);
  if (s === undefined || !/^-?\d+(\.\d+)?$/.test(s)) return s;
  const currency = currencyHint(h);
  return currency ? `${currency} ${s}` : s;
}

function fromSchema(o: Json, h: ReadHints, method: 'jsonld' | 'microdata'): Candidate | null {
  // Not `accountId`: schema.org's account the payment goes to, the client's and never the invoice's.
  // A `name` is a title ("Invoice INV-5"): its number, if it shows one.
  const identifier = o.identifier && typeof o.identifier === 'object' ? (o.identifier as Json).value : o.identifier;
  const named = str(o.name);
  const number =
    str(o.confirmationNumber) ??
    str(identifier) ??
    (named &&
      named
        .split(/\s+/)
        .map((t) => t.replace(/^[#№]+|[:.]$/g, ''))
        .find(looksLikeNumber));
  if (!number) return null;
  const customer = o.customer as Json | string | undefined;
  const client = typeof customer === 'string' ? customer : str(customer?.name ?? customer?.legalName);
  const email = typeof customer === 'object' ? str(customer?.email)?.replace(/^mailto:/, '') : undefined;
  const statusKey = str(o.paymentStatus)?.split('/').pop()?.toLowerCase() ?? '';
  const c = toCandidate(
    {
      number: number.slice(0, 64),
      client,
      email,
      // A billing period is what was billed, not when: never the issue date.
      issueDate: str(o.dateCreated ?? o.dateIssued),
      dueDate: str(o.paymentDueDate ?? o.paymentDue),
      total: amountText(o.totalPaymentDue, h),
      amountDue: amountText(o.minimumPaymentDue, h),
      status: PAYMENT_STATUS[statusKey] ?? str(o.paymentStatus),
    },
    { ...h, order: 'YMD' },
    method,
    0.8,
  );
  if (c && !c.status && statusKey) c.status = parseStatus(statusKey)?.status;
  return c;
}

/** schema.org `Invoice` items in JSON-LD scripts (never executed: parsed as JSON). */
export function extractFromJsonLd(
  root: ParentNode,
  h: ReadHints,
  scripts: Iterable<Element> = root.querySelectorAll(JSONLD_SELECTOR),
): Candidate[] {
  const found: Json[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > 2_000_000) continue;
    try {
      collect(JSON.parse(text), found);
    } catch {
      // A broken block is skipped; the page may have good ones.
    }
  }
  return found.map((o) => fromSchema(o, h, 'jsonld')).filter((c): c is Candidate => c !== null);
}

/** schema.org `Invoice` items in microdata (`itemscope itemtype=…/Invoice`). */
export function extractFromMicrodata(
  root: ParentNode,
  h: ReadHints,
  scopes: Iterable<Element> = root.querySelectorAll(MICRODATA_SELECTOR),
): Candidate[] {
  const out: Candidate[] = [];
  for (const scope of scopes) {
    const props: Json = {};
    for (const el of scope.querySelectorAll('[itemprop]')) {
      if (el.parentElement?.closest('[itemscope]') !== scope && el.closest('[itemscope]') !== scope) continue;
      const name = el.getAttribute('itemprop')!;
      const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('href') ?? el.textContent?.trim() ?? '';
      if (el.hasAttribute('itemscope')) {
        const nested: Json = {};
        for (const p of el.querySelectorAll('[itemprop]'))
          nested[p.getAttribute('itemprop')!] = p.getAttribute('content') ?? p.textContent?.trim();
        props[name] = nested;
      } else if (props[name] === undefined) props[name] = value;
    }
    const c = fromSchema(props, h, 'microdata');
    if (c) out.push(c);
  }
  return out;
}
