import type { CollectionBeforeChangeHook } from 'payload'
import type { Professional } from '../../../payload-types'
import { isCoordinatorUser } from '../../shared/access/roles'

/**
 * Payload lets any logged-in user set `_verified` on an auth collection. A professional who
 * could create a verified account for someone else would skip the email check, so only a
 * coordinator (or trusted server code, which runs without a user) may set it directly; the
 * emailed verification link itself does not pass through this hook.
 */
export const keepVerificationWithCoordinator: CollectionBeforeChangeHook<Professional> = ({ data, originalDoc, req }) => {
  if (!req.user || isCoordinatorUser(req.user) || !('_verified' in data)) return data
  const { _verified: _ignored, ...rest } = data
  return originalDoc ? { ...rest, _verified: originalDoc._verified } : rest
}
