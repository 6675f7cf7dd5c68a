/**
 * Pairs items that have no id with stable React keys made of their content, "#2", "#3" added
 * to repeats, so re-renders keep each row's state without relying on positions.
 */
export function withContentKeys<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): { key: string; item: T }[] {
  const seen = new Map<string, number>()
  return items.map((item) => {
    const base = keyOf(item)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return { key: count === 1 ? base : `${base}#${count}`, item }
  })
}
