import type { Payload, PayloadRequest } from 'payload'
import { buildOverview, sortOverview, type OverviewRow, type OverviewSortKey, type SortDirection } from '../../domain/freshness/overview'
import { loadReviewedItems } from './contentFreshness'

/** The coordinator's overview: per published organisation, how many of its published items are current, due, overdue. */
export async function freshnessOverview(
  payload: Payload,
  sort: { key: OverviewSortKey; direction: SortDirection },
  req?: PayloadRequest,
): Promise<OverviewRow[]> {
  const items = await loadReviewedItems(payload, { publishedOnly: true, req })
  const organisations = items
    .filter((item) => item.collection === 'organisations')
    .map((item) => ({ id: item.id, name: item.title }))
  const statuses = items.map((item) => ({ organisationId: item.organisationId, status: item.freshness.status }))
  return sortOverview(buildOverview(organisations, statuses), sort.key, sort.direction)
}
