import type { Access } from 'payload'
import { isCoordinatorUser } from '../../shared/access/roles'

/**
 * Read access on `newsletters`: coordinators see every edition; everyone else (the public
 * archive) only editions that were sent.
 */
export const sentNewslettersOrCoordinator: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  return { status: { equals: 'verzonden' } }
}
