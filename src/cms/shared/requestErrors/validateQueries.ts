import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'
import { whereProblem, type QueryFieldKind } from '../../../domain/queryValidation'
import { BadRequest } from './badRequest'

/** The kind of a (dotted) field path in a collection, through groups, tabs, arrays and blocks. */
export function fieldKindOf(fields: FlattenedField[], path: string): QueryFieldKind | undefined {
  let current: FlattenedField[] | undefined = fields
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const field: FlattenedField | undefined = current?.find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) return undefined
    const last = index === segments.length - 1
    if (field.type === 'date') return last ? 'date' : undefined
    if (field.type === 'number') return last ? 'number' : undefined
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') current = field.flattenedFields
    else if (field.type === 'blocks') current = field.blocks.flatMap((block) => block.flattenedFields ?? [])
    else return last ? 'other' : undefined
  }
  return undefined
}

/**
 * Every `where` a collection operation receives from outside is checked first (see
 * src/domain/queryValidation.ts). Versions queries put the document under `version.`.
 */
// Generic: the request-errors plugin adds it to every collection, whatever its slug.
export const validateQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  // Any collection's operation: only some carry `where`, and it is not trusted to match the type.
  const where = (args as { where?: unknown }).where
  if (where === undefined || req.payloadAPI === 'local') return args
  const fields = collection.flattenedFields
  const problem = whereProblem(where, (path) => fieldKindOf(fields, path.startsWith('version.') ? path.slice('version.'.length) : path))
  if (problem) throw new BadRequest(`Ongeldige zoekopdracht: ${problem}`)
  return args
}
