import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Coordinators, admins and platform members: the people who discuss signals and applications. */
export const isCoordinatorOrPlatformMember: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'coordinator', 'platformMember')

export const isCoordinatorOrPlatformMemberField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'coordinator', 'platformMember')
