import type { Field, FieldAccess } from 'payload'

type FieldAccessRules = { create?: FieldAccess; read?: FieldAccess; update?: FieldAccess }

/**
 * Gives every named top-level field (also those inside unnamed tabs, rows and collapsibles)
 * the given field access, for each operation the field does not set in its own `access`.
 * Used where several roles may update a document but most fields belong to the coordinator.
 */
export function withDefaultFieldAccess(fields: Field[], rules: FieldAccessRules): Field[] {
  return fields.map((field) => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? { ...tab, access: tab.access ?? rules }
            : { ...tab, fields: withDefaultFieldAccess(tab.fields, rules) },
        ),
      }
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: withDefaultFieldAccess(field.fields, rules) }
    }
    if ('name' in field && field.type !== 'ui' && field.type !== 'join') {
      return { ...field, access: { ...rules, ...(field.access ?? {}) } } as Field
    }
    return field
  })
}
