import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import type { Professional } from '../../../payload-types'
import { renewVerification, verificationExpiry, type VerificationAccount } from '../../shared/auth/verification'

/** Every new site account's confirmation link works for a limited time (see tokenLifetimes). */
export const stampVerificationExpiry: CollectionBeforeChangeHook<Professional> = ({ data, operation }) => {
  if (operation === 'create') data.verificationExpiresAt = verificationExpiry()
  return data
}

/**
 * Sends a fresh confirmation link when trusted code asks for it with the context flag
 * `renewVerification` (the site's confirmation page does, for an expired link): the site reaches
 * the CMS only through the Local API.
 */
export const renewVerificationOnRequest: CollectionAfterChangeHook<Professional> = async ({ doc, context, req }) => {
  if (!context?.renewVerification) return doc
  // Read as stored: the returned document may lack the verification fields.
  const account = await req.payload.db.findOne<VerificationAccount>({ collection: 'professionals', where: { id: { equals: doc.id } }, req })
  if (account) await renewVerification(req.payload, account, req)
  return doc
}
