import type { CollectionBeforeChangeHook } from 'payload'
import type { CaseQuestion } from '../../../payload-types'
import { isProfessionalUser } from '../../shared/access/roles'

/** A professional always asks on their own behalf: whatever `askedBy` says, it becomes them. */
export const setAskedByToProfessional: CollectionBeforeChangeHook<CaseQuestion> = ({ data, operation, req }) => {
  if (operation !== 'create' || !isProfessionalUser(req.user)) return data
  return { ...data, askedBy: req.user.id }
}
