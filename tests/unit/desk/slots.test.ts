import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSlots } from '../../../lib/desk';

/** A window of `size` consecutive indexes from `from`, as a virtual list shows them. */
const windowOf = (from: number, size: number) => Array.from({ length: size }, (_, k) => from + k);

describe('the keys of the rows in view', () => {
  it('keeps the key of a row that stays, gives a coming row the key of a leaving one, and never shows a key twice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: fc.nat(100_000), size: fc.integer({ min: 0, max: 40 }) }), { minLength: 1, maxLength: 30 }),
        (frames) => {
          let slots = new Map<number, number>();
          let most = 0;
          for (const { from, size } of frames) {
            const shown = windowOf(from, size);
            const next = nextSlots(slots, shown);
            expect([...next.keys()]).toEqual(expect.arrayContaining(shown));
            expect(next.size).toBe(shown.length);
            expect(new Set(next.values()).size).toBe(shown.length);
            for (const i of shown) if (slots.has(i)) expect(next.get(i)).toBe(slots.get(i));
            // Keys are reused: never more of them than the most rows ever in view.
            most = Math.max(most, size);
            for (const slot of next.values()) expect(slot).toBeLessThan(most);
            slots = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a jump to rows never seen refills the same keys; a notch of three rows moves three keys', () => {
    const first = nextSlots(new Map(), windowOf(0, 24));
    const jumped = nextSlots(first, windowOf(50_000, 24));
    expect(new Set(jumped.values())).toEqual(new Set(first.values()));
    const notch = nextSlots(jumped, windowOf(50_003, 24));
    const moved = [...notch].filter(([i, slot]) => jumped.get(i) !== slot);
    expect(moved.map(([i]) => i)).toEqual([50_024, 50_025, 50_026]);
  });
});
