import { editorOrganisationId, idOf, isCoordinatorUser, type RelationValue } from '../../shared/access/roles'

export type ReviewedCollection = 'organisations' | 'offerings' | 'experts'

/**
 * Who may confirm an item as still current ("nog actueel"): coordinators, and a partner editor
 * for their own organisation's page and the offerings and experts that belong to it.
 */
export function canConfirmReview(user: unknown, collection: ReviewedCollection, doc: { id: string | number; organisation?: RelationValue }): boolean {
  if (isCoordinatorUser(user)) return true
  const organisationId = editorOrganisationId(user)
  if (!organisationId) return false
  const owner = collection === 'organisations' ? String(doc.id) : idOf(doc.organisation)
  return owner === organisationId
}
