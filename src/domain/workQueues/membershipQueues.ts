/**
 * Membership applications waiting for a step (covenant, Bijlage 3). Each open status names the
 * step that comes next, so the coordinator reads what to do, not only where an application is.
 */
import type { MembershipApplicationStatus, Network } from '../vocabulary'
import { condition } from './filters'
import type { QueueDefinition } from './caseQueues'

interface OpenStep {
  status: MembershipApplicationStatus
  singular: string
  plural: string
}

/** The open statuses in the order of the procedure, with the words for "waiting here". */
export const MEMBERSHIP_STEPS: readonly OpenStep[] = [
  { status: 'ingediend', singular: 'nieuwe aanvraag: aspirant-lidmaatschap aanbieden of agenderen', plural: 'nieuwe aanvragen: aspirant-lidmaatschap aanbieden of agenderen' },
  { status: 'aspirant', singular: 'aanvraag van een aspirant-lid: agenderen voor het platform', plural: 'aanvragen van aspirant-leden: agenderen voor het platform' },
  { status: 'besproken-in-platform', singular: 'aanvraag besproken in het platform: kennismakingsgesprek plannen', plural: 'aanvragen besproken in het platform: kennismakingsgesprek plannen' },
  { status: 'kennismakingsgesprek-gepland', singular: 'aanvraag met kennismakingsgesprek gepland: advies schrijven', plural: 'aanvragen met kennismakingsgesprek gepland: advies schrijven' },
  { status: 'advies', singular: 'aanvraag met advies: besluit vastleggen', plural: 'aanvragen met advies: besluit vastleggen' },
]

/** The coordinator's membership queues for one network, one per open step. */
export function membershipQueues(network: Network): QueueDefinition<MembershipApplicationStatus>[] {
  return MEMBERSHIP_STEPS.map((step) => ({
    key: step.status,
    noun: { singular: step.singular, plural: step.plural },
    filter: [condition('networks', 'in', [network]), condition('status', 'equals', step.status)],
    sort: 'createdAt',
  }))
}

/**
 * What the platform discusses at its next meeting: new requests and aspirant members (to be
 * discussed, Bijlage 3) and applications with the coordinator's advice (to be decided).
 */
export const TO_DISCUSS_STATUSES: readonly MembershipApplicationStatus[] = ['ingediend', 'aspirant', 'advies']

export function toDiscussQueue(): QueueDefinition<'toDiscuss'> {
  return {
    key: 'toDiscuss',
    noun: { singular: 'aanvraag om te bespreken in het platform', plural: 'aanvragen om te bespreken in het platform' },
    filter: [condition('status', 'in', TO_DISCUSS_STATUSES)],
    sort: 'createdAt',
  }
}
