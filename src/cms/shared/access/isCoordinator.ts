import type { Access, FieldAccess } from 'payload'
import { isCoordinatorUser } from './roles'

/** Coordinators (and admins) manage the network's content and workflows. */
export const isCoordinator: Access = ({ req: { user } }) => isCoordinatorUser(user)

export const isCoordinatorField: FieldAccess = ({ req: { user } }) => isCoordinatorUser(user)
