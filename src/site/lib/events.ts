/**
 * The agenda's queries and the registration service. Reads go through the Local API with the
 * visitor's rights (`overrideAccess: false`, published only); registrations are private, so the
 * site only asks the CMS's registration service for counts and for registering/cancelling.
 */
import type { Payload } from 'payload'
import { placesLeft } from '../../domain/events/places'
import type { EventRegistrationService } from '../../domain/events/registrationForm'
import { eventSummarySelect, type EventSummary } from './content'
import { findAllDocs, findPage, type FoundPage } from './findAll'
import { cleanSlug, published, type Found } from './publicQuery'

const summarySelect = {
  ...eventSummarySelect,
  icalUid: true,
  icalSequence: true,
  updatedAt: true,
} as const

/** An event in the agenda and its calendar feed. */
export type AgendaEvent = Found<'events', typeof summarySelect>

/** Every event that has not ended yet, soonest first (cancelled ones too, marked as such). */
export function listUpcoming(payload: Payload, now = new Date()): Promise<AgendaEvent[]> {
  return findAllDocs(payload, {
    collection: 'events',
    where: { and: [published, { endsAt: { greater_than_equal: now.toISOString() } }] },
    sort: 'startsAt',
    depth: 0,
    select: summarySelect,
  })
}

/** One page of the events that have ended, most recent first, with the true total. */
export function listPastPage(payload: Payload, { now = new Date(), page = 1, pageSize = 20 } = {}): Promise<FoundPage<AgendaEvent>> {
  return findPage(
    payload,
    {
      collection: 'events',
      where: { and: [published, { endsAt: { less_than: now.toISOString() } }] },
      sort: '-startsAt',
      depth: 0,
      select: summarySelect,
    },
    page,
    pageSize,
  )
}

/** One published event with its programme and registration settings (never its registrations). */
export async function getEventBySlug(payload: Payload, slug: string | undefined) {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const result = await payload.find({
    collection: 'events',
    where: { and: [published, { slug: { equals: value } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    select: {
      ...summarySelect,
      programme: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
    },
  })
  return result.docs[0]
}

/** The CMS's registration service (see src/cms/events/registrationService.ts). */
export function registrationService(payload: Payload): EventRegistrationService<Payload> {
  const service = payload.collections.eventRegistrations?.config.custom?.registrationService
  if (!service) throw new Error('De aanmeldfunctie van het CMS ontbreekt.')
  return service as EventRegistrationService<Payload>
}

/**
 * The ids of the events in `events` that are full (every place taken: new registrations go to
 * the waiting list), for "Vol — wachtlijst" in the agenda. Counts only events with a capacity
 * that take registrations on the site and are not cancelled.
 */
export async function fullEventIds(payload: Payload, events: readonly EventSummary[]): Promise<Set<string>> {
  const service = registrationService(payload)
  const limited = events.filter((event) => typeof event.capacity === 'number' && event.capacity > 0 && event.registrationEnabled !== false && !event.cancelled)
  const counts = await Promise.all(limited.map(async (event) => ({ event, places: await service.countPlaces(payload, String(event.id)) })))
  return new Set(counts.filter(({ event, places }) => placesLeft(event.capacity, places.registered) === 0).map(({ event }) => String(event.id)))
}
