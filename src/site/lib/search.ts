/**
 * The server side of /zoeken: one in-memory full-text index (src/domain/search/serverSearch.ts)
 * of the same records as the Pagefind index, read through the Local API as an anonymous visitor
 * (`overrideAccess: false`, no user, published only). Built once per process, then kept
 * current by the public-content version: a changed document is re-read on its own (an
 * organisation with the records naming it), the synonyms when the site settings change, and
 * everything again when another instance changed something unknown. A search waits for the
 * changes already announced, so an edit is findable on the next request.
 */
import type { Payload } from 'payload'
import type { ContentChange, ContentVersion } from '../../domain/contentVersion'
import type { SearchQuery } from '../../domain/search/query'
import type { SearchRecord } from '../../domain/search/records'
import { createServerSearchIndex, PAGE_SIZE, type ServerSearchIndex } from '../../domain/search/serverSearch'
import { collectSearchEntries, entriesForDocument, type FindVisitorDocs, searchedCollections } from '../../domain/search/sources'
import { type SynonymEntry, type SynonymTable, synonymPhrases, synonymTable } from '../../domain/search/synonyms'
import { emptyResults, exampleSearches, type SearchOverview, type SearchResults } from './searchView'

export { PAGE_SIZE }

const FILL_CHUNK = 100

interface ServerSearch {
  search: (query: SearchQuery & { page?: number }) => Promise<SearchResults>
  suggest: (q: string) => Promise<string[]>
  /** What the empty page shows: counts per type and the example searches that find something. */
  overview: () => Promise<SearchOverview>
  /** The synonym phrases in force (folded), so the island knows when to ask the server. */
  synonymPhrases: () => Promise<string[]>
  /** Resolves once every change announced so far is in the index (for tests and warm-up). */
  settled: () => Promise<void>
  /**
   * Every public search record, once the index is current: the start hands them to the Pagefind
   * build, which then need not read every document a second time.
   */
  records: () => Promise<SearchRecord[]>
  stop: () => void
}

// One per Payload instance, kept on globalThis: the server (tsx) warms it up at the start and the
// site (Astro's bundle, its own copy of this module) must find the same one.
const KEY = Symbol.for('lvb-portal.serverSearch')
type Holder = typeof globalThis & { [KEY]?: WeakMap<Payload, ServerSearch> }

export function serverSearch(payload: Payload, contentVersion: ContentVersion): ServerSearch {
  const holder = globalThis as Holder
  holder[KEY] ??= new WeakMap()
  let instance = holder[KEY].get(payload)
  if (!instance) {
    instance = createServerSearch(payload, contentVersion)
    holder[KEY].set(payload, instance)
  }
  return instance
}

function createServerSearch(payload: Payload, contentVersion: ContentVersion): ServerSearch {
  let index: ServerSearchIndex = createServerSearchIndex()
  let synonyms: SynonymTable = synonymTable([])
  const find: FindVisitorDocs = async (query) => (await payload.find(query as Parameters<Payload['find']>[0])).docs

  const loadSynonyms = async () => {
    const settings = (await payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: false })) as { searchSynonyms?: SynonymEntry[] | null }
    synonyms = synonymTable(settings.searchSynonyms)
  }
  const refresh = (collection: string, id: string) =>
    enqueue(async () => {
      for (const { key, record } of await entriesForDocument(find, collection, id)) index.put(key, record)
    })

  // Changes are applied one after another, in the order announced; a failed step is logged and
  // the next change (or the next full rebuild) repairs the index.
  let queue: Promise<void> = Promise.resolve()
  // Raised by every step, so what is derived from the index (the overview) knows when to renew.
  let generation = 0
  const enqueue = (step: () => Promise<void>) => {
    queue = queue
      .then(step)
      .then(() => void generation++)
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Zoekindex van de server bijwerken mislukt' }))
  }

  /**
   * Reads everything again. Searches go on with the current index meanwhile (only the swap is a
   * step of the queue); documents changed while the reading ran are read once more after the
   * swap, so the older copy the full read may have seen does not stay.
   */
  let built = false
  let rebuilding: { changed: [string, string][]; again: boolean } | undefined
  const rebuild = async (): Promise<void> => {
    if (rebuilding) {
      rebuilding.again = true
      return
    }
    rebuilding = { changed: [], again: false }
    try {
      const [entries] = await Promise.all([collectSearchEntries(find), loadSynonyms()])
      // Filled in chunks beside the index in use, so neither searches nor other requests wait.
      const fresh = createServerSearchIndex()
      for (let from = 0; from < entries.length; from += FILL_CHUNK) {
        for (const { key, record } of entries.slice(from, from + FILL_CHUNK)) fresh.put(key, record)
        await new Promise((resolve) => setImmediate(resolve))
      }
      enqueue(async () => {
        index = fresh
        built = true
      })
    } finally {
      const { changed, again } = rebuilding
      rebuilding = undefined
      for (const [collection, id] of changed) refresh(collection, id)
      if (again) void rebuild()
    }
  }
  const onDocument = (collection: string, id: string) => {
    rebuilding?.changed.push([collection, id])
    refresh(collection, id)
  }

  // Subscribed before the first build, so nothing announced during it is missed.
  const unsubscribe = contentVersion.subscribe((change: ContentChange) => {
    if (change.kind === 'external') void rebuild().catch(logRebuildError)
    else if (change.kind === 'global') {
      if (change.global === 'siteSettings') enqueue(loadSynonyms)
    } else if ((searchedCollections as string[]).includes(change.collection)) {
      if (change.id) onDocument(change.collection, change.id)
      else void rebuild().catch(logRebuildError)
    }
  })
  const logRebuildError = (error: unknown) => payload.logger.error({ err: error, msg: 'Zoekindex van de server opbouwen mislukt' })
  // The first build is awaited by every search: there is no older index to serve meanwhile.
  enqueue(() => rebuild())

  let overviewCache: { generation: number; value: SearchOverview } | undefined

  const settled = async () => {
    // A step may enqueue nothing new, but announcements can arrive while we wait: wait until
    // the queue is the same before and after.
    let current: Promise<void>
    do {
      current = queue
      await current
    } while (current !== queue)
  }

  return {
    async search({ q, type, page }) {
      // A first build that failed (database briefly unavailable) is tried again, not given up.
      if (!built && !rebuilding) enqueue(() => rebuild())
      await settled()
      const answer = index.search({ q, type, page }, synonyms)
      return {
        results: answer.hits.map(({ record, excerpt }) => ({ url: record.url, title: record.title, typeLabel: record.typeLabel, excerpt })),
        total: answer.total,
        countsByType: answer.countsByType,
        page: answer.page,
        pageCount: answer.pageCount,
        approximate: answer.approximate,
        suggestions: answer.suggestions,
      }
    },
    async suggest(q) {
      await settled()
      return index.suggest(q, synonyms)
    },
    async overview() {
      await settled()
      if (overviewCache?.generation !== generation) {
        overviewCache = {
          generation,
          value: {
            countsByType: index.countsByType(),
            examples: exampleSearches.filter((q) => {
              const answer = index.search({ q }, synonyms)
              return answer.total > 0 && !answer.approximate
            }),
          },
        }
      }
      return overviewCache.value
    },
    async synonymPhrases() {
      await settled()
      return synonymPhrases(synonyms)
    },
    settled,
    async records() {
      await settled()
      return index.records()
    },
    stop: unsubscribe,
  }
}

/** The results of /zoeken for a query; an empty query finds nothing (the page then explains). */
export async function searchSite(payload: Payload, contentVersion: ContentVersion, query: SearchQuery & { page?: number }): Promise<SearchResults> {
  if (!query.q) return emptyResults
  return serverSearch(payload, contentVersion).search(query)
}
