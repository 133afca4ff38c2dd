import type { FieldHook, TypeWithID } from 'payload'

/** Email addresses are compared lowercased and without surrounding spaces. */
// Any collection's email field (event registrations, subscribers): only the value is read.
export const lowercaseEmail: FieldHook<TypeWithID, string | null | undefined> = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value
