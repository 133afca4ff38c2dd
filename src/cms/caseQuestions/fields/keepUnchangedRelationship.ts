import type { RelationshipFieldManyValidation, RelationshipFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'

type RelationValue = unknown

/** The IDs of a relationship value (single or many, populated or not), sorted. */
function idsOf(value: RelationValue): string[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return list
    .map((item) => {
      if (item && typeof item === 'object') {
        const record = item as { id?: unknown; value?: unknown }
        const inner = record.value ?? record.id
        return inner && typeof inner === 'object' ? String((inner as { id: unknown }).id) : String(inner)
      }
      return String(item)
    })
    .sort()
}

/**
 * Relationship validation that skips Payload's `filterOptions` check when the value did not
 * change. Payload validates every field of the document on each update, and checks the filter
 * by reading the related documents as the current user: an expert who saves their advice
 * cannot read the platform member's account, so the untouched `assignedPlatformMember` would
 * fail. A changed value is still validated in full.
 */
export const keepUnchangedRelationship = ((value, options) => {
  const { previousValue, required, req } = options
  if (previousValue !== undefined && JSON.stringify(idsOf(value)) === JSON.stringify(idsOf(previousValue))) {
    if (required && idsOf(value).length === 0) return req.t('validation:required')
    return true
  }
  // Payload types its validator per shape (single or many); this one serves both, as Payload's own does at runtime.
  return relationship(value as never, options as never)
}) as RelationshipFieldSingleValidation & RelationshipFieldManyValidation
