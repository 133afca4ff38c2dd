import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Event, EventRegistration } from '../../../payload-types'
import { fillFreePlaces, PLACES_HANDLED } from '../registrationService'

const eventIdOf = (doc: Pick<EventRegistration, 'event'>) => (doc.event && typeof doc.event === 'object' ? String(doc.event.id) : doc.event ? String(doc.event) : undefined)

/**
 * A coordinator who cancels, moves or deletes a registration with a place in the admin frees
 * that place: the first on the waiting list moves up, as with a cancellation through the link.
 * (The site's own registration functions handle places themselves and mark their writes.)
 */
export const fillPlaceFreedByChange: CollectionAfterChangeHook<EventRegistration> = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context[PLACES_HANDLED]) return doc
  const eventId = eventIdOf(doc)
  const freed = previousDoc?.status === 'aangemeld' && (doc.status !== 'aangemeld' || eventIdOf(previousDoc) !== eventId)
  if (freed) {
    const previousEvent = eventIdOf(previousDoc)
    if (previousEvent) await fillFreePlaces(req.payload, previousEvent, req)
  }
  return doc
}

export const fillPlaceFreedByDelete: CollectionAfterDeleteHook<EventRegistration> = async ({ doc, req, context }) => {
  if (context[PLACES_HANDLED] || doc.status !== 'aangemeld') return doc
  const eventId = eventIdOf(doc)
  if (eventId) await fillFreePlaces(req.payload, eventId, req)
  return doc
}

/** A coordinator who raises the capacity (or removes the maximum) lets the waiting list move up. */
export const fillPlacesAfterCapacityRaise: CollectionAfterChangeHook<Event> = async ({ doc, previousDoc, operation, req }) => {
  // A draft does not change the published event's places yet.
  if (operation !== 'update' || !previousDoc || doc._status === 'draft') return doc
  const before = typeof previousDoc.capacity === 'number' ? previousDoc.capacity : Infinity
  const after = typeof doc.capacity === 'number' ? doc.capacity : Infinity
  if (after > before) await fillFreePlaces(req.payload, String(doc.id), req)
  return doc
}
