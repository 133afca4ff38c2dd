import type { Endpoint, Payload, PayloadHandler, SanitizedCollectionConfig } from 'payload'
import { NotFound, UnauthorizedError } from 'payload'
import { endpointError } from '../endpoints/endpointError'
import { checkDataTypes } from './checkDataTypes'
import { refuseDeletingReferenced } from './refuseDeletingReferenced'
import { validateQueries } from './validateQueries'
import { versionsNotFoundEndpoints } from './withoutVersions'

const notFound: PayloadHandler = (req) => {
  req.payload.logger.warn({ msg: `404 ${req.method} ${req.pathname}: no endpoints for this collection` })
  return endpointError(404, 'Niet gevonden.')
}

/** A collection without REST endpoints (migrations) answers 404, not Payload's 501. */
export const noEndpoints: Endpoint[] = (['get', 'post', 'patch', 'put', 'delete'] as const).flatMap((method) =>
  ['/', '/:a', '/:a/:b', '/:a/:b/:c'].map((path) => ({ path, method, handler: notFound })),
)

/**
 * Deleting a preference: Payload's own operation deletes with a where on the polymorphic `user`
 * relationship, which the SQLite adapter cannot translate (a server error). The same rule
 * (the caller's own preference with this key), found first and then deleted by id.
 */
const deleteOwnPreference: PayloadHandler = async (req) => {
  const { payload, user } = req
  if (!user) throw new UnauthorizedError(req.t)
  const { docs } = await payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: String(req.routeParams?.key ?? '') } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) throw new NotFound(req.t)
  await payload.db.deleteOne({ collection: 'payload-preferences', where: { id: { equals: docs[0].id } }, req })
  return Response.json({ ...docs[0], message: req.t('general:deletedSuccessfully') })
}

/**
 * Payload adds its own collections (locked documents, preferences, jobs, migrations, key-value)
 * after the plugins have run: once Payload is up they get the same checks as ours.
 */
export function guardOwnCollections(payload: Payload, covered: Set<string>): void {
  for (const { config } of Object.values(payload.collections) as { config: SanitizedCollectionConfig }[]) {
    if (covered.has(config.slug)) continue
    config.hooks.beforeOperation = [checkDataTypes, validateQueries, ...(config.hooks.beforeOperation ?? [])]
    config.hooks.beforeDelete = [...(config.hooks.beforeDelete ?? []), refuseDeletingReferenced]
    if (config.endpoints === false) {
      config.endpoints = noEndpoints
      continue
    }
    const extra: Endpoint[] = config.versions ? [] : [...versionsNotFoundEndpoints]
    if (config.slug === 'payload-preferences') extra.push({ path: '/:key', method: 'delete', handler: deleteOwnPreference })
    config.endpoints = [...extra, ...(config.endpoints ?? [])]
  }
}
