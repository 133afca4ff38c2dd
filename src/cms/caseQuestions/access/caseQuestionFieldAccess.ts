import type { FieldAccess } from 'payload'
import { isAdviceReleased } from '../../../domain/caseQuestions/advice'
import { hasRole, idOf, isCoordinatorUser, isProfessionalUser, isStaffUser, type PortalUser, type RelationValue } from '../../shared/access/roles'

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

/**
 * The advice group: coordinators, and the experts assigned to the question until the advice is
 * released to the professional (after that only the coordinator corrects it).
 */
export const caseQuestionAdviceFieldUpdate: FieldAccess<any> = ({ req: { user }, doc }) =>
  isCoordinatorUser(user) || (isAssignedExpert(user, doc) && !isAdviceReleased(doc))

/** Assigned experts: coordinators, and the platform member the question was routed to. */
export const caseQuestionExpertsFieldUpdate: FieldAccess<any> = ({ req: { user }, doc }) =>
  isCoordinatorUser(user) || isAssignedPlatformMember(user, doc)

/** Internal notes: coordinators, the assigned platform member and the assigned experts. */
export const caseQuestionNotesFieldUpdate: FieldAccess<any> = ({ req: { user }, doc }) =>
  isCoordinatorUser(user) || isAssignedPlatformMember(user, doc) || isAssignedExpert(user, doc)

/**
 * Reading the advice: staff who may read the question; the professional who asked only once
 * the coordinator released it (a draft or a complete-but-unreleased advice stays with the
 * network, in the API as on /account).
 */
export const caseQuestionAdviceFieldRead: FieldAccess<any> = ({ req: { user }, doc }) =>
  isStaffUser(user) || (isProfessionalUser(user) && isAdviceReleased(doc))

/** Who asked (the link to the account): coordinators, and the professional themselves. */
export const caseQuestionAskedByFieldRead: FieldAccess<any> = ({ req: { user } }) => isCoordinatorUser(user) || isProfessionalUser(user)

/**
 * How to reach the asker (name, organisation, preferred contact): coordinators and the
 * platform member and experts assigned to the question, whose e-mail asks them to make contact.
 * The admin's form state asks without `doc`, passing the form's data instead: that data was
 * read through this same rule (or sent by the browser itself), so judging it reveals nothing
 * the reader did not already hold.
 */
export const caseQuestionAskerContactFieldRead: FieldAccess<any> = ({ req: { user }, doc, data }) => {
  const question = (doc ?? data) as AssignedDoc | undefined
  return isCoordinatorUser(user) || isAssignedPlatformMember(user, question) || isAssignedExpert(user, question)
}
