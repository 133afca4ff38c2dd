import type { CollectionBeforeChangeHook } from 'payload'
import type { User } from '../../../payload-types'
import { isStaffUser } from '../access/roles'

/** Stamps the staff member who saves a version, for the coordinator's weekly digest. */
// Structural: shared by organisations, offerings and experts, which all carry `lastEditedBy`.
export const recordLastEditor: CollectionBeforeChangeHook<{ id: string; lastEditedBy?: string | User | null }> = ({ data, req }) => {
  if (isStaffUser(req.user)) data.lastEditedBy = req.user.id
  return data
}
