import type { Access, Where } from 'payload'
import { hasRole, isCoordinatorUser, isProfessionalUser, isStaffUser } from '../../shared/access/roles'

/**
 * Read access on `caseQuestions` (binding, checked by the access matrix test):
 * coordinators (and admins) read all; a platform member the questions assigned to them; an
 * expert the questions they are one of the experts of; a professional their own questions;
 * anyone else nothing. A staff account with both roles sees the union.
 */
export const caseQuestionReadAccess: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  if (isProfessionalUser(user)) return { askedBy: { equals: String(user.id) } }
  if (!isStaffUser(user)) return false
  return assignedToStaffUser(user)
}

/** The questions a platform member or expert is assigned to, or false when neither role. */
export function assignedToStaffUser(user: { id: string | number }): Where | false {
  const id = String(user.id)
  const conditions: Where[] = []
  if (hasRole(user, 'platformMember')) conditions.push({ assignedPlatformMember: { equals: id } })
  if (hasRole(user, 'expert')) conditions.push({ assignedExperts: { in: [id] } })
  if (conditions.length === 0) return false
  return conditions.length === 1 ? conditions[0] : { or: conditions }
}
