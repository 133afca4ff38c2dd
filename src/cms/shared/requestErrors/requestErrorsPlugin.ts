import type { Config } from 'payload'
import { checkDataTypes, checkGlobalDataTypes } from './checkDataTypes'
import { accessQueryForVisitors } from './graphqlAccess'
import { missingFileNotFound } from './missingFileNotFound'
import { guardOwnCollections } from './ownCollections'
import { refuseDeletingReferenced } from './refuseDeletingReferenced'
import { validateQueries } from './validateQueries'
import { versionsNotFoundEndpoints } from './withoutVersions'

/**
 * Bad input gets a clear 4xx, never a 500: the general causes inside Payload, fixed once for
 * every collection and global (the server itself refuses unreadable bodies, src/server/):
 * - data of the wrong JSON type, or absurdly deep, is refused before any hook runs;
 * - `where` queries are checked against operators and field types before the database;
 * - deleting what a required relationship still points to is refused in Dutch;
 * - versions endpoints of content without versions, files missing on disk and collections
 *   without endpoints answer 404; deleting an admin preference works on SQLite;
 * - GraphQL's `Access` query works for visitors;
 * - these refusals are logged as one warn line (Payload logs unknown errors as error).
 */
export function requestErrorsPlugin() {
  return (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      guardOwnCollections(payload, new Set((config.collections ?? []).map((collection) => collection.slug)))
      await config.onInit?.(payload)
    },
    // Payload picks the level by error name; its type lists only its own names.
    loggingLevels: { BadRequest: 'warn', QueryError: 'warn', ...config.loggingLevels } as Config['loggingLevels'],
    graphQL: { ...config.graphQL, queries: accessQueryForVisitors(config.graphQL?.queries) },
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      endpoints:
        collection.endpoints === false || collection.versions
          ? collection.endpoints
          : [...versionsNotFoundEndpoints, ...(collection.endpoints ?? [])],
      upload:
        collection.upload && typeof collection.upload === 'object' && collection.upload.staticDir
          ? { ...collection.upload, handlers: [missingFileNotFound(collection.upload.staticDir), ...(collection.upload.handlers ?? [])] }
          : collection.upload,
      hooks: {
        ...collection.hooks,
        beforeOperation: [checkDataTypes, validateQueries, ...(collection.hooks?.beforeOperation ?? [])],
        beforeDelete: [...(collection.hooks?.beforeDelete ?? []), refuseDeletingReferenced],
      },
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      endpoints: global.endpoints === false || global.versions ? global.endpoints : [...versionsNotFoundEndpoints, ...(global.endpoints ?? [])],
      hooks: { ...global.hooks, beforeOperation: [checkGlobalDataTypes, ...(global.hooks?.beforeOperation ?? [])] },
    })),
  })
}
