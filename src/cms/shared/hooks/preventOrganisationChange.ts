import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Organisation } from '../../../payload-types'
import { idOf, isCoordinatorUser } from '../access/roles'

/**
 * Only coordinators move an offering or expert to another organisation. Field access already
 * drops such a change from a partner editor's request; this hook is the backstop for server code
 * that runs with `overrideAccess` on behalf of a user, so the rule holds on every path.
 * Server tasks without a user (seed, jobs) are trusted.
 */
// Structural: shared by offerings and experts; it reads only their `organisation`.
export const preventOrganisationChange: CollectionBeforeChangeHook<{ id: string; organisation?: string | Organisation | null }> = ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || isCoordinatorUser(req.user)) return data
  if (data.organisation === undefined) return data
  const before = idOf(originalDoc?.organisation)
  const after = idOf(data.organisation)
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
