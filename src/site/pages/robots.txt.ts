/**
 * GET /robots.txt, rendered (not a static file) so the Sitemap line carries the site's absolute
 * address from SERVER_URL. The admin, the API and the JSON behind the directory are not for robots.
 */
import type { APIRoute } from 'astro'
import { absoluteUrl } from '../lib/origin'

export const GET: APIRoute = () => {
  const body = [
    '# Expertisenetwerk Jeugd (L)VB Amsterdam en LVB18+',
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /aanbod.json',
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
