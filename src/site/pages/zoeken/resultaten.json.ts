/**
 * GET /zoeken/resultaten.json?q=…&type=…&pagina=…: the server's answer to a search, exactly what
 * /zoeken renders for the same URL (one page of results, counts per type, "Bedoelde je …?"). The
 * island asks it where Pagefind in the browser cannot answer: the coordinator's synonyms, and
 * suggestions when nothing is found. Public and read-only; the query is bounded by
 * parseSearchQuery, the answer by the page size, and each address by a rate limit.
 */
import type { APIRoute } from 'astro'
import { parseSearchQuery } from '../../../domain/search/query'
import { searchSite } from '../../lib/search'
import { searchJson } from '../../lib/searchEndpoint'

export const GET: APIRoute = (context) => {
  const { url, locals } = context
  return searchJson(context, () => searchSite(locals.payload, locals.contentVersion, parseSearchQuery(url.searchParams)))
}
