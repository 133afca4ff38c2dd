import { publicOriginFromEnv, type PublicOrigin } from '../../domain/security/serverUrl'

/**
 * The public origin of the site for absolute URLs (canonical links, Open Graph, sitemap, robots,
 * feed, calendar) and for the session cookie's Secure flag: SERVER_URL as the server runs with
 * it (Astro's `site` is fixed at build time). Never the request's Host header: a forged Host
 * would otherwise end up in cached pages and feeds.
 *
 * Read on first use, not at import, and not through src/env.ts: importing that module fixes the
 * database and data folder too, before a test has set its own.
 */
let origin: PublicOrigin | undefined

export function publicOrigin(): PublicOrigin {
  origin ??= publicOriginFromEnv(process.env)
  return origin
}

export function siteOrigin(): string {
  return publicOrigin().origin
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteOrigin()}/`).href
}
