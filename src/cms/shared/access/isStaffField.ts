import type { FieldAccess } from 'payload'
import { isStaffUser } from './roles'

/**
 * Field read access for administrative details of public documents (linked accounts, e-mail
 * domains, working-group member names): staff see them, the public API and site never do.
 */
export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
