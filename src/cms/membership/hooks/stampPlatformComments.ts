import type { CollectionBeforeChangeHook } from 'payload'
import type { MembershipApplication } from '../../../payload-types'
import { isCoordinatorUser } from '../../shared/access/roles'

type CommentRow = NonNullable<MembershipApplication['platformComments']>[number]

/**
 * Platform comments on a membership application are a log: a new comment gets its author and
 * time from the server, and anyone but a coordinator can only add comments, never change or
 * remove earlier ones.
 */
export const stampPlatformComments: CollectionBeforeChangeHook<MembershipApplication> = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.platformComments)) return data
  const existing: CommentRow[] = originalDoc?.platformComments ?? []
  const existingIds = new Set(existing.map((row) => row.id).filter(Boolean))
  const now = new Date().toISOString()
  const isNew = (row: CommentRow) => !row.id || !existingIds.has(row.id)
  const stamp = (row: CommentRow): CommentRow =>
    req.user ? { ...row, author: req.user.id, at: now } : { ...row, at: row.at ?? now }
  const rows = data.platformComments
  if (!req.user || isCoordinatorUser(req.user)) {
    return { ...data, platformComments: rows.map((row) => (isNew(row) ? stamp(row) : row)) }
  }
  return { ...data, platformComments: [...existing, ...rows.filter(isNew).map(stamp)] }
}
