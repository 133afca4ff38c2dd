import type { Payload, PayloadRequest, Where } from 'payload'
import type { EditionCounts, MonitoredEdition } from '../../../domain/newsletter/statistics'
import { amsterdamYearRange, type MonitoringFilters } from '../../../domain/monitoring/period'
import { findAll, inRange, type ReadAs } from './pages'

const asUser = (req: PayloadRequest): ReadAs => ({ overrideAccess: false, user: req.user, req })

interface EditionDoc extends MonitoredEdition {
  sending?: { startedAt?: string | null } | null
}

/** Editions sent (or being sent) in the year: by the moment sending ended, or began when it has not ended yet. */
export async function loadEditions(payload: Payload, filters: MonitoringFilters, req: PayloadRequest): Promise<MonitoredEdition[]> {
  const range = amsterdamYearRange(filters.year)
  const conditions: Where[] = [
    { status: { in: ['verzenden', 'gepauzeerd', 'verzonden'] } },
    { or: [inRange('sentAt', range), { and: [{ sentAt: { exists: false } }, inRange('sending.startedAt', range)] }] },
  ]
  if (filters.network) conditions.push({ networks: { in: [filters.network] } })
  const editions = await findAll<EditionDoc>(
    payload,
    'newsletters',
    { and: conditions },
    { title: true, sentAt: true, networks: true, status: true, sending: { startedAt: true } },
    asUser(req),
    'sentAt',
  )
  return editions.map(({ sending, ...edition }) => ({ ...edition, sentAt: edition.sentAt ?? sending?.startedAt ?? null }))
}

/** Per edition its deliveries by status and its unsubscribes: four counts per edition, no rows loaded. */
export async function loadEditionCounts(payload: Payload, editionIds: string[], req: PayloadRequest): Promise<Map<string, EditionCounts>> {
  const counts = new Map<string, EditionCounts>()
  const count = async (collection: 'newsletterDeliveries' | 'subscribers', where: Where) => (await payload.count({ collection, where, ...asUser(req) })).totalDocs
  for (const id of editionIds) {
    const delivered = (status: string) => count('newsletterDeliveries', { and: [{ newsletter: { equals: id } }, { status: { equals: status } }] })
    counts.set(id, {
      sent: await delivered('verzonden'),
      failed: await delivered('mislukt'),
      waiting: await delivered('wachtrij'),
      unsubscribes: await count('subscribers', { and: [{ unsubscribedFrom: { equals: id } }, { status: { equals: 'afgemeld' } }] }),
    })
  }
  return counts
}

/** Subscribers who unsubscribed in the year without a known edition (preferences page, admin, older links). */
export async function countUnsubscribesWithoutEdition(payload: Payload, filters: MonitoringFilters, req: PayloadRequest): Promise<number> {
  const conditions: Where[] = [
    { status: { equals: 'afgemeld' } },
    { unsubscribedFrom: { exists: false } },
    inRange('unsubscribedAt', amsterdamYearRange(filters.year)),
  ]
  if (filters.network) conditions.push({ networks: { in: [filters.network] } })
  return (await payload.count({ collection: 'subscribers', where: { and: conditions }, ...asUser(req) })).totalDocs
}
