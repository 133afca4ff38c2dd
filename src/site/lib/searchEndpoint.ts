import { createRateLimiter } from './rateLimit'

// Typing in the island asks at most once per pause (and once for suggestions); this leaves
// room for a shared office, not for a bot. One budget for both search endpoints.
const limiter = createRateLimiter({ limit: 240, windowMs: 60_000 })

const headers = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
}

/** A search endpoint's JSON answer, or 429 with Retry-After past the address's budget. */
export async function searchJson(clientAddress: string | undefined, answer: () => Promise<unknown>): Promise<Response> {
  const key = `zoeken:${clientAddress ?? 'onbekend'}`
  if (!limiter.attempt(key)) {
    return new Response(JSON.stringify({ error: 'Te veel zoekopdrachten; probeer het zo opnieuw.' }), {
      status: 429,
      headers: { ...headers, 'retry-after': String(limiter.retryAfter(key)) },
    })
  }
  return new Response(JSON.stringify(await answer()), { headers })
}
