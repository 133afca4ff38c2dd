/**
 * A work queue is a plain filter: a list of conditions that must all hold. The same filter is
 * counted through Payload's Local API (as a `where`) and opened as the admin's filtered list
 * (as a URL), so the number on the dashboard and the list behind its link cannot disagree.
 */

export type Operator =
  | 'equals'
  | 'not_equals'
  | 'in'
  | 'not_in'
  | 'exists'
  | 'less_than'
  | 'less_than_equal'
  | 'greater_than'
  | 'greater_than_equal'

export interface Condition {
  field: string
  operator: Operator
  value: string | boolean | readonly string[]
}

export type Filter = readonly Condition[]

export const condition = (field: string, operator: Operator, value: Condition['value']): Condition => ({ field, operator, value })

/** The filter as a Payload `where` (structurally; src/domain does not import Payload). */
export function toWhere(filter: Filter): { and: Record<string, Record<string, unknown>>[] } {
  return { and: filter.map(({ field, operator, value }) => ({ [field]: { [operator]: Array.isArray(value) ? [...value] : value } })) }
}

function encode(value: string): string {
  return encodeURIComponent(value)
}

/**
 * The admin's list of `collection` with the filter applied, in the shape the admin's own filter
 * builder writes (`where[or][0][and][i][field][operator]=value`), so the list shows the
 * conditions as filters the user can read and change.
 */
export function adminListUrl(collection: string, filter: Filter, options: { sort?: string; adminRoute?: string } = {}): string {
  const parts: string[] = []
  filter.forEach(({ field, operator, value }, index) => {
    const key = `where[or][0][and][${index}][${field}][${operator}]`
    if (Array.isArray(value)) value.forEach((item, itemIndex) => parts.push(`${key}[${itemIndex}]=${encode(item)}`))
    else parts.push(`${key}=${encode(String(value))}`)
  })
  if (options.sort) parts.push(`sort=${encode(options.sort)}`)
  const base = `${options.adminRoute ?? '/admin'}/collections/${collection}`
  return parts.length ? `${base}?${parts.join('&')}` : base
}

/** The admin page of one document. */
export function adminDocumentUrl(collection: string, id: string, adminRoute = '/admin'): string {
  return `${adminRoute}/collections/${collection}/${encodeURIComponent(id)}`
}
