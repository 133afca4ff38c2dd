import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { tokenExpired, tokenMessages } from '../../../domain/auth/tokenLifetimes'

/**
 * Refuses a password reset (site, admin, REST, GraphQL) whose link is unknown or expired with a
 * Dutch message saying which, instead of Payload's English "Token is either invalid or has
 * expired". Payload itself checks the same again when it resets.
 */
// Shared by the two auth collections, users and professionals.
export const refuseUnusableResetToken: CollectionBeforeOperationHook<'users' | 'professionals'> = async ({ args, collection, operation, req }) => {
  if (operation !== 'resetPassword') return args
  // As the request sent it: checked below whatever the type says.
  const token: unknown = args.data?.token
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) throw new APIError(tokenMessages.reset.ongeldig, 403, undefined, true)
  const account = await req.payload.db.findOne<{ id: string; resetPasswordExpiration?: string | null }>({
    collection: collection.slug,
    where: { resetPasswordToken: { equals: token } },
    req,
  })
  if (!account) throw new APIError(tokenMessages.reset.ongeldig, 403, undefined, true)
  if (tokenExpired(account.resetPasswordExpiration)) throw new APIError(tokenMessages.reset.verlopen, 403, undefined, true)
  return args
}
