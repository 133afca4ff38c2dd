/**
 * GET /zoeken/resultaten.json?q=…&type=…&pagina=…: the server's answer to a search, exactly what
 * /zoeken renders for the same URL (one page of results, counts per type, "Bedoelde je …?"). The
 * island asks it where Pagefind in the browser cannot answer: the coordinator's synonyms, and
 * suggestions when nothing is found. Public and read-only; the query is bounded by
 * parseSearchQuery, the answer by the page size, and each address by a rate limit.
 */
import type { APIRoute } from 'astro'
import { parseSearchQuery } from '../../../domain/search/query'
import { createRateLimiter } from '../../lib/rateLimit'
import { searchSite } from '../../lib/search'

// Typing in the island asks at most once per pause; this leaves room for a shared office.
const limiter = createRateLimiter({ limit: 120, windowMs: 60_000 })

const headers = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
}

export const GET: APIRoute = async ({ url, locals, clientAddress }) => {
  const key = `zoeken:${clientAddress ?? 'onbekend'}`
  if (!limiter.attempt(key)) {
    return new Response(JSON.stringify({ error: 'Te veel zoekopdrachten; probeer het zo opnieuw.' }), {
      status: 429,
      headers: { ...headers, 'retry-after': String(limiter.retryAfter(key)) },
    })
  }
  const results = await searchSite(locals.payload, locals.contentVersion, parseSearchQuery(url.searchParams))
  return new Response(JSON.stringify(results), { headers })
}
