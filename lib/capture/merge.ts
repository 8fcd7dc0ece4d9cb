import type { Candidate } from './candidate';

/**
 * Adds what one place of a page says about an invoice, keyed by its number: a list row and its
 * hidden mobile copy, JSON-LD and a table, two boxes of a dashboard. The more confident report
 * keeps its values, the other fills its gaps. The map keeps the order of first appearance.
 */
export function mergeInto(byNumber: Map<string, Candidate>, c: Candidate): void {
  const seen = byNumber.get(c.number);
  if (!seen) {
    byNumber.set(c.number, c);
    return;
  }
  const [base, other] = c.confidence > seen.confidence ? [c, seen] : [seen, c];
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(other)) if (merged[key] === undefined) merged[key] = value;
  byNumber.set(c.number, merged as unknown as Candidate);
}
