/**
 * The public origin of the site for absolute URLs (canonical links, Open Graph, sitemap, feed):
 * SERVER_URL as the server runs with it, read at request time (Astro's `site` is fixed at build
 * time), else the origin of the request.
 */
export function siteOrigin(requestUrl: URL): string {
  const configured = process.env.SERVER_URL
  if (configured) {
    try {
      return new URL(configured).origin
    } catch {
      // An invalid SERVER_URL is reported at start; fall back to the request.
    }
  }
  return requestUrl.origin
}

export function absoluteUrl(path: string, requestUrl: URL): string {
  return new URL(path, siteOrigin(requestUrl)).href
}
