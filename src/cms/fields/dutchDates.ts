import { validations, type CollectionConfig, type Config, type DateFieldValidation, type Field, type GlobalConfig, type Plugin } from 'payload'
import { unreadableStoredDate } from '../../domain/dates/dutchDate'

const FIELD = '/src/cms/components/DutchDateField#DutchDateField'
const CELL = '/src/cms/components/DutchDateCell#DutchDateCell'

type AnyField = Field & { type: string; fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: { fields: Field[] }[]; admin?: Record<string, any> }

/**
 * Refuses a date the server would have to guess (REST, GraphQL and Local API alike), then runs
 * the field's own check or Payload's.
 */
function refuseUnreadable(own: DateFieldValidation | undefined): DateFieldValidation {
  const next = own ?? validations.date
  return (value, options) => unreadableStoredDate(value) ?? next(value, options)
}

/** Gives one date field the Dutch picker and list cell, keeping what the field sets itself. */
function dutchDate(field: AnyField): Field {
  const admin = field.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...field,
    validate: refuseUnreadable((field as { validate?: DateFieldValidation }).validate),
    admin: {
      ...admin,
      // Payload's own picker shows "MMM d, yyy h:mm a"; ours writes and reads dd-MM-yyyy HH:mm.
      date: { pickerAppearance: 'dayAndTime', ...(admin.date ?? {}) },
      components: { Field: FIELD, Cell: CELL, ...components },
    },
  } as Field
}

function walk(fields: Field[]): Field[] {
  return fields.map((raw) => {
    const field = raw as AnyField
    if (field.type === 'date') return dutchDate(field)
    if (field.type === 'tabs' && field.tabs) return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields) })) } as Field
    if (field.type === 'blocks' && field.blocks) return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: walk(block.fields) })) } as Field
    if (field.fields) return { ...field, fields: walk(field.fields) } as Field
    return field
  })
}

/**
 * The timestamps Payload adds itself, declared here first with the same database shape (a
 * date, indexed) so their list columns get the Dutch cell too. Payload then adds none.
 */
function timestamps(fields: Field[]): Field[] {
  const named = new Set(fields.map((field) => ('name' in field ? field.name : undefined)))
  const stamp = (name: 'createdAt' | 'updatedAt'): Field => ({
    name,
    type: 'date',
    index: true,
    label: ({ t }) => t(name === 'createdAt' ? 'general:createdAt' : 'general:updatedAt'),
    admin: { hidden: true, disableBulkEdit: true, date: { pickerAppearance: 'dayAndTime' }, components: { Cell: CELL } },
  })
  return [...fields, ...(['updatedAt', 'createdAt'] as const).filter((name) => !named.has(name)).map(stamp)]
}

/**
 * Every date field of every collection and global, also those added later, is typed and shown
 * in Dutch and in Amsterdam time (see DutchDateField). Applied to the whole configuration, so
 * no collection can forget it.
 */
export function dutchDates(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection: CollectionConfig) => ({
      ...collection,
      fields: collection.timestamps === false ? walk(collection.fields) : timestamps(walk(collection.fields)),
    })),
    globals: (config.globals ?? []).map((global: GlobalConfig) => ({ ...global, fields: walk(global.fields) })),
  })
}
