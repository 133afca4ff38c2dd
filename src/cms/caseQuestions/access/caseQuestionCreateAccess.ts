import type { Access } from 'payload'
import { isCoordinatorUser, isProfessionalUser } from '../../shared/access/roles'

/**
 * Create access on `caseQuestions`: coordinators, and professionals whose account a
 * coordinator approved. The `setAskedByToProfessional` hook makes the professional the asker.
 */
export const caseQuestionCreateAccess: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  if (!isProfessionalUser(user)) return false
  return (user as { status?: string | null }).status === 'goedgekeurd'
}
