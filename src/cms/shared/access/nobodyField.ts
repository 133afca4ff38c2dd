import type { FieldAccess } from 'payload'

/**
 * For fields only hooks write (sequence numbers, tokens, generated IDs): nobody sets them through
 * the API, so a client cannot forge them. Hooks run after field access and still write them.
 */
export const nobodyField: FieldAccess = () => false
