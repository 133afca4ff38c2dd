/** The coordinator's other queues: professionals to approve, newsletters, events. */
import type { Network, NewsletterStatus } from '../vocabulary'
import { condition } from './filters'
import type { QueueDefinition } from './caseQueues'

export function professionalsToApproveQueue(network: Network): QueueDefinition<'toApprove'> {
  return {
    key: 'toApprove',
    noun: { singular: 'professional wacht op goedkeuring', plural: 'professionals wachten op goedkeuring' },
    filter: [condition('networks', 'in', [network]), condition('status', 'equals', 'wacht-op-goedkeuring')],
    sort: 'createdAt',
  }
}

interface NewsletterLine {
  status: NewsletterStatus
  singular: string
  plural: string
  /** Shown only when there is something: a paused send needs attention, an empty line does not. */
  onlyWhenAny: boolean
}

const NEWSLETTER_LINES: readonly NewsletterLine[] = [
  { status: 'concept', singular: 'nieuwsbrief in concept', plural: 'nieuwsbrieven in concept', onlyWhenAny: false },
  { status: 'gepland', singular: 'ingeplande verzending', plural: 'ingeplande verzendingen', onlyWhenAny: false },
  { status: 'verzenden', singular: 'nieuwsbrief wordt nu verzonden', plural: 'nieuwsbrieven worden nu verzonden', onlyWhenAny: true },
  { status: 'gepauzeerd', singular: 'gepauzeerde verzending: bekijk de mislukte adressen', plural: 'gepauzeerde verzendingen: bekijk de mislukte adressen', onlyWhenAny: true },
]

export function newsletterQueues(network: Network): (QueueDefinition<NewsletterStatus> & { onlyWhenAny: boolean })[] {
  return NEWSLETTER_LINES.map((line) => ({
    key: line.status,
    noun: { singular: line.singular, plural: line.plural },
    filter: [condition('networks', 'in', [network]), condition('status', 'equals', line.status)],
    sort: line.status === 'concept' ? '-updatedAt' : 'scheduledAt',
    onlyWhenAny: line.onlyWhenAny,
  }))
}

/** Events are shown for this many days ahead. */
export const EVENT_HORIZON_DAYS = 14

/** Published, not cancelled events of a network that start between now and the horizon. */
export function upcomingEventsQueue(network: Network, now: Date): QueueDefinition<'upcomingEvents'> {
  const until = new Date(now.getTime() + EVENT_HORIZON_DAYS * 24 * 60 * 60 * 1000)
  return {
    key: 'upcomingEvents',
    noun: { singular: `bijeenkomst in de komende ${EVENT_HORIZON_DAYS} dagen`, plural: `bijeenkomsten in de komende ${EVENT_HORIZON_DAYS} dagen` },
    filter: [
      condition('networks', 'in', [network]),
      condition('_status', 'equals', 'published'),
      condition('cancelled', 'not_equals', true),
      condition('startsAt', 'greater_than_equal', now.toISOString()),
      condition('startsAt', 'less_than_equal', until.toISOString()),
    ],
    sort: 'startsAt',
  }
}

/** The registrations of one event in one status (the link behind "3 op de wachtlijst"). */
export function registrationsFilter(eventId: string, status: 'aangemeld' | 'wachtlijst') {
  return [condition('event', 'equals', eventId), condition('status', 'equals', status)]
}

/** "nog 12 plaatsen vrij", "nog 1 plaats vrij", "vol", "geen maximum". */
export function placesText(placesLeft: number | undefined): string {
  if (placesLeft === undefined) return 'geen maximum aantal plaatsen'
  if (placesLeft === 0) return 'vol'
  return `nog ${placesLeft} ${placesLeft === 1 ? 'plaats' : 'plaatsen'} vrij`
}

/** "geen aanmeldingen", "1 aanmelding", "12 aanmeldingen" (within a sentence). */
export function registrationsText(count: number): string {
  return count === 0 ? 'geen aanmeldingen' : `${count} ${count === 1 ? 'aanmelding' : 'aanmeldingen'}`
}

/** "geen wachtlijst", "1 op de wachtlijst", "4 op de wachtlijst". */
export function waitingListText(count: number): string {
  return count === 0 ? 'geen wachtlijst' : `${count} op de wachtlijst`
}

/** Failures older than this are history, not a signal (admins' system health). */
export const RECENT_FAILURE_DAYS = 7

/** Sends that failed in the last week (e-mail log, newsletter deliveries). */
export function recentFailuresFilter(now: Date) {
  const since = new Date(now.getTime() - RECENT_FAILURE_DAYS * 24 * 60 * 60 * 1000)
  return [condition('status', 'equals', 'mislukt'), condition('updatedAt', 'greater_than_equal', since.toISOString())]
}

/** Partner content by freshness (src/domain/freshness), for the coordinator's overview line. */
export const FRESHNESS_NOUNS = {
  overdue: { singular: 'onderdeel van partners verouderd', plural: 'onderdelen van partners verouderd' },
  due: { singular: 'onderdeel van partners binnenkort aan controle toe', plural: 'onderdelen van partners binnenkort aan controle toe' },
} as const

/** Background jobs that used up their retries (admins' system health). */
export const FAILED_JOBS_NOUN = { singular: 'achtergrondtaak mislukt', plural: 'achtergrondtaken mislukt' } as const
