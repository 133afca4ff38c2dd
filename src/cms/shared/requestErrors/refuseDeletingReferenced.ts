import type { CollectionBeforeDeleteHook, CollectionSlug, FlattenedField, Payload } from 'payload'
import { BadRequest } from './badRequest'

interface Reference {
  collection: CollectionSlug
  label: string
  path: string
}

/** Required single relationships (top level, in groups, tabs and arrays) to `target`, as query paths. */
function requiredReferences(fields: FlattenedField[], target: string, prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      return requiredReferences(field.flattenedFields, target, `${prefix}${field.name}.`)
    }
    // Only a required single relation to one collection is a NOT NULL column that blocks the
    // delete; many-valued and polymorphic relations live in a rels table that lets go.
    if ((field.type === 'relationship' || field.type === 'upload') && field.required && !field.hasMany && !Array.isArray(field.relationTo)) {
      return field.relationTo === target ? [`${prefix}${field.name}`] : []
    }
    return []
  })
}

const cache = new WeakMap<Payload, Map<string, Reference[]>>()

function referencesTo(payload: Payload, target: string): Reference[] {
  let perTarget = cache.get(payload)
  if (!perTarget) cache.set(payload, (perTarget = new Map()))
  let found = perTarget.get(target)
  if (!found) {
    found = payload.config.collections.flatMap((collection) => {
      const plural = collection.labels?.plural
      const label = typeof plural === 'string' ? plural : collection.slug
      return requiredReferences(collection.flattenedFields, target).map((path) => ({ collection: collection.slug, label, path }))
    })
    perTarget.set(target, found)
  }
  return found
}

/**
 * A document that another document needs (a required relationship points to it) cannot be
 * deleted: the database refuses it anyway (NOT NULL), which used to surface as a server error.
 * This says so in Dutch, before anything is deleted, for every collection and every way in.
 */
// Generic: the request-errors plugin adds it to every collection.
export const refuseDeletingReferenced: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  for (const reference of referencesTo(req.payload, collection.slug)) {
    const { totalDocs } = await req.payload.count({
      collection: reference.collection,
      where: { [reference.path]: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) {
      throw new BadRequest(
        `Dit kan niet worden verwijderd: ${totalDocs === 1 ? 'er verwijst nog 1 item' : `er verwijzen nog ${totalDocs} items`} uit "${reference.label}" naar. Verwijder of wijzig die eerst.`,
        409,
      )
    }
  }
}
