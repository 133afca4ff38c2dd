import type { APIContext } from 'astro'
import { take } from '../../domain/rateLimit/take'
import { visitorAddress } from './limits'

const headers = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
}

/** A search endpoint's JSON answer, or 429 with Retry-After past the address's budget. */
export async function searchJson(context: Pick<APIContext, 'request' | 'clientAddress'>, answer: () => Promise<unknown>): Promise<Response> {
  const verdict = take('search', visitorAddress(context), 'Te veel zoekopdrachten.')
  if (!verdict.allowed) {
    return new Response(JSON.stringify({ error: verdict.message }), {
      status: 429,
      headers: { ...headers, 'retry-after': String(verdict.retryAfterSeconds) },
    })
  }
  return new Response(JSON.stringify(await answer()), { headers })
}
