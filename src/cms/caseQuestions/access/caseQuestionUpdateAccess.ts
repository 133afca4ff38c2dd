import type { Access } from 'payload'
import { assignedToStaffUser } from './caseQuestionReadAccess'
import { isCoordinatorUser, isStaffUser } from '../../shared/access/roles'

/**
 * Update access on `caseQuestions`: coordinators all; the assigned platform member and the
 * assigned experts their questions. Which fields they may write is limited per field (see
 * `caseQuestionFieldAccess`). Professionals never change a question after sending it.
 */
export const caseQuestionUpdateAccess: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  if (!isStaffUser(user)) return false
  return assignedToStaffUser(user)
}
