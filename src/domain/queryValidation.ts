/**
 * Checks a `where` query from outside (REST query strings, GraphQL, the admin) before it
 * reaches the database: the shape Payload expects, operators it knows, values of the type of
 * the field. The database adapters pass wrong values straight to SQL or Mongo, where they
 * fail as server errors (`where[createdAt][greater_than]=not-a-date`,
 * `where[title][in][0][$ne]=x`); here they become a clear Dutch message.
 */

export const QUERY_OPERATORS = new Set([
  'equals',
  'contains',
  'not_equals',
  'in',
  'all',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'within',
  'intersects',
  'near',
])

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['within', 'intersects', 'near'])
/** Operators whose value is compared with the field's own type. */
const TYPED_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

/** Bounds on one query, far above what the admin or the site ever sends. */
export const QUERY_BOUNDS = { depth: 8, conditions: 200, listLength: 1000 }

/** The kind of value a field holds, as far as a query needs to know. */
export type QueryFieldKind = 'date' | 'number' | 'other'

type Scalar = string | number | boolean | null

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

function typeProblem(path: string, kind: QueryFieldKind, value: Scalar): string | undefined {
  if (value === null || value === '') return undefined
  if (kind === 'date' && Number.isNaN(new Date(typeof value === 'boolean' ? Number.NaN : value).getTime())) {
    return `"${path}" is een datum; "${String(value).slice(0, 40)}" is geen datum.`
  }
  if (kind === 'number' && (typeof value === 'boolean' || !Number.isFinite(Number(value)))) {
    return `"${path}" is een getal; "${String(value).slice(0, 40)}" is geen getal.`
  }
  return undefined
}

/**
 * Undefined when the query may run; otherwise the Dutch reason it may not. `kindOf` tells the
 * kind of a field path (undefined when unknown: the value is then only checked for shape).
 */
export function whereProblem(where: unknown, kindOf: (path: string) => QueryFieldKind | undefined): string | undefined {
  let conditions = 0

  const check = (node: unknown, depth: number): string | undefined => {
    if (!isPlainObject(node)) return 'Een zoekopdracht (where) moet uit velden met een operator bestaan, zoals where[titel][equals]=….'
    if (depth > QUERY_BOUNDS.depth) return 'Deze zoekopdracht is te diep genest.'
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : undefined
        if (!list) return `"${key}" in een zoekopdracht moet een lijst van voorwaarden zijn.`
        for (const item of list) {
          const problem = check(item, depth + 1)
          if (problem) return problem
        }
        continue
      }
      if (!isPlainObject(value)) return `Geef bij "${key}" een operator op, zoals where[${key}][equals]=….`
      for (const [operator, operand] of Object.entries(value)) {
        if (++conditions > QUERY_BOUNDS.conditions) return 'Deze zoekopdracht heeft te veel voorwaarden.'
        if (!QUERY_OPERATORS.has(operator)) return `"${operator}" is geen bekende operator (bij "${key}").`
        if (GEO_OPERATORS.has(operator)) continue
        const values = LIST_OPERATORS.has(operator)
          ? Array.isArray(operand)
            ? operand
            : isPlainObject(operand)
              ? Object.values(operand)
              : typeof operand === 'string'
                ? operand.split(',')
                : [operand]
          : [operand]
        if (values.length > QUERY_BOUNDS.listLength) return `De lijst bij "${key}" is te lang.`
        for (const item of values) {
          if (!isScalar(item)) return `De waarde bij "${key}" [${operator}] moet tekst, een getal of ja/nee zijn.`
          if (operator === 'exists') continue
          const kind = TYPED_OPERATORS.has(operator) ? kindOf(key) : undefined
          const problem = kind ? typeProblem(key, kind, item) : undefined
          if (problem) return problem
        }
      }
    }
    return undefined
  }

  return where === undefined || where === null ? undefined : check(where, 0)
}
