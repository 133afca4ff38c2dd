import type { FieldHook } from 'payload'

/** Email addresses are compared lowercased and without surrounding spaces. */
export const lowercaseEmail: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value
