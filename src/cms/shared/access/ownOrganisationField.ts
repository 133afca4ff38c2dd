import type { FieldAccess } from 'payload'
import { idOf, isCoordinatorUser, staffOrganisationId, type RelationValue } from './roles'

/**
 * Field read access for the staff-only details of an organisation's public documents (its email
 * domains, the linked staff account of an expert, who last edited it, the reminder bookkeeping):
 * coordinators, and staff of that same organisation. Staff of other organisations read the
 * document as the public does, without these fields. The owner is the document's `organisation`,
 * or the document itself on an organisation page.
 */
export const ownOrganisationField: FieldAccess = ({ req: { user }, doc }) => {
  if (isCoordinatorUser(user)) return true
  const own = staffOrganisationId(user)
  if (!own) return false
  // Asked without a document (the admin's permission map): the read itself filters per document.
  if (!doc) return true
  const owner = 'organisation' in doc ? idOf(doc.organisation as RelationValue) : idOf(doc.id as RelationValue)
  return owner === own
}
