import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Removing a subscriber on request removes the address everywhere: their delivery rows and the
 * newsletter mails (confirmations) in the email log. The editions' counters stay as they were.
 * Before the delete, not after: SQLite's foreign key empties `subscriber` on the delivery rows
 * when the subscriber goes, after which they could no longer be found.
 */
export const forgetSubscriberData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const subscriber = await req.payload.findByID({ collection: 'subscribers', id, overrideAccess: true, depth: 0, req, disableErrors: true })
  await req.payload.delete({ collection: 'newsletterDeliveries', overrideAccess: true, req, where: { subscriber: { equals: id } } })
  if (subscriber?.email) {
    await req.payload.delete({
      collection: 'newsletterDeliveries',
      overrideAccess: true,
      req,
      where: { email: { equals: subscriber.email } },
    })
    await req.payload.delete({
      collection: 'emailLog',
      overrideAccess: true,
      req,
      where: { and: [{ to: { equals: subscriber.email } }, { purpose: { like: 'Nieuwsbrief' } }] },
    })
  }
}
