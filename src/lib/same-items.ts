/**
 * A selector that gives back the list it gave last time while every item is the same (`===`),
 * so a component selecting a list from the store redraws only when the list really changes.
 * For lists, this is what zustand's `useShallow` does, without its general comparison.
 */
export function sameItems<S, T>(select: (state: S) => T[]): (state: S) => T[] {
  let last: T[] = [];
  return (state) => {
    const next = select(state);
    if (next.length === last.length && next.every((item, i) => item === last[i])) return last;
    return (last = next);
  };
}
