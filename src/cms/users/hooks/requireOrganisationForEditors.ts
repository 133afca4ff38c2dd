import { APIError, type CollectionBeforeValidateHook } from 'payload'
import type { User } from '../../../payload-types'
import { hasRole } from '../../shared/access/roles'

/**
 * A partner editor without an organisation could edit nothing, or worse, be mistaken for a
 * coordinator by a careless rule: refuse such an account. Also only an admin may make an admin.
 */
export const requireOrganisationForEditors: CollectionBeforeValidateHook<User> = ({ data, originalDoc, req }) => {
  const roles: string[] = data?.roles ?? originalDoc?.roles ?? []
  const organisation = data?.organisation !== undefined ? data.organisation : originalDoc?.organisation
  if (roles.includes('partnerEditor') && !organisation) {
    throw new APIError('Een redacteur van een partnerorganisatie moet aan een organisatie gekoppeld zijn.', 400, undefined, true)
  }
  const becomesAdmin = roles.includes('admin') && !(originalDoc?.roles ?? []).includes('admin')
  if (becomesAdmin && req.user && !hasRole(req.user, 'admin')) {
    throw new APIError('Alleen een beheerder kan iemand de rol beheerder geven.', 403, undefined, true)
  }
  return data
}
