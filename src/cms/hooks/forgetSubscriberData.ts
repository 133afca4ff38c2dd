import type { CollectionAfterDeleteHook } from 'payload'

/**
 * Removing a subscriber on request removes the address everywhere: their delivery rows and the
 * newsletter mails (confirmations) in the email log. The editions' counters stay as they were.
 */
export const forgetSubscriberData: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await req.payload.delete({ collection: 'newsletterDeliveries', overrideAccess: true, req, where: { subscriber: { equals: doc.id } } })
  await req.payload.delete({
    collection: 'emailLog',
    overrideAccess: true,
    req,
    where: { and: [{ to: { equals: doc.email } }, { purpose: { like: 'Nieuwsbrief' } }] },
  })
  return doc
}
