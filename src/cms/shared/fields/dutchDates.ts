import {
  APIError,
  validations,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type Config,
  type DateFieldValidation,
  type Field,
  type GlobalBeforeValidateHook,
  type GlobalConfig,
  type Plugin,
} from 'payload'
import { unreadableStoredDate, type DutchDateOptions } from '../../../domain/dates/dutchDate'
import { dateFieldHasTime, unreadableDates } from './unreadableDates'

const FIELD = '/src/cms/shared/components/DutchDateField#DutchDateField'
const CELL = '/src/cms/shared/components/DutchDateCell#DutchDateCell'

type AnyField = Field & { type: string; fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: { fields: Field[] }[]; admin?: Record<string, any> }

/**
 * Refuses a date the server would have to guess (REST, GraphQL and Local API alike), then runs
 * the field's own check or Payload's.
 */
function refuseUnreadable(own: DateFieldValidation | undefined, options: DutchDateOptions): DateFieldValidation {
  const next = own ?? validations.date
  return (value, args) => unreadableStoredDate(value, options) ?? next(value, args)
}

/**
 * The same refusal before any hook of the collection reads the data: Payload validates fields
 * only after the collection's beforeChange hooks, so a hook judging a step ("Vul de datum in")
 * spoke first and the person never learnt that the date they typed was unreadable.
 */
// Generic: any collection or global with date fields.
function refuseUnreadableFirst(fields: Field[]): CollectionBeforeValidateHook & GlobalBeforeValidateHook {
  return ({ data }) => {
    const problems = unreadableDates(fields, data)
    if (problems.length === 0) return data
    // An APIError with a public message: the Dutch reason reaches the toast and, through
    // data.errors, the field itself (a ValidationError's own message is Payload's generic one).
    throw new APIError(problems[0].message, 400, { errors: problems }, true)
  }
}

/** Gives one date field the Dutch picker and list cell, keeping what the field sets itself. */
function dutchDate(field: AnyField): Field {
  const admin = field.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...field,
    validate: refuseUnreadable((field as { validate?: DateFieldValidation }).validate, dateFieldHasTime(field)),
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
    collections: (config.collections ?? []).map((collection: CollectionConfig) => {
      const fields = collection.timestamps === false ? walk(collection.fields) : timestamps(walk(collection.fields))
      const hooks = collection.hooks ?? {}
      return { ...collection, fields, hooks: { ...hooks, beforeValidate: [refuseUnreadableFirst(fields), ...(hooks.beforeValidate ?? [])] } }
    }),
    globals: (config.globals ?? []).map((global: GlobalConfig) => {
      const fields = walk(global.fields)
      const hooks = global.hooks ?? {}
      return { ...global, fields, hooks: { ...hooks, beforeValidate: [refuseUnreadableFirst(fields), ...(hooks.beforeValidate ?? [])] } }
    }),
  })
}
