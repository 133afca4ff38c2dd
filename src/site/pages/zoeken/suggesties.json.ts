/**
 * GET /zoeken/suggesties.json?q=…: "Bedoelde je …?" for a query, from the words of the server's
 * index ({ "suggestions": ["autisme"] }). The island asks it beside each Pagefind search, which
 * tolerates some typos itself but never says what was meant. Bounded like /zoeken/resultaten.json.
 */
import type { APIRoute } from 'astro'
import { parseSearchQuery } from '../../../domain/search/query'
import { serverSearch } from '../../lib/search'
import { searchJson } from '../../lib/searchEndpoint'

export const GET: APIRoute = (context) => {
  const { url, locals } = context
  return searchJson(context, async () => {
    const { q } = parseSearchQuery(url.searchParams)
    return { suggestions: q ? await serverSearch(locals.payload, locals.contentVersion).suggest(q) : [] }
  })
}
