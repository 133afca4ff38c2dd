/**
 * GET /sitemap.xml: every public page: the fixed sections and every published document that
 * has its own page (offerings, organisations, working groups, articles, events, content pages).
 * Filtered directory views are not listed: they are views of /aanbod (canonical /aanbod).
 */
import type { APIRoute } from 'astro'
import { buildSitemap, type SitemapEntry } from '../../domain/feeds/sitemap'
import { listPublishedSlugs } from '../lib/directoryContent'
import { absoluteUrl } from '../lib/origin'

/** Section pages with their own route (content pages with these slugs are shown by them). */
const SECTIONS = ['/', '/aanbod', '/organisaties', '/experts', '/werkgroepen', '/agenda', '/kennis', '/contact']

export const GET: APIRoute = async ({ url, locals }) => {
  const { payload } = locals
  const [offerings, organisations, workingGroups, articles, events, pages] = await Promise.all([
    listPublishedSlugs(payload, 'offerings'),
    listPublishedSlugs(payload, 'organisations'),
    listPublishedSlugs(payload, 'workingGroups'),
    listPublishedSlugs(payload, 'articles'),
    listPublishedSlugs(payload, 'events'),
    listPublishedSlugs(payload, 'pages'),
  ])
  const entries: SitemapEntry[] = [
    ...SECTIONS.map((path) => ({ url: absoluteUrl(path, url) })),
    ...pages.map((doc) => ({ url: absoluteUrl(`/${doc.slug}`, url), lastModified: doc.updatedAt })),
    ...offerings.map((doc) => ({ url: absoluteUrl(`/aanbod/${doc.slug}`, url), lastModified: doc.updatedAt })),
    ...organisations.map((doc) => ({ url: absoluteUrl(`/organisaties/${doc.slug}`, url), lastModified: doc.updatedAt })),
    ...workingGroups.map((doc) => ({ url: absoluteUrl(`/werkgroepen/${doc.slug}`, url), lastModified: doc.updatedAt })),
    ...articles.map((doc) => ({ url: absoluteUrl(`/kennis/${doc.slug}`, url), lastModified: doc.updatedAt })),
    ...events.map((doc) => ({ url: absoluteUrl(`/agenda/${doc.slug}`, url), lastModified: doc.updatedAt })),
  ]
  return new Response(buildSitemap(entries), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  })
}
