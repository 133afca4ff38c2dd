/** Small statistics for the monitoring: medians, shares, Dutch number words. */

/** The median, or null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return Math.round(value * 10) / 10
}

/** The share as a whole percentage, or null when there is nothing to share. */
export function percentage(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null
}

/** "75%" or "–" when there is nothing to measure. */
export function percentageText(part: number, whole: number): string {
  const value = percentage(part, whole)
  return value === null ? '–' : `${value}%`
}

/** 2.5 → "2,5"; null → "–". */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : String(value).replace('.', ',')
}

/** "1 vraag" / "3 vragen". */
export function countText(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`
}

/** Adds one to a counter in a map. */
export function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by)
}
