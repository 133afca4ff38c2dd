/**
 * The site's side of the portal's rate limits (src/domain/rateLimit): the same limiters as the
 * API, keyed by the address the server stamped on the request.
 */
import type { AstroGlobal } from 'astro'
import { clientAddressFrom } from '../../domain/rateLimit/clientAddress'
import type { LimitName } from '../../domain/rateLimit/limits'
import { retryAfterOf, take } from '../../domain/rateLimit/take'

type Astro = Pick<AstroGlobal, 'request' | 'response' | 'clientAddress'>

export function visitorAddress(astro: Pick<Astro, 'request' | 'clientAddress'>): string {
  const stamped = clientAddressFrom(astro.request.headers)
  if (stamped) return stamped
  try {
    return astro.clientAddress ?? 'onbekend'
  } catch {
    return 'onbekend'
  }
}

/** Answers 429 with Retry-After; the message says when it will work again. */
function answerTooMany(astro: Astro, seconds: number): void {
  astro.response.status = 429
  astro.response.headers.set('Retry-After', String(seconds))
}

/**
 * Counts one submission of a form for this visitor's address. Undefined when allowed; when
 * refused, the Dutch message for the form (the page has answered 429 with Retry-After).
 */
export function limitForm(astro: Astro, name: LimitName, refusal: string): string | undefined {
  const verdict = take(name, visitorAddress(astro), refusal)
  if (verdict.allowed) return undefined
  answerTooMany(astro, verdict.retryAfterSeconds)
  return verdict.message
}

/**
 * The message of a limit refused inside Payload (login, forgot-password, registration), after
 * setting 429 and Retry-After; undefined when the error is something else.
 */
export function tooManyFromPayload(astro: Astro, error: unknown): string | undefined {
  const seconds = retryAfterOf(error)
  if (seconds === undefined) return undefined
  answerTooMany(astro, seconds)
  return (error as Error).message
}

/** The headers to pass to Payload's Local API so its limits see this visitor's address. */
export function payloadRequest(astro: Astro): { headers: Headers } {
  return { headers: astro.request.headers }
}
