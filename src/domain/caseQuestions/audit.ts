/** Audit trail of case questions: which top-level fields a change touched (names only, never values). */

const IGNORED = new Set(['updatedAt', 'createdAt', 'deadline', 'id'])

export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...keys]
    .filter((key) => !IGNORED.has(key))
    .filter((key) => JSON.stringify(normalise((before ?? {})[key])) !== JSON.stringify(normalise(after[key])))
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
