import type { FieldAccess } from 'payload'
import { hasRole, idOf, isCoordinatorUser, type PortalUser, type RelationValue } from './roles'

interface AssignedDoc {
  assignedPlatformMember?: RelationValue
  assignedExperts?: RelationValue[] | null
}

function isAssignedPlatformMember(user: unknown, doc: AssignedDoc | undefined): boolean {
  if (!hasRole(user, 'platformMember') || !doc) return false
  return idOf(doc.assignedPlatformMember) === String((user as PortalUser).id)
}

function isAssignedExpert(user: unknown, doc: AssignedDoc | undefined): boolean {
  if (!hasRole(user, 'expert') || !doc) return false
  const id = String((user as PortalUser).id)
  return (doc.assignedExperts ?? []).some((expert) => idOf(expert) === id)
}

/** The advice group: coordinators, and the experts assigned to the question. */
export const caseQuestionAdviceFieldUpdate: FieldAccess<any> = ({ req: { user }, doc }) =>
  isCoordinatorUser(user) || isAssignedExpert(user, doc)

/** Assigned experts: coordinators, and the platform member the question was routed to. */
export const caseQuestionExpertsFieldUpdate: FieldAccess<any> = ({ req: { user }, doc }) =>
  isCoordinatorUser(user) || isAssignedPlatformMember(user, doc)

/** Internal notes: coordinators, the assigned platform member and the assigned experts. */
export const caseQuestionNotesFieldUpdate: FieldAccess<any> = ({ req: { user }, doc }) =>
  isCoordinatorUser(user) || isAssignedPlatformMember(user, doc) || isAssignedExpert(user, doc)
