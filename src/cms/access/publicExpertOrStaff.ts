import type { Access, Where } from 'payload'
import { isStaffUser } from './roles'

/**
 * Read access on `experts`: staff see every expert (drafts and private profiles too, they route
 * case questions to them); everyone else only published experts who agreed to a public profile.
 */
export const publicExpertOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const publicExperts: Where = {
    and: [{ _status: { equals: 'published' } }, { publicProfile: { equals: true } }],
  }
  return publicExperts
}
