import type { CollectionBeforeOperationHook, FlattenedField, GlobalBeforeOperationHook } from 'payload'
import { BadRequest } from './badRequest'

/**
 * The JSON type each kind of field accepts from outside. Payload's own field hooks (the auth
 * email's lowercasing, for one) and ours run before field validation and assume the right
 * type, so `{"email": 123}` was a server error. Checked for REST and GraphQL only: server code
 * using the Local API may pass richer values (Date objects) on purpose.
 */
type Expect = 'text' | 'number' | 'boolean' | 'object' | 'list' | 'reference' | 'any'

const expectations: Partial<Record<FlattenedField['type'], Expect>> = {
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  date: 'text',
  select: 'text',
  radio: 'text',
  number: 'number',
  checkbox: 'boolean',
  richText: 'object',
  group: 'object',
  tab: 'object',
  array: 'list',
  blocks: 'list',
  relationship: 'reference',
  upload: 'reference',
  json: 'any',
  point: 'list',
  join: 'any',
}

const described: Record<Expect, string> = {
  text: 'tekst',
  number: 'een getal',
  boolean: 'ja of nee (true/false)',
  object: 'een object',
  list: 'een lijst',
  reference: 'een verwijzing (id)',
  any: 'iets',
}

/** Deeper than this no document of the portal nests; deeper input is refused unread. */
export const MAX_DATA_DEPTH = 64

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function fits(expect: Expect, value: unknown): boolean {
  switch (expect) {
    case 'text':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false'
    case 'object':
      return isPlainObject(value)
    case 'list':
      return Array.isArray(value)
    case 'reference':
      // An id, a populated document, or { relationTo, value } for polymorphic relations.
      return typeof value === 'string' || typeof value === 'number' || isPlainObject(value)
    case 'any':
      return true
  }
}

function depthOf(value: unknown): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    deepest = Math.max(deepest, depth)
    if (depth > MAX_DATA_DEPTH) return depth
    if (typeof node === 'object' && node !== null) for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return deepest
}

export interface DataTypeProblem {
  /** The field's path in Payload's notation (`sections.0.heading`). */
  path: string
  message: string
}

/** The first value of the wrong type, with its field and a Dutch sentence; undefined when all fit. */
export function dataTypeProblem(fields: FlattenedField[], data: Record<string, unknown>, prefix = ''): DataTypeProblem | undefined {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (value === null || value === undefined) continue
    const path = `${prefix}${field.name}`
    // The admin's own form sends an array or blocks field without rows as its row count, 0
    // (Payload reads that as an empty list): refusing it made every such save fail.
    if ((field.type === 'array' || field.type === 'blocks') && value === 0) continue
    const expect = expectations[field.type] ?? 'any'
    const many = 'hasMany' in field && field.hasMany === true
    const items = many && expect !== 'list' ? (Array.isArray(value) ? value : undefined) : [value]
    if (!items) return { path, message: `Het veld "${path}" moet een lijst zijn.` }
    for (const item of items) {
      if (item !== null && !fits(expect, item)) return { path, message: `Het veld "${path}" moet ${described[expect]} zijn.` }
    }
    if ((field.type === 'group' || field.type === 'tab') && isPlainObject(value)) {
      const problem = dataTypeProblem(field.flattenedFields, value, `${path}.`)
      if (problem) return problem
    }
    if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        if (!isPlainObject(row)) return { path, message: `Elke rij van "${path}" moet een object zijn.` }
        const problem = dataTypeProblem(field.flattenedFields, row, `${path}.${index}.`)
        if (problem) return problem
      }
    }
    if (field.type === 'blocks' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        if (!isPlainObject(row)) return { path, message: `Elk blok van "${path}" moet een object zijn.` }
        // Blocks by reference (config-wide blocks) are left to Payload.
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
        const problem = block ? dataTypeProblem(block.flattenedFields ?? [], row, `${path}.${index}.`) : undefined
        if (problem) return problem
      }
    }
  }
  return undefined
}

const NOT_READABLE = 'Stuur de gegevens als JSON (application/json) of als multipart-formulier met het veld _payload.'

/** Auth operations take strings for these, whatever the collection's fields say. */
const AUTH_TEXT = ['email', 'password', 'username', 'token']

// Generic: the request-errors plugin adds it to every collection, whatever its slug.
export const checkDataTypes: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  // Any collection's operation: only some carry `data`, and it is not trusted to match the type.
  const data = (args as { data?: unknown }).data
  if (req.payloadAPI === 'local') return args
  if (data === undefined) {
    // Payload reads JSON and multipart bodies only; anything else arrives as no data at all.
    if ((operation === 'create' || operation === 'update') && req.payloadAPI === 'REST') {
      throw new BadRequest(NOT_READABLE)
    }
    return args
  }
  if (!isPlainObject(data)) throw new BadRequest('De gegevens moeten een JSON-object zijn.')
  if (depthOf(data) > MAX_DATA_DEPTH) throw new BadRequest('De gegevens zijn te diep genest.')
  if (operation !== 'create' && operation !== 'update') {
    for (const name of AUTH_TEXT) {
      if (name in data && data[name] !== undefined && typeof data[name] !== 'string') throw new BadRequest(`Het veld "${name}" moet tekst zijn.`)
    }
    return args
  }
  const problem = dataTypeProblem(collection.flattenedFields, data)
  if (problem) throw new BadRequest(problem.message, 400, problem.path)
  return args
}

// Every global gets it (Payload's global hooks take no document type).
export const checkGlobalDataTypes: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  // Not trusted to match the type: this hook exists to check it.
  const data = (args as { data?: unknown } | undefined)?.data
  if (req.payloadAPI === 'local') return args
  if (data === undefined) {
    if (operation === 'update' && req.payloadAPI === 'REST') throw new BadRequest(NOT_READABLE)
    return args
  }
  if (!isPlainObject(data)) throw new BadRequest('De gegevens moeten een JSON-object zijn.')
  if (depthOf(data) > MAX_DATA_DEPTH) throw new BadRequest('De gegevens zijn te diep genest.')
  const problem = dataTypeProblem(global.flattenedFields, data)
  if (problem) throw new BadRequest(problem.message, 400, problem.path)
  return args
}
