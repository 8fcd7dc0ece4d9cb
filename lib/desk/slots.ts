/**
 * React keys for the rows in view of a virtual list, by their index in the list. A row still in
 * view keeps its key; a row coming in takes the key of one that left. React then refills the
 * elements it has (new text) instead of removing some and building others: on a jump of the scroll
 * bar, where every row is new, as on a wheel notch, where three are. New keys are made only when
 * more rows are in view than before.
 */
export function nextSlots(previous: ReadonlyMap<number, number>, indexes: readonly number[]): Map<number, number> {
  const next = new Map<number, number>();
  for (const i of indexes) {
    const slot = previous.get(i);
    if (slot !== undefined) next.set(i, slot);
  }
  const taken = new Set(next.values());
  // First the keys whose elements React has now (the rows that left), then the smallest keys unused.
  const free = [...previous.values()].filter((slot) => !taken.has(slot));
  let fresh = 0;
  for (const i of indexes) {
    if (next.has(i)) continue;
    let slot = free.pop();
    if (slot === undefined) {
      while (taken.has(fresh)) fresh++;
      slot = fresh;
    }
    taken.add(slot);
    next.set(i, slot);
  }
  return next;
}
