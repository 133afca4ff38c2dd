import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook } from 'payload'
import { raiseForChange } from './contentVersion'
import { privateCollections, privateGlobals } from './privateContent'
import { PublicContentVersion, shareChange } from './sharedVersion'

/** What these hooks read of any document: collections with drafts have `_status`. */
type Versioned = { id: string | number; _status?: string | null }

/**
 * A draft of something never published changes nothing the public sees (and autosave would
 * otherwise raise the version every few seconds while an editor types).
 */
function touchesPublicState(doc: Versioned | undefined, previousDoc: Versioned | undefined): boolean {
  const hasDrafts = doc?._status !== undefined
  return !hasDrafts || doc?._status === 'published' || previousDoc?._status === 'published'
}

// Structural: added to every public collection by the plugin.
const raiseAfterChange: CollectionAfterChangeHook<Versioned> = ({ collection, doc, previousDoc, req }) => {
  if (touchesPublicState(doc, previousDoc)) {
    raiseForChange(req, { kind: 'document', collection: collection.slug, id: String(doc.id), operation: 'change' })
    shareChange(req.payload)
  }
  return doc
}

// Generic: added to every public collection by the plugin; it reads only the id.
const raiseAfterDelete: CollectionAfterDeleteHook = ({ collection, id, req }) => {
  raiseForChange(req, { kind: 'document', collection: collection.slug, id: String(id), operation: 'delete' })
  shareChange(req.payload)
}

// Every public global (Payload's global hooks take no document type).
const raiseAfterGlobalChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  raiseForChange(req, { kind: 'global', global: global.slug })
  shareChange(req.payload)
  return doc
}

/**
 * Raises the public-content version (src/cms/shared/publicContent/contentVersion.ts) after every change
 * to a collection or global the public site shows, and adds the global through which instances
 * sharing a database tell each other. A plugin, so that no collection can be forgotten: every
 * collection counts as public unless privateContent.ts says otherwise.
 */
export function publicContentPlugin() {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      privateCollections.has(collection.slug)
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), raiseAfterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), raiseAfterDelete],
            },
          },
    ),
    globals: [
      ...(config.globals ?? []).map((global) =>
        privateGlobals.has(global.slug)
          ? global
          : { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), raiseAfterGlobalChange] } },
      ),
      PublicContentVersion,
    ],
  })
}
