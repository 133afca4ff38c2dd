import type { CollectionAfterChangeHook } from 'payload'
import type { Subscriber } from '../../../payload-types'
import { mailConfirmation } from '../subscriptions'

/**
 * The site stamps `confirmationSentAt` when a sign-up may be mailed (at most once an hour per
 * address, decided in src/domain/newsletter/subscription.ts); stamping it is what sends the mail.
 */
export const mailSubscriberConfirmation: CollectionAfterChangeHook<Subscriber> = async ({ doc, previousDoc, req }) => {
  if (doc.confirmationSentAt && doc.confirmationSentAt !== previousDoc?.confirmationSentAt) {
    await mailConfirmation(req.payload, doc, req)
  }
  return doc
}
