import type { Access } from 'payload'
import { editorOrganisationId, isCoordinatorUser } from './roles'

/**
 * Update access on `organisations`: coordinators change any organisation, a partner editor
 * only the one they work for.
 */
export const ownOrganisation: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  const organisationId = editorOrganisationId(user)
  if (!organisationId) return false
  return { id: { equals: organisationId } }
}
