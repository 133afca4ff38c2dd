import type { Config } from 'payload'
import { searchedCollections } from '../../domain/search/sources'
import { queueSearchIndexRebuildAfterChange, queueSearchIndexRebuildAfterDelete } from './queueSearchIndexRebuild'

/**
 * Keeps the search index current: adds the hooks that queue a rebuild to every collection the
 * search covers (the list lives with the search sources, so a new source cannot be forgotten).
 * A plugin rather than a line in each collection file, the way Payload's own search plugin
 * does it.
 */
export function searchIndexPlugin() {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      (searchedCollections as string[]).includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), queueSearchIndexRebuildAfterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), queueSearchIndexRebuildAfterDelete],
            },
          }
        : collection,
    ),
  })
}
