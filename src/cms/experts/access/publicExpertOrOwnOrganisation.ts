import type { Access, Where } from 'payload'
import { publishedOnly } from '../../shared/access/publishedOrCoordinator'
import { isCoordinatorUser, staffOrganisationId } from '../../shared/access/roles'

/** What the public sees of experts: published profiles of experts who agreed to be shown. */
export const publicExperts: Where = { and: [publishedOnly, { publicProfile: { equals: true } }] }

/**
 * Read access on `experts`: coordinators see every expert (drafts and private profiles too; they
 * route case questions to them); staff of an organisation see all of their own organisation's
 * experts (a platform member forwards questions to them); everyone else, staff of other
 * organisations included, only public profiles. A private profile is private to the network's
 * coordination and the expert's own organisation.
 */
export const publicExpertOrOwnOrganisation: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  const own = staffOrganisationId(user)
  if (!own) return publicExperts
  return { or: [publicExperts, { organisation: { equals: own } }] }
}
