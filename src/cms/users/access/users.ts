import type { Access } from 'payload'
import { hasRole, isCoordinatorUser, isStaffUser } from '../../shared/access/roles'

/**
 * Coordinators and platform members see the whole staff directory (they assign questions to
 * experts); everyone else sees only their own account.
 */
export const staffDirectoryRead: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user) || hasRole(user, 'platformMember')) return true
  if (isStaffUser(user)) return { id: { equals: user.id } }
  return false
}

/** A staff member may change their own account (name, password); coordinators any account. */
export const selfOrCoordinator: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  if (isStaffUser(user)) return { id: { equals: user.id } }
  return false
}
