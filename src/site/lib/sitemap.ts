/**
 * The sitemap: every public page, however many there are. The fixed sections and every
 * published document with its own page (content pages, offerings, organisations, working
 * groups, articles, events, published routekaarten, sent newsletters) are read page by page.
 * Up to 50,000 URLs it is one file; beyond that /sitemap.xml is a sitemap index whose parts
 * (`/sitemap.xml?bron=aanbod&deel=2`) each hold at most 50,000 URLs of one source.
 *
 * Filtered directory views are not listed: they are views of /aanbod (canonical /aanbod).
 */
import type { Payload, Where } from 'payload'
import { buildSitemap, buildSitemapIndex, MAX_SITEMAP_URLS, type SitemapEntry } from '../../domain/feeds/sitemap'
import { absoluteUrl } from './origin'
import { published } from './publicQuery'

/** Section pages with their own route (content pages with these slugs are shown by them). */
const SECTIONS = [
  '/',
  '/aanbod',
  '/organisaties',
  '/experts',
  '/werkgroepen',
  '/agenda',
  '/kennis',
  '/routekaart',
  '/zoeken',
  '/vraag-stellen',
  '/nieuwsbrief',
  '/nieuwsbrief/archief',
  '/lid-worden',
  '/contact',
]

type Collection = 'pages' | 'offerings' | 'organisations' | 'workingGroups' | 'articles' | 'events' | 'routeMaps' | 'newsletters'

interface Source {
  /** The `bron` parameter of its parts. */
  key: string
  collection: Collection
  where: Where
  /** The field that makes the address, and the address. */
  field: 'slug' | 'network'
  path: (value: string) => string
}

const SOURCES: Source[] = [
  { key: 'paginas', collection: 'pages', where: published, field: 'slug', path: (slug) => `/${slug}` },
  { key: 'aanbod', collection: 'offerings', where: published, field: 'slug', path: (slug) => `/aanbod/${slug}` },
  { key: 'organisaties', collection: 'organisations', where: published, field: 'slug', path: (slug) => `/organisaties/${slug}` },
  { key: 'werkgroepen', collection: 'workingGroups', where: published, field: 'slug', path: (slug) => `/werkgroepen/${slug}` },
  { key: 'kennis', collection: 'articles', where: published, field: 'slug', path: (slug) => `/kennis/${slug}` },
  { key: 'agenda', collection: 'events', where: published, field: 'slug', path: (slug) => `/agenda/${slug}` },
  { key: 'routekaarten', collection: 'routeMaps', where: published, field: 'network', path: (network) => `/routekaart/${network}` },
  {
    key: 'nieuwsbrieven',
    collection: 'newsletters',
    where: { status: { equals: 'verzonden' } },
    field: 'slug',
    path: (slug) => `/nieuwsbrief/archief/${slug}`,
  },
]

const READ_SIZE = 1000

function count(payload: Payload, source: Source): Promise<number> {
  return payload.count({ collection: source.collection, where: source.where, overrideAccess: false }).then((result) => result.totalDocs)
}

/** The entries of a source from position `offset`, at most `limit` (multiples of READ_SIZE). */
async function readEntries(payload: Payload, source: Source, offset = 0, limit = Number.POSITIVE_INFINITY): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = []
  const firstPage = Math.floor(offset / READ_SIZE) + 1
  const lastPage = firstPage + Math.ceil(limit / READ_SIZE) - 1
  for (let page = firstPage; page <= lastPage; page++) {
    const result = await payload.find({
      collection: source.collection,
      where: source.where,
      select: { [source.field]: true, updatedAt: true },
      sort: [source.field, 'id'],
      depth: 0,
      page,
      limit: READ_SIZE,
      pagination: true,
      draft: false,
      overrideAccess: false,
    })
    for (const doc of result.docs) {
      const value: unknown = Reflect.get(doc, source.field)
      if (typeof value !== 'string' || !value) continue
      // A content page with a section's name ("contact") is shown by that section: listed once.
      if (source.key === 'paginas' && SECTIONS.includes(source.path(value))) continue
      entries.push({ url: absoluteUrl(source.path(value)), lastModified: doc.updatedAt })
    }
    if (!result.hasNextPage) break
  }
  return entries
}

export interface SitemapOptions {
  /** URLs per file (tests lower it to see the index without 50,000 documents). */
  maxUrls?: number
}

/**
 * The XML for /sitemap.xml with its parameters: the whole sitemap, the index, or one part.
 * Undefined for a part that does not exist (the route answers 404).
 */
export async function renderSitemap(payload: Payload, requestUrl: URL, { maxUrls = MAX_SITEMAP_URLS }: SitemapOptions = {}): Promise<string | undefined> {
  // Parts read whole pages of READ_SIZE documents: a part is a multiple of it.
  const partSize = Math.max(READ_SIZE, Math.floor(maxUrls / READ_SIZE) * READ_SIZE)
  const sourceKey = requestUrl.searchParams.get('bron')
  const part = Number.parseInt(requestUrl.searchParams.get('deel') ?? '1', 10)
  const sections = SECTIONS.map((path) => ({ url: absoluteUrl(path) }))

  if (sourceKey === 'secties') return buildSitemap(sections)
  if (sourceKey !== null) {
    const source = SOURCES.find((candidate) => candidate.key === sourceKey)
    if (!source || !Number.isSafeInteger(part) || part < 1) return undefined
    const entries = await readEntries(payload, source, (part - 1) * partSize, partSize)
    return entries.length > 0 ? buildSitemap(entries) : undefined
  }

  const counts = await Promise.all(SOURCES.map((source) => count(payload, source)))
  const total = sections.length + counts.reduce((sum, value) => sum + value, 0)
  if (total <= maxUrls) {
    const lists = await Promise.all(SOURCES.map((source) => readEntries(payload, source)))
    return buildSitemap([...sections, ...lists.flat()])
  }
  const partUrl = (key: string, number: number) => absoluteUrl(`/sitemap.xml?bron=${key}${number > 1 ? `&deel=${number}` : ''}`)
  const parts: SitemapEntry[] = [{ url: partUrl('secties', 1) }]
  SOURCES.forEach((source, index) => {
    for (let number = 1; number <= Math.ceil(counts[index] / partSize); number++) parts.push({ url: partUrl(source.key, number) })
  })
  return buildSitemapIndex(parts)
}
