import type { CollectionBeforeChangeHook } from 'payload'
import { isStaffUser } from '../access/roles'

/** Stamps the staff member who saves a version, for the coordinator's weekly digest. */
export const recordLastEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  if (isStaffUser(req.user)) data.lastEditedBy = req.user.id
  return data
}
