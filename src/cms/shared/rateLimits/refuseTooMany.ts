import { APIError, type PayloadRequest } from 'payload'
import { clientAddressFrom } from '../../../domain/rateLimit/clientAddress'
import { TOO_MANY_REQUESTS, type LimitVerdict } from '../../../domain/rateLimit/take'

/** The address the server stamped on this request; undefined for server code and scripts. */
export function requestAddress(req: Pick<PayloadRequest, 'headers'>): string | undefined {
  return clientAddressFrom(req.headers)
}

/**
 * Turns a refused verdict into Payload's error shape with status 429 and a Retry-After header
 * (REST merges `req.responseHeaders` into the error response), so REST, GraphQL, the admin and
 * the site's Local API calls all get the same Dutch message.
 */
export function refuseTooMany(req: PayloadRequest, verdict: LimitVerdict): void {
  if (verdict.allowed) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(verdict.retryAfterSeconds))
  req.responseHeaders = headers
  req.payload?.logger.warn({ msg: `429 ${req.pathname ?? ''}: limiet bereikt (${verdict.retryAfterSeconds} s)` })
  throw new APIError(verdict.message, TOO_MANY_REQUESTS, { retryAfterSeconds: verdict.retryAfterSeconds }, true)
}
