/**
 * The only way a visitor's registration enters the database. The eventRegistrations collection
 * refuses `create` to everyone (REST, GraphQL, admin); these functions validate the window and
 * the places, then write with `overrideAccess` and queue the e-mails.
 *
 * Place allocation, and why it is safe for the last place:
 * 1. Every registration and cancellation for an event runs under `withEventLock`: within the
 *    one server process they take turns, so two people never both see "one place left".
 * 2. As a second line (a second process, a coordinator's edit at the same moment), a new
 *    registration re-counts after its own insert is written, and if it ranks beyond the capacity
 *    (first come, first served by registeredAt, then ID: `overbooked`) it moves itself to the
 *    waiting list before anyone is told. Each racer sees the other's committed insert no later
 *    than its own re-count, and all rank the same way, so exactly the late one moves. This works
 *    on SQLite (no transactions in Payload's adapter, writes serialised) and on MongoDB
 *    (read-committed outside a transaction), which a count inside one snapshot transaction would not.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { Event, EventRegistration } from '../../payload-types'
import { collectPages } from '../../domain/paging'
import { nextFromWaitingList, overbooked, registrationState, statusForNewRegistration } from '../../domain/events/places'
import type {
  AccountRegistration,
  CancellationOutcome,
  CancellationPreview,
  EventRegistrationInput,
  EventRegistrationService,
  RegistrationOutcome,
} from '../../domain/events/registrationForm'
import { queueEmail } from '../shared/email/queueEmail'
import { withEventLock } from './eventLock'
import {
  cancellationEmail,
  confirmationEmail,
  placeAvailableEmail,
  waitingListEmail,
  type RegistrationForEmail,
} from './registrationEmails'

/** Set on writes that already deal with freed places, so the hooks do not do it twice. */
export const PLACES_HANDLED = 'eventPlacesHandled'

/** One registers on the event's page, so a registration's event always has its slug. */
export type EventForRegistration = Event & { slug: string }

/**
 * The event with its slug. Payload types `slug` as optional, but the collection sets it from the
 * title on every save; an event without one is treated as one nobody can register for.
 */
export function withSlug(event: Event): EventForRegistration | undefined {
  const { slug } = event
  return slug ? { ...event, slug } : undefined
}

type RegistrationDoc = EventRegistration

const eventIdOf = (value: RegistrationDoc['event']) => String(typeof value === 'object' ? value.id : value)

async function findRegistrations(payload: Payload, where: Where, req?: PayloadRequest): Promise<RegistrationDoc[]> {
  const result = await payload.find({
    collection: 'eventRegistrations',
    where,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    req,
  })
  return result.docs
}

function registeredAt(eventId: string, status: 'aangemeld' | 'wachtlijst'): Where {
  return { and: [{ event: { equals: eventId } }, { status: { equals: status } }] }
}

async function loadEvent(payload: Payload, id: string, req?: PayloadRequest): Promise<EventForRegistration | undefined> {
  try {
    return withSlug(await payload.findByID({ collection: 'events', id, overrideAccess: true, depth: 0, req }))
  } catch {
    return undefined
  }
}

/** Registered and waiting counts, for "nog N plekken vrij" on the event page. */
export async function countPlaces(payload: Payload, eventId: string): Promise<{ registered: number; waiting: number }> {
  const [registered, waiting] = await Promise.all([
    payload.count({ collection: 'eventRegistrations', where: registeredAt(eventId, 'aangemeld'), overrideAccess: true }),
    payload.count({ collection: 'eventRegistrations', where: registeredAt(eventId, 'wachtlijst'), overrideAccess: true }),
  ])
  return { registered: registered.totalDocs, waiting: waiting.totalDocs }
}

async function register(payload: Payload, eventId: string, rawInput: EventRegistrationInput): Promise<RegistrationOutcome> {
  // Addresses are stored lowercased (field hook); compare them the same way.
  const input = { ...rawInput, email: rawInput.email.trim().toLowerCase() }
  // The visitor's own view of the event: a draft or unknown event does not exist for them.
  let event: EventForRegistration | undefined
  try {
    event = withSlug(await payload.findByID({ collection: 'events', id: eventId, overrideAccess: false, draft: false, depth: 0 }))
  } catch {
    return { kind: 'not-found' }
  }
  if (!event) return { kind: 'not-found' }
  const state = registrationState(event)
  if (state !== 'open') return { kind: 'not-open', state }
  const id = String(event.id)

  return withEventLock(id, async () => {
    // One active registration per address per event: a second attempt is answered, not stored.
    const [existing] = await findRegistrations(payload, {
      and: [{ event: { equals: id } }, { email: { equals: input.email } }, { status: { not_equals: 'geannuleerd' } }],
    })
    if (existing) return { kind: 'already-registered', status: existing.status === 'wachtlijst' ? 'wachtlijst' : 'aangemeld' }

    const { registered } = await countPlaces(payload, id)
    let status = statusForNewRegistration(event.capacity, registered)
    const created = await payload.create({
      collection: 'eventRegistrations',
      overrideAccess: true,
      depth: 0,
      data: { event: id, name: input.name, email: input.email, organisation: input.organisation, status },
      context: { [PLACES_HANDLED]: true },
    })

    if (status === 'aangemeld' && typeof event.capacity === 'number') {
      const over = overbooked(await findRegistrations(payload, registeredAt(id, 'aangemeld')), event.capacity)
      if (over.some((registration) => String(registration.id) === String(created.id))) {
        await payload.update({
          collection: 'eventRegistrations',
          id: created.id,
          overrideAccess: true,
          data: { status: 'wachtlijst' },
          context: { [PLACES_HANDLED]: true },
        })
        status = 'wachtlijst'
      }
    }

    const email = status === 'aangemeld' ? confirmationEmail(event, created) : waitingListEmail(event, created)
    await queueEmail(payload, { to: created.email, ...email })
    return { kind: 'registered', status }
  })
}

/**
 * Gives free places to the first on the waiting list, with an e-mail to each ("er is een plek
 * vrij"). Not for cancelled events or events that have started: a place then means nothing.
 */
export async function fillFreePlaces(payload: Payload, eventId: string, req?: PayloadRequest): Promise<number> {
  const event = await loadEvent(payload, eventId, req)
  if (!event || event.cancelled || new Date(event.startsAt).getTime() <= Date.now()) return 0
  const registered = await payload.count({ collection: 'eventRegistrations', where: registeredAt(eventId, 'aangemeld'), overrideAccess: true, req })
  const waiting = await findRegistrations(payload, registeredAt(eventId, 'wachtlijst'), req)
  const movingUp = nextFromWaitingList(waiting, event.capacity, registered.totalDocs)
  for (const registration of movingUp) {
    await payload.update({
      collection: 'eventRegistrations',
      id: registration.id,
      overrideAccess: true,
      data: { status: 'aangemeld' },
      context: { [PLACES_HANDLED]: true },
      req,
    })
    await queueEmail(payload, { to: registration.email, ...placeAvailableEmail(event, registration) }, req)
  }
  return movingUp.length
}

async function findByToken(payload: Payload, token: string): Promise<RegistrationDoc | undefined> {
  // Tokens are 43 base64url characters; anything else is not worth a query.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined
  const [registration] = await findRegistrations(payload, { cancelToken: { equals: token } })
  return registration
}

async function previewCancellation(payload: Payload, token: string): Promise<CancellationPreview | undefined> {
  const registration = await findByToken(payload, token)
  if (!registration) return undefined
  const event = await loadEvent(payload, eventIdOf(registration.event))
  if (!event) return undefined
  return {
    eventTitle: event.title,
    eventSlug: event.slug,
    eventStartsAt: event.startsAt,
    name: registration.name,
    status: registration.status,
  }
}

async function cancel(payload: Payload, token: string): Promise<CancellationOutcome> {
  const found = await findByToken(payload, token)
  if (!found) return { kind: 'not-found' }
  const eventId = eventIdOf(found.event)
  const event = await loadEvent(payload, eventId)
  if (!event) return { kind: 'not-found' }
  const about = { eventTitle: event.title, eventSlug: event.slug }

  return withEventLock(eventId, async () => {
    // Read again under the lock: a double click must not cancel (and mail) twice.
    const [registration] = await findRegistrations(payload, { id: { equals: found.id } })
    if (!registration || registration.status === 'geannuleerd') return { kind: 'already-cancelled', ...about }
    await payload.update({
      collection: 'eventRegistrations',
      id: registration.id,
      overrideAccess: true,
      data: { status: 'geannuleerd' },
      context: { [PLACES_HANDLED]: true },
    })
    await queueEmail(payload, { to: registration.email, ...cancellationEmail(event, registration) })
    if (registration.status === 'aangemeld') await fillFreePlaces(payload, eventId)
    return { kind: 'cancelled', ...about }
  })
}

/** How many of one person's registrations one read asks for (all are listed, read page by page). */
const READ_PAGE_SIZE = 100

async function registrationsOf(payload: Payload, email: string): Promise<AccountRegistration[]> {
  const address = email.trim().toLowerCase()
  if (!address) return []
  // Trusted read (registrations are coordinators' data): the caller vouches that `email` is the
  // verified address of the person asking.
  // All of them: the account page is where a person sees and cancels every registration.
  const docs = await collectPages((page) =>
    payload.find({
      collection: 'eventRegistrations',
      where: { email: { equals: address } },
      overrideAccess: true,
      depth: 0,
      sort: ['-registeredAt', 'id'],
      page,
      limit: READ_PAGE_SIZE,
      select: { event: true, status: true, cancelToken: true, registeredAt: true },
    }),
  )
  const registrations = docs
  if (registrations.length === 0) return []
  // The visitor's own view of the events: a registration for an event that is no longer
  // published is not shown.
  const ids = [...new Set(registrations.map((registration) => eventIdOf(registration.event)))]
  const events = await payload.find({
    collection: 'events',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    overrideAccess: false,
    draft: false,
    depth: 0,
    pagination: false,
    limit: ids.length,
    select: { title: true, slug: true, startsAt: true, endsAt: true },
  })
  const byId = new Map(events.docs.map((event) => [String(event.id), event]))
  return registrations
    .flatMap((registration) => {
      const event = byId.get(eventIdOf(registration.event))
      // Without a slug (see withSlug) there is no page to link: not shown, as an unpublished event.
      if (!event?.slug) return []
      return [
        {
          eventTitle: event.title,
          eventSlug: event.slug,
          eventStartsAt: event.startsAt,
          eventEndsAt: event.endsAt,
          status: registration.status,
          cancelToken: registration.status !== 'geannuleerd' && registration.cancelToken ? registration.cancelToken : undefined,
        },
      ]
    })
    .sort((a, b) => new Date(b.eventStartsAt).getTime() - new Date(a.eventStartsAt).getTime())
}

export const registrationService: EventRegistrationService<Payload> = { register, previewCancellation, cancel, countPlaces, registrationsOf }
