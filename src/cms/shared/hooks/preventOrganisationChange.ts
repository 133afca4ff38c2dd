import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf, isCoordinatorUser, type RelationValue } from '../access/roles'

/**
 * Only coordinators move an offering or expert to another organisation. Field access already
 * drops such a change from a partner editor's request; this hook is the backstop for server code
 * that runs with `overrideAccess` on behalf of a user, so the rule holds on every path.
 * Server tasks without a user (seed, jobs) are trusted.
 */
export const preventOrganisationChange: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || isCoordinatorUser(req.user)) return data
  if (data.organisation === undefined) return data
  const before = idOf(originalDoc?.organisation as RelationValue)
  const after = idOf(data.organisation as RelationValue)
  if (before !== after) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'organisation',
          message: 'Alleen de coördinator kan dit naar een andere organisatie verplaatsen.',
        },
      ],
    })
  }
  return data
}
