import type { Access } from 'payload'
import { isCoordinatorUser, isProfessionalUser } from '../../shared/access/roles'

/**
 * Read/update access on `professionals`: coordinators (and admins) all accounts, a
 * professional only their own. Status fields are guarded per field on top of this.
 */
export const ownProfessionalAccount: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  if (isProfessionalUser(user)) return { id: { equals: String(user.id) } }
  return false
}
