import type { CollectionAfterChangeHook } from 'payload'
import { hasCalendarChange } from '../../../domain/events/calendarChange'
import { queueEmail } from '../../shared/email/queueEmail'
import { eventCancelledEmail, eventChangedEmail } from '../registrationEmails'
import { withSlug } from '../registrationService'
import type { Event } from '../../../payload-types'

/**
 * Tells the people who registered when a published, upcoming event is cancelled (everyone,
 * waiting list included) or moves in time or place (those with a place), with the new `.ics`
 * (higher SEQUENCE, STATUS:CANCELLED when cancelled) so the entry in their calendar follows.
 * A new title alone is not worth an e-mail.
 */
export const notifyRegistrantsOfChange: CollectionAfterChangeHook<Event> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc || doc._status !== 'published') return doc
  if (new Date(doc.startsAt).getTime() <= Date.now()) return doc
  const cancelledNow = Boolean(doc.cancelled) && !previousDoc.cancelled
  const moved = !doc.cancelled && hasCalendarChange(previousDoc, { ...doc, title: undefined, cancelled: undefined })
  if (!cancelledNow && !moved) return doc

  const statuses = cancelledNow ? ['aangemeld', 'wachtlijst'] : ['aangemeld']
  const registrations = await req.payload.find({
    collection: 'eventRegistrations',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    req,
    where: { and: [{ event: { equals: doc.id } }, { status: { in: statuses } }] },
  })
  const event = withSlug(doc)
  if (!event) return doc
  for (const registration of registrations.docs) {
    const email = cancelledNow ? eventCancelledEmail(event, registration) : eventChangedEmail(event, registration)
    await queueEmail(req.payload, { to: registration.email, ...email }, req)
  }
  return doc
}
