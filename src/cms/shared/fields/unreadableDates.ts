import type { Field } from 'payload'
import { unreadableStoredDate, type DutchDateOptions } from '../../../domain/dates/dutchDate'

type AnyField = Field & {
  type: string
  name?: string
  fields?: Field[]
  tabs?: { name?: string; fields: Field[] }[]
  blocks?: { slug: string; fields: Field[] }[]
  admin?: { date?: { pickerAppearance?: string } }
}

export interface DateProblem {
  path: string
  message: string
}

/** Whether a date field asks for a time of day (as the admin's date field decides it too). */
export function dateFieldHasTime(field: { admin?: unknown }): DutchDateOptions {
  const appearance = (field.admin as { date?: { pickerAppearance?: string } } | undefined)?.date?.pickerAppearance ?? 'dayAndTime'
  return { time: appearance !== 'dayOnly' && appearance !== 'monthOnly' }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every date in `data` (as sent: only the fields present are judged) that cannot be stored,
 * with the path the admin shows the reason at (`steps.3.at`). Walks the fields, not the data,
 * so its cost follows the schema and the rows sent.
 */
export function unreadableDates(fields: Field[], data: unknown, prefix = ''): DateProblem[] {
  if (!isRecord(data)) return []
  const problems: DateProblem[] = []
  for (const raw of fields) {
    const field = raw as AnyField
    const name = field.name
    if (field.type === 'date' && name) {
      if (!(name in data)) continue
      const message = unreadableStoredDate(data[name], dateFieldHasTime(field))
      if (message) problems.push({ path: `${prefix}${name}`, message })
    } else if (field.type === 'tabs' && field.tabs) {
      for (const tab of field.tabs) {
        problems.push(...(tab.name ? unreadableDates(tab.fields, data[tab.name], `${prefix}${tab.name}.`) : unreadableDates(tab.fields, data, prefix)))
      }
    } else if (field.type === 'array' && name && field.fields && Array.isArray(data[name])) {
      const rows = data[name] as unknown[]
      rows.forEach((row, index) => problems.push(...unreadableDates(field.fields!, row, `${prefix}${name}.${index}.`)))
    } else if (field.type === 'blocks' && name && field.blocks && Array.isArray(data[name])) {
      const rows = data[name] as unknown[]
      rows.forEach((row, index) => {
        const block = isRecord(row) ? field.blocks!.find((candidate) => candidate.slug === row.blockType) : undefined
        if (block) problems.push(...unreadableDates(block.fields, row, `${prefix}${name}.${index}.`))
      })
    } else if (field.fields) {
      // A named group nests its data; a row, collapsible or unnamed group does not.
      problems.push(...(field.type === 'group' && name ? unreadableDates(field.fields, data[name], `${prefix}${name}.`) : unreadableDates(field.fields, data, prefix)))
    }
  }
  return problems
}
