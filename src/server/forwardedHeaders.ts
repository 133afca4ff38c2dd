/**
 * X-Forwarded-Proto/-Host/-Port describe the public address only when the request came through
 * the TLS proxy of SERVER_URL's host; anyone talking to the port directly can send them too.
 * They are kept only when SERVER_URL is https (so a proxy is in front) and the request names
 * that host; otherwise they are dropped before the admin, the API or the site reads them. The
 * site believes what is left (astro.config.mjs, security.allowedDomains).
 */
import type http from 'node:http'
import type { PublicOrigin } from '../domain/security/serverUrl'

const FORWARDED = ['x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port'] as const

function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value
  return text?.split(',')[0]?.trim().toLowerCase() || undefined
}

export function isForwardedForPublicHost(headers: http.IncomingHttpHeaders, origin: PublicOrigin): boolean {
  if (!origin.https) return false
  const host = first(headers['x-forwarded-host']) ?? first(headers.host)
  const expected = origin.port ? `${origin.hostname}:${origin.port}` : origin.hostname
  return host === expected || host === `${expected}:443`
}

export function dropUntrustedForwardedHeaders(req: http.IncomingMessage, origin: PublicOrigin): void {
  if (!FORWARDED.some((name) => name in req.headers)) return
  if (isForwardedForPublicHost(req.headers, origin)) return
  for (const name of FORWARDED) delete req.headers[name]
}
