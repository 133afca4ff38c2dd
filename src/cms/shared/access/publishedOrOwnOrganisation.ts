import type { Access, Where } from 'payload'
import { publishedOnly } from './publishedOrCoordinator'
import { isCoordinatorUser, staffOrganisationId } from './roles'

/**
 * Read access on `organisations`: coordinators see every page with its drafts; a staff member
 * of an organisation also sees the drafts of their own organisation's page; everyone else,
 * staff of other organisations included, only published pages, as the public does.
 */
export const publishedOrOwnOrganisation: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  const own = staffOrganisationId(user)
  if (!own) return publishedOnly
  return { or: [publishedOnly, { id: { equals: own } }] } satisfies Where
}

/**
 * Read access on content that belongs to an organisation (offerings): the same rule, with the
 * item's `organisation` deciding what is one's own.
 */
export const publishedOrOwnOrganisationContent: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  const own = staffOrganisationId(user)
  if (!own) return publishedOnly
  return { or: [publishedOnly, { organisation: { equals: own } }] } satisfies Where
}
