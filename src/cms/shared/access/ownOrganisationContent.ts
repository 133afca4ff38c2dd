import type { Access, FieldAccess } from 'payload'
import { editorOrganisationId, idOf, isCoordinatorUser, type RelationValue } from './roles'

/**
 * Update/delete access on content that belongs to an organisation (offerings, experts):
 * coordinators change all of it, a partner editor only their own organisation's.
 */
export const ownOrganisationContent: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  const organisationId = editorOrganisationId(user)
  if (!organisationId) return false
  return { organisation: { equals: organisationId } }
}

/**
 * Create access on the same content. Payload ignores a `Where` returned for create, so this
 * checks the submitted organisation itself and answers with a boolean.
 */
export const createForOwnOrganisation: Access = ({ req: { user }, data }) => {
  if (isCoordinatorUser(user)) return true
  const organisationId = editorOrganisationId(user)
  if (!organisationId) return false
  // Without data the admin asks whether the user may create at all (to show the button).
  if (!data) return true
  return idOf(data.organisation as RelationValue) === organisationId
}

/**
 * Field access on `organisation`: a partner editor may set it on create (to their own, which
 * `createForOwnOrganisation` checks) but never move an item to another organisation. Sending
 * their own organisation again is allowed: restoring an earlier version sends the whole version,
 * organisation included, and must not fail on it. Without data (the admin's permission map) the
 * field stays read-only for editors; `preventOrganisationChange` is the backstop.
 */
export const organisationFieldUpdate: FieldAccess = ({ req: { user }, data, doc }) => {
  if (isCoordinatorUser(user)) return true
  const organisationId = editorOrganisationId(user)
  if (!organisationId || !data) return false
  const submitted = idOf(data.organisation as RelationValue)
  const current = doc ? idOf(doc.organisation as RelationValue) : organisationId
  return submitted === organisationId && current === organisationId
}
