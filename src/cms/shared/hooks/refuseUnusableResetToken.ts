import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { tokenExpired, tokenMessages } from '../../../domain/auth/tokenLifetimes'

/**
 * Refuses a password reset (site, admin, REST, GraphQL) whose link is unknown or expired with a
 * Dutch message saying which, instead of Payload's English "Token is either invalid or has
 * expired". Payload itself checks the same again when it resets.
 */
export const refuseUnusableResetToken: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const token = (args as { data?: { token?: unknown } }).data?.token
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) throw new APIError(tokenMessages.reset.ongeldig, 403, undefined, true)
  const account = (await req.payload.db.findOne({ collection: collection.slug, where: { resetPasswordToken: { equals: token } }, req })) as {
    resetPasswordExpiration?: string | null
  } | null
  if (!account) throw new APIError(tokenMessages.reset.ongeldig, 403, undefined, true)
  if (tokenExpired(account.resetPasswordExpiration)) throw new APIError(tokenMessages.reset.verlopen, 403, undefined, true)
  return args
}
