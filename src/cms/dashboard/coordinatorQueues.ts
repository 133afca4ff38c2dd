import type { Payload, Where } from 'payload'
import { coordinatorCaseQueues } from '../../domain/workQueues/caseQueues'
import { adminDocumentUrl, adminListUrl, toWhere } from '../../domain/workQueues/filters'
import { membershipQueues } from '../../domain/workQueues/membershipQueues'
import { newsletterQueues, professionalsToApproveQueue, registrationsFilter, upcomingEventsQueue } from '../../domain/workQueues/otherQueues'
import { placesLeft } from '../../domain/events/places'
import type { Network } from '../../domain/vocabulary'
import { countQueue, countQueues, type QueueLine } from './countQueue'

/** At most this many events are listed one by one; the line above them has the full count. */
export const EVENTS_LISTED = 10

export interface UpcomingEvent {
  id: string
  title: string
  href: string
  startsAt: Date
  placesLeft: number | undefined
  registered: { count: number; href: string }
  waitingList: { count: number; href: string }
}

export interface NetworkQueues {
  network: Network
  caseQuestions: QueueLine[]
  membership: QueueLine[]
  professionals: QueueLine[]
  newsletters: QueueLine[]
  events?: { line: QueueLine; listed: UpcomingEvent[] }
}

async function countRegistrations(payload: Payload, user: unknown, eventId: string, status: 'aangemeld' | 'wachtlijst') {
  const filter = registrationsFilter(eventId, status)
  const { totalDocs } = await payload.count({ collection: 'eventRegistrations', where: toWhere(filter) as Where, overrideAccess: false, user })
  return { count: totalDocs, href: adminListUrl('eventRegistrations', filter, { sort: 'registeredAt' }) }
}

async function upcomingEvents(payload: Payload, user: unknown, network: Network, now: Date): Promise<NetworkQueues['events']> {
  const queue = upcomingEventsQueue(network, now)
  const line = await countQueue(payload, user, 'events', queue)
  if (!line) return undefined
  const found = await payload.find({
    collection: 'events',
    where: toWhere(queue.filter) as Where,
    sort: 'startsAt',
    limit: EVENTS_LISTED,
    depth: 0,
    overrideAccess: false,
    user,
    select: { title: true, startsAt: true, capacity: true },
  })
  const listed = await Promise.all(
    found.docs.map(async (event) => {
      const id = String(event.id)
      const [registered, waitingList] = await Promise.all([
        countRegistrations(payload, user, id, 'aangemeld'),
        countRegistrations(payload, user, id, 'wachtlijst'),
      ])
      return {
        id,
        title: event.title,
        href: adminDocumentUrl('events', id),
        startsAt: new Date(event.startsAt),
        placesLeft: placesLeft(event.capacity, registered.count),
        registered,
        waitingList,
      }
    }),
  )
  return { line, listed }
}

/** Everything waiting for the coordinator in one network. */
export async function loadNetworkQueues(payload: Payload, user: unknown, network: Network, now: Date): Promise<NetworkQueues> {
  const newsletters = newsletterQueues(network)
  const [caseQuestions, membership, professionals, newsletterLines, events] = await Promise.all([
    countQueues(payload, user, 'caseQuestions', coordinatorCaseQueues(network, now)),
    countQueues(payload, user, 'membershipApplications', membershipQueues(network)),
    countQueues(payload, user, 'professionals', [professionalsToApproveQueue(network)]),
    countQueues(payload, user, 'newsletters', newsletters),
    upcomingEvents(payload, user, network, now),
  ])
  const shownAlways = new Set<string>(newsletters.filter((queue) => !queue.onlyWhenAny).map((queue) => queue.key))
  return {
    network,
    caseQuestions,
    membership,
    professionals,
    newsletters: newsletterLines.filter((line) => line.count > 0 || shownAlways.has(line.key)),
    events,
  }
}
