import type { Access } from 'payload'
import { isCoordinatorUser, staffOrganisationId } from './roles'

/**
 * Version history holds every draft ever saved, so it is read only by those who may read the
 * drafts: coordinators all of it, staff of an organisation that organisation's history. Paths
 * are those of the versions table (`parent`, `version.<field>`).
 */
export const ownOrganisationVersions: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  const own = staffOrganisationId(user)
  return own ? { parent: { equals: own } } : false
}

/** The same for offerings and experts: the version's organisation decides. */
export const ownOrganisationContentVersions: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  const own = staffOrganisationId(user)
  return own ? { 'version.organisation': { equals: own } } : false
}
