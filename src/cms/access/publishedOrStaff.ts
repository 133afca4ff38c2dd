import type { Access } from 'payload'
import { isStaffUser } from './roles'

/**
 * Read access for content with drafts: staff see drafts too, everyone else only what is
 * published. Staff read access is wider than their edit rights on purpose: a partner editor
 * may look at other members' public pages in the admin but not change them.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
