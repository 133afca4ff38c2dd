import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'
import type { Professional, User } from '../../../payload-types'
import { accountKey } from '../../../domain/rateLimit/limits'
import { forgiveAll, takeAll } from '../../../domain/rateLimit/take'
import type { LimitName } from '../../../domain/rateLimit/limits'
import { refuseTooMany, requestAddress } from './refuseTooMany'

type Entries = [LimitName, string | undefined][]

const loginEntries = (collection: string, address: string | undefined, email: unknown): Entries => {
  const account = accountKey(collection, email)
  return [
    ['loginFailuresPerAddress', address],
    ['loginFailuresPerAccountAndAddress', account && address ? `${account}|${address}` : undefined],
    ['loginFailuresPerAccount', account],
  ]
}

/**
 * The per-address and per-account limits of an auth collection, for every way in (REST,
 * GraphQL, the admin, the site's Local API calls), because they all run these operations:
 * - login: every attempt counts as a failure up front (so a burst of parallel guesses is
 *   counted at once); `forgiveSuccessfulLogin` takes it back when the password was right;
 * - forgot-password: every request counts, per address and per account (the account's inbox);
 * - create by an anonymous visitor (registration): every attempt counts per address.
 * Payload's own calls that only mint a token (`disableEmail`, e.g. invitations) are not counted.
 */
// Shared by the two auth collections, users and professionals.
export const limitAuthAttempts: CollectionBeforeOperationHook<'users' | 'professionals'> = ({ args, collection, operation, req }) => {
  const address = requestAddress(req)
  if (operation === 'login') {
    refuseTooMany(
      req,
      takeAll(loginEntries(collection.slug, address, args.data?.email), 'Te veel mislukte inlogpogingen.'),
    )
  } else if (operation === 'forgotPassword' && !args.disableEmail) {
    refuseTooMany(
      req,
      takeAll(
        [
          ['passwordResetPerAddress', address],
          ['passwordResetPerAccount', accountKey(collection.slug, args.data?.email)],
        ],
        'Te veel aanvragen voor een nieuw wachtwoord.',
      ),
    )
  } else if (operation === 'create' && !req.user && collection.slug === 'professionals') {
    refuseTooMany(req, takeAll([['registrationPerAddress', address]], 'Er zijn vanaf dit adres te veel accounts aangemaakt.'))
  }
  return args
}

/** A successful login does not count against the limits. */
// Shared by the two auth collections, users and professionals.
export const forgiveSuccessfulLogin: CollectionAfterLoginHook<User | Professional> = ({ collection, req, user }) => {
  forgiveAll(loginEntries(collection.slug, requestAddress(req), user.email))
}
