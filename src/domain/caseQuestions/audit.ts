/** Audit trail of case questions: which top-level fields a change touched (names only, never values). */

const IGNORED = new Set(['updatedAt', 'createdAt', 'deadline', 'id'])

export function changedFields(before: object | undefined, after: object): string[] {
  // Copies with an index signature, so a generated document interface can be passed in.
  const from: Record<string, unknown> = { ...before }
  const to: Record<string, unknown> = { ...after }
  const keys = new Set([...Object.keys(from), ...Object.keys(to)])
  return [...keys]
    .filter((key) => !IGNORED.has(key))
    .filter((key) => JSON.stringify(normalise(from[key])) !== JSON.stringify(normalise(to[key])))
    .sort()
}

/** Populated relations and bare IDs compare equal; empty values compare equal. */
function normalise(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(normalise)
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'email' in record)) return String(record.id)
    return Object.fromEntries(Object.entries(record).filter(([k]) => k !== 'id').map(([k, v]) => [k, normalise(v)]))
  }
  return value
}

/** Opening the same question again within this time counts as the same viewing. */
export const VIEW_REPEAT_WINDOW_MS = 60 * 60 * 1000

/**
 * Whether a view follows an earlier view of the same person of the same question closely
 * enough to be the same viewing (the admin reads a document several times while it is open).
 */
export function isRepeatView(previousAt: Date | string | number | undefined | null, now: Date, windowMs = VIEW_REPEAT_WINDOW_MS): boolean {
  if (previousAt === undefined || previousAt === null) return false
  const previous = new Date(previousAt).getTime()
  return Number.isFinite(previous) && now.getTime() - previous >= 0 && now.getTime() - previous < windowMs
}

/**
 * The changed fields as people read them: each stored name replaced by its label ("notes" →
 * "Interne notities"); a name without a label stays as it is. Accepts the comma-separated list
 * the log stores.
 */
export function labelFieldList(stored: string | null | undefined, labels: ReadonlyMap<string, string>): string {
  if (!stored) return ''
  return stored
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => labels.get(name) ?? name)
    .join(', ')
}
