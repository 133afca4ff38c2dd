/**
 * The sitemap: every public page, however many there are. The fixed sections and every
 * published document with its own page (content pages, offerings, organisations, working
 * groups, articles, events, published routekaarten, sent newsletters).
 * Offerings, the one collection that grows to tens of thousands, come from the directory's
 * in-memory read model (slug and last change of every published offering; no database read);
 * the other collections are read from the database page by page.
 * Up to 1,000 URLs it is one file; beyond that /sitemap.xml is a sitemap index whose parts
 * (`/sitemap.xml?bron=aanbod&deel=2`) each hold at most 1,000 URLs of one source.
 *
 * Filtered directory views are not listed: they are views of /aanbod (canonical /aanbod).
 */
import type { Where } from 'payload'
import { buildSitemap, buildSitemapIndex, MAX_SITEMAP_URLS, type SitemapEntry } from '../../domain/feeds/sitemap'
import { offeringIndex } from './offeringReadModel'
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

type Collection = 'pages' | 'organisations' | 'workingGroups' | 'articles' | 'events' | 'routeMaps' | 'newsletters'

type Locals = Pick<App.Locals, 'payload' | 'contentVersion'>

interface Source {
  /** The `bron` parameter of its parts. */
  key: string
  /** How many addresses it has. */
  count: (locals: Locals) => Promise<number>
  /** Its addresses from position `offset`, at most `limit`, in a fixed order. */
  entries: (locals: Locals, offset?: number, limit?: number) => Promise<SitemapEntry[]>
}

const READ_SIZE = 1000

/** A collection read from the database, READ_SIZE documents at a time. */
function databaseSource(key: string, collection: Collection, where: Where, field: 'slug' | 'network', path: (value: string) => string): Source {
  return {
    key,
    count: ({ payload }) => payload.count({ collection, where, overrideAccess: false }).then((result) => result.totalDocs),
    async entries({ payload }, offset = 0, limit = Number.POSITIVE_INFINITY) {
      const entries: SitemapEntry[] = []
      const firstPage = Math.floor(offset / READ_SIZE) + 1
      const lastPage = firstPage + Math.ceil(limit / READ_SIZE) - 1
      for (let page = firstPage; page <= lastPage; page++) {
        const result = await payload.find({
          collection,
          where,
          select: { [field]: true, updatedAt: true },
          sort: [field, 'id'],
          depth: 0,
          page,
          limit: READ_SIZE,
          pagination: true,
          draft: false,
          overrideAccess: false,
        })
        for (const doc of result.docs) {
          const value: unknown = Reflect.get(doc, field)
          if (typeof value !== 'string' || !value) continue
          // A content page with a section's name ("contact") is shown by that section: listed once.
          if (key === 'paginas' && SECTIONS.includes(path(value))) continue
          entries.push({ url: absoluteUrl(path(value)), lastModified: doc.updatedAt })
        }
        if (!result.hasNextPage) break
      }
      return entries
    },
  }
}

/** Every published offering, from the directory's read model (in its title order). */
const offeringsSource: Source = {
  key: 'aanbod',
  count: async (locals) => (await offeringIndex(locals)).size,
  async entries(locals, offset = 0, limit = Number.POSITIVE_INFINITY) {
    const entries: SitemapEntry[] = []
    // One URL parse for all of them: a slug is one path segment (encoded, should one not be a clean slug).
    const base = absoluteUrl('/aanbod/')
    let position = 0
    for (const offering of (await offeringIndex(locals)).entries()) {
      if (position++ < offset) continue
      if (entries.length >= limit) break
      // Published offerings always have a slug (a hook makes it); one without has no page.
      if (offering.slug) entries.push({ url: base + encodeURIComponent(offering.slug), lastModified: offering.updatedAt })
    }
    return entries
  },
}

const SOURCES: Source[] = [
  databaseSource('paginas', 'pages', published, 'slug', (slug) => `/${slug}`),
  offeringsSource,
  databaseSource('organisaties', 'organisations', published, 'slug', (slug) => `/organisaties/${slug}`),
  databaseSource('werkgroepen', 'workingGroups', published, 'slug', (slug) => `/werkgroepen/${slug}`),
  databaseSource('kennis', 'articles', published, 'slug', (slug) => `/kennis/${slug}`),
  databaseSource('agenda', 'events', published, 'slug', (slug) => `/agenda/${slug}`),
  databaseSource('routekaarten', 'routeMaps', published, 'network', (network) => `/routekaart/${network}`),
  databaseSource('nieuwsbrieven', 'newsletters', { status: { equals: 'verzonden' } }, 'slug', (slug) => `/nieuwsbrief/archief/${slug}`),
]

/**
 * URLs per file. The protocol allows 50,000, but one file of 10,000 offerings is 1.1 MB that a
 * crawler must fetch whole and the server must send whole; parts of 1,000 (~110 kB, as Yoast
 * SEO makes them) are fetched in parallel and each stays cheap to build, cache and send.
 */
const SITEMAP_URLS_PER_FILE = 1000

export interface SitemapOptions {
  /** URLs per file, at most the protocol's 50,000 (tests choose it). */
  maxUrls?: number
}

/**
 * The XML for /sitemap.xml with its parameters: the whole sitemap, the index, or one part.
 * Undefined for a part that does not exist (the route answers 404).
 */
export async function renderSitemap(locals: Locals, requestUrl: URL, { maxUrls = SITEMAP_URLS_PER_FILE }: SitemapOptions = {}): Promise<string | undefined> {
  const perFile = Math.min(maxUrls, MAX_SITEMAP_URLS)
  // Parts read whole pages of READ_SIZE documents: a part is a multiple of it.
  const partSize = Math.max(READ_SIZE, Math.floor(perFile / READ_SIZE) * READ_SIZE)
  const sourceKey = requestUrl.searchParams.get('bron')
  const part = Number.parseInt(requestUrl.searchParams.get('deel') ?? '1', 10)
  const sections = SECTIONS.map((path) => ({ url: absoluteUrl(path) }))

  if (sourceKey === 'secties') return buildSitemap(sections)
  if (sourceKey !== null) {
    const source = SOURCES.find((candidate) => candidate.key === sourceKey)
    if (!source || !Number.isSafeInteger(part) || part < 1) return undefined
    const entries = await source.entries(locals, (part - 1) * partSize, partSize)
    return entries.length > 0 ? buildSitemap(entries) : undefined
  }

  const counts = await Promise.all(SOURCES.map((source) => source.count(locals)))
  const total = sections.length + counts.reduce((sum, value) => sum + value, 0)
  if (total <= perFile) {
    const lists = await Promise.all(SOURCES.map((source) => source.entries(locals)))
    return buildSitemap([...sections, ...lists.flat()])
  }
  const partUrl = (key: string, number: number) => absoluteUrl(`/sitemap.xml?bron=${key}${number > 1 ? `&deel=${number}` : ''}`)
  const parts: SitemapEntry[] = [{ url: partUrl('secties', 1) }]
  SOURCES.forEach((source, index) => {
    for (let number = 1; number <= Math.ceil(counts[index] / partSize); number++) parts.push({ url: partUrl(source.key, number) })
  })
  return buildSitemapIndex(parts)
}
