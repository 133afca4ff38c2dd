import { serverUrl } from '../../env'

/**
 * The public origin of the site for absolute URLs (canonical links, Open Graph, sitemap, robots,
 * feed, calendar): SERVER_URL as the server runs with it, read at start (Astro's `site` is fixed
 * at build time). Never the request's Host header: a forged Host would otherwise end up in
 * cached pages and feeds.
 */
export const siteOrigin: string = serverUrl

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteOrigin}/`).href
}
