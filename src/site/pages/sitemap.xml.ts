/**
 * GET /sitemap.xml: every public page (see lib/sitemap.ts), offerings from the read model; a sitemap index
 * with parts (`?bron=aanbod&deel=2`) once there are more than 1,000 addresses.
 */
import type { APIRoute } from 'astro'
import { renderSitemap } from '../lib/sitemap'

export const GET: APIRoute = async ({ url, locals }) => {
  const xml = await renderSitemap(locals, url)
  if (xml === undefined) return new Response('Dit deel van de sitemap bestaat niet.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(xml, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  })
}
