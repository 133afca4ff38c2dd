import type { CollectionSlug, Payload } from 'payload'

const cache = new WeakMap<Payload, Map<string, Map<string, string>>>()

/**
 * The admin labels of a collection's top-level fields by name ("notes" → "Interne notities"),
 * including fields inside rows and unnamed tabs. Only text labels (all of ours are Dutch text).
 */
export function fieldLabelsOf(payload: Payload, collection: CollectionSlug): Map<string, string> {
  let perCollection = cache.get(payload)
  if (!perCollection) cache.set(payload, (perCollection = new Map()))
  let labels = perCollection.get(collection)
  if (!labels) {
    labels = new Map()
    for (const field of payload.collections[collection]?.config.flattenedFields ?? []) {
      const label = 'label' in field ? field.label : undefined
      if (typeof label === 'string' && label) labels.set(field.name, label)
    }
    perCollection.set(collection, labels)
  }
  return labels
}
