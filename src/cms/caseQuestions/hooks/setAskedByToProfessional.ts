import type { CollectionBeforeChangeHook } from 'payload'
import { isProfessionalUser } from '../../shared/access/roles'

/** A professional always asks on their own behalf: whatever `askedBy` says, it becomes them. */
export const setAskedByToProfessional: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !isProfessionalUser(req.user)) return data
  return { ...data, askedBy: req.user.id }
}
