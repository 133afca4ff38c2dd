/**
 * The server side of /zoeken: the same records as the Pagefind index, read through the Local
 * API as an anonymous visitor (`overrideAccess: false`, no user, published only), searched with
 * the domain's word matching. Serves the page without JavaScript and the first render with it.
 */
import type { Payload } from 'payload'
import { collectSearchRecords, visitorQuery } from '../../domain/search/sources'
import { searchRecords } from '../../domain/search/serverSearch'
import type { SearchQuery } from '../../domain/search/query'
import type { SearchResultView, SearchResults } from './searchView'

export const MAX_RESULTS = 50

export async function searchSite(payload: Payload, query: SearchQuery): Promise<SearchResults> {
  if (!query.q) return { results: [], total: 0, countsByType: {} }
  const records = await collectSearchRecords(async (source) => {
    const result = await payload.find(visitorQuery(source) as Parameters<Payload['find']>[0])
    return result.docs
  })
  const { hits, countsByType } = searchRecords(records, query.q, query.type)
  const results: SearchResultView[] = hits.slice(0, MAX_RESULTS).map(({ record, excerpt }) => ({
    url: record.url,
    title: record.title,
    typeLabel: record.typeLabel,
    excerpt,
  }))
  return { results, total: hits.length, countsByType }
}
