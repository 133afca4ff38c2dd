/**
 * The directory's read model: every published offering, as the directory lists and filters
 * it, in memory (src/domain/offerings/directoryIndex.ts). Built once from the database, then
 * kept current by the public-content version (Astro.locals.contentVersion):
 *
 * - a change to an offering or an organisation re-reads just that document (or that
 *   organisation's name and slug) and updates the index; a request waits for such pending
 *   updates, so an edit shows on the very next request;
 * - a change made by another instance sharing the database (`external`: what changed is
 *   unknown) rebuilds the whole index in the background; requests meanwhile get the previous
 *   one, which is at most a rebuild behind;
 * - the first request after a start waits for the first build (concurrent requests share it).
 *
 * Visibility is the anonymous visitor's, as every public query of the site: read with
 * `overrideAccess: false` and `_status: published`. An organisation the visitor may not see
 * (unpublished, deleted) leaves its offerings without name or link, as populated queries do.
 *
 * Reads page through the collection by ID (keyset), 250 at a time, yielding between pages,
 * so a build never holds the event loop for long and concurrent edits are never skipped.
 */
import type { Payload, Where } from 'payload'
import type { ContentChange, ContentVersion } from '../../domain/contentVersion'
import { DirectoryIndex, type IndexableOffering, type IndexedOrganisation } from '../../domain/offerings/directoryIndex'
import { areas, careSettings, fundingLaws, kindsOfHelp, networks, targetGroupTraits, type Option } from '../../domain/vocabulary'
import { findDocs, published, type Found } from './publicQuery'

/** What the read model keeps of an offering: what the index needs plus what a card shows. */
export interface DirectoryRecord extends IndexableOffering {
  isExample: boolean
  waitingTimeUpdatedAt: string | null
  lastReviewedAt: string | null
  updatedAt: string | null
}

export type OfferingIndex = DirectoryIndex<DirectoryRecord>

const PAGE_SIZE = 250
/** More pending changes than this (a bulk import): one rebuild is cheaper than re-reading each. */
const REBUILD_THRESHOLD = 2000

const offeringSelect = {
  title: true,
  slug: true,
  summary: true,
  organisation: true,
  isExample: true,
  networks: true,
  kindsOfHelp: true,
  targetGroupTraits: true,
  settings: true,
  fundingLaws: true,
  areas: true,
  ageMin: true,
  ageMax: true,
  waitingTimeWeeks: true,
  waitingTimeUpdatedAt: true,
  lastReviewedAt: true,
  updatedAt: true,
} as const

type OfferingDoc = Found<'offerings', typeof offeringSelect>

// Vocabulary values as one shared string each: 10,000 records then hold pointers, not copies.
const canonicalValues = new Map<string, string>(
  [kindsOfHelp, targetGroupTraits, careSettings, fundingLaws, areas, networks].flatMap((list: readonly Option[]) =>
    list.map((option) => [option.value, option.value] as [string, string]),
  ),
)
const canonical = (values: readonly string[] | null | undefined): string[] => (values ?? []).map((value) => canonicalValues.get(value) ?? value)

function toRecord(doc: OfferingDoc): DirectoryRecord {
  const organisation = doc.organisation
  return {
    id: String(doc.id),
    title: doc.title,
    // Published offerings always have one (a hook makes it); '' finds nothing by slug.
    slug: doc.slug ?? '',
    summary: doc.summary ?? null,
    organisationId: organisation === null || organisation === undefined ? null : String(typeof organisation === 'object' ? organisation.id : organisation),
    isExample: doc.isExample ?? false,
    networks: canonical(doc.networks),
    kindsOfHelp: canonical(doc.kindsOfHelp),
    targetGroupTraits: canonical(doc.targetGroupTraits),
    settings: canonical(doc.settings),
    fundingLaws: canonical(doc.fundingLaws),
    areas: canonical(doc.areas),
    ageMin: doc.ageMin ?? null,
    ageMax: doc.ageMax ?? null,
    waitingTimeWeeks: doc.waitingTimeWeeks ?? null,
    waitingTimeUpdatedAt: doc.waitingTimeUpdatedAt ?? null,
    lastReviewedAt: doc.lastReviewedAt ?? null,
    updatedAt: doc.updatedAt ?? null,
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

const organisationSelect = { name: true, slug: true } as const

type OrganisationDoc = Found<'organisations', typeof organisationSelect>

/**
 * Every published document that `read` finds, page by page in ID order (keyset: robust to
 * concurrent edits); `read` gets the conditions of the page (published, after the last ID).
 */
async function forEachPublished<D extends { id: string }>(read: (where: Where) => Promise<D[]>, handle: (docs: D[]) => void): Promise<void> {
  let after: string | undefined
  for (;;) {
    const conditions: Where[] = [published]
    if (after !== undefined) conditions.push({ id: { greater_than: after } })
    const docs = await read({ and: conditions })
    handle(docs)
    if (docs.length < PAGE_SIZE) return
    after = docs[docs.length - 1].id
    await yieldToEventLoop()
  }
}

/** One page of a keyset read (see forEachPublished). */
const page = { sort: 'id', depth: 0, limit: PAGE_SIZE, pagination: false } as const

const toOrganisation = (doc: OrganisationDoc): IndexedOrganisation => ({ id: String(doc.id), name: doc.name, slug: doc.slug ?? '' })

async function fetchOrganisation(payload: Payload, id: string): Promise<IndexedOrganisation | undefined> {
  const [doc] = await findDocs(payload, {
    collection: 'organisations',
    where: { and: [published, { id: { equals: id } }] },
    select: organisationSelect,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  return doc ? toOrganisation(doc) : undefined
}

async function fetchOfferings(payload: Payload, ids: string[]): Promise<OfferingDoc[]> {
  return findDocs(payload, {
    collection: 'offerings',
    where: { and: [published, { id: { in: ids } }] },
    select: offeringSelect,
    depth: 0,
    limit: ids.length,
    pagination: false,
  })
}

/** The whole index, read from the database. */
async function buildIndex(payload: Payload): Promise<OfferingIndex> {
  const organisations: IndexedOrganisation[] = []
  await forEachPublished(
    (where) => findDocs(payload, { collection: 'organisations', where, select: organisationSelect, ...page }),
    (docs) => {
      for (const doc of docs) organisations.push(toOrganisation(doc))
    },
  )
  const index = new DirectoryIndex<DirectoryRecord>([], organisations)
  await forEachPublished(
    (where) => findDocs(payload, { collection: 'offerings', where, select: offeringSelect, ...page }),
    (docs) => {
      for (const doc of docs) index.upsert(toRecord(doc))
    },
  )
  return index
}

class OfferingReadModel {
  private index: OfferingIndex | undefined
  private building: Promise<OfferingIndex> | undefined
  private rebuildWanted = false
  private pendingOfferings = new Set<string>()
  private pendingOrganisations = new Set<string>()
  /** Changes seen while a build reads: the new index may have read them before they happened. */
  private seenDuringBuild: { offerings: Set<string>; organisations: Set<string> } | undefined
  private flushing: Promise<void> | undefined

  constructor(
    private readonly payload: Payload,
    contentVersion: ContentVersion,
  ) {
    contentVersion.subscribe((change) => this.onChange(change))
  }

  /**
   * The current index: built if it never was, with every change seen so far applied. A failed
   * update is logged and retried with the next request; this one gets the index one change
   * behind rather than an error.
   */
  async current(): Promise<OfferingIndex> {
    if (!this.index) return this.build()
    if (this.rebuildWanted && !this.building) this.rebuildInBackground()
    if (this.hasPending() || this.flushing) await this.flush().catch(() => undefined)
    return this.index
  }

  private onChange(change: ContentChange): void {
    if (change.kind === 'external' || (change.kind === 'document' && !change.id && isDirectoryCollection(change.collection))) {
      this.rebuildWanted = true
      if (this.index && !this.building) this.rebuildInBackground()
      return
    }
    if (change.kind !== 'document' || !change.id || !isDirectoryCollection(change.collection)) return
    // Before the first build there is nothing to update: the build reads the change itself.
    if (!this.index && !this.building) return
    const offering = change.collection === 'offerings'
    ;(offering ? this.pendingOfferings : this.pendingOrganisations).add(change.id)
    const seen = this.seenDuringBuild
    if (seen) (offering ? seen.offerings : seen.organisations).add(change.id)
    // Start at once, so the next request usually finds it done.
    if (this.index) void this.flush().catch(() => undefined)
  }

  private hasPending(): boolean {
    return this.pendingOfferings.size > 0 || this.pendingOrganisations.size > 0
  }

  private rebuildInBackground(): void {
    // Failures are logged by build(); the previous index keeps serving meanwhile.
    void this.build().catch(() => undefined)
  }

  private build(): Promise<OfferingIndex> {
    this.building ??= (async () => {
      this.rebuildWanted = false
      const seen = { offerings: new Set<string>(), organisations: new Set<string>() }
      this.seenDuringBuild = seen
      try {
        const index = await buildIndex(this.payload)
        this.index = index
        // Whatever changed while the build read may be missing from it: read those again.
        for (const id of seen.offerings) this.pendingOfferings.add(id)
        for (const id of seen.organisations) this.pendingOrganisations.add(id)
        this.seenDuringBuild = undefined
        try {
          while (this.hasPending()) await this.applyPending(index)
        } catch {
          // Logged by applyPending; the changes stay pending for the next request.
        }
        return index
      } catch (error) {
        this.payload.logger.error({ err: error, msg: 'Aanbod: de index opbouwen lukte niet' })
        if (this.index) this.rebuildWanted = true
        throw error
      } finally {
        this.seenDuringBuild = undefined
        this.building = undefined
      }
    })()
    return this.building
  }

  /** Applies the pending changes (one run at a time; a run takes what arrived meanwhile too). */
  private flush(): Promise<void> {
    this.flushing ??= (async () => {
      try {
        while (this.hasPending() && this.index) {
          if (this.pendingOfferings.size > REBUILD_THRESHOLD && !this.building) {
            this.pendingOfferings.clear()
            this.pendingOrganisations.clear()
            await this.build()
            continue
          }
          await this.applyPending(this.index)
        }
      } finally {
        this.flushing = undefined
      }
    })()
    return this.flushing
  }

  private async applyPending(index: OfferingIndex): Promise<void> {
    const organisationIds = [...this.pendingOrganisations]
    const offeringIds = [...this.pendingOfferings]
    this.pendingOrganisations.clear()
    this.pendingOfferings.clear()
    try {
      for (const id of organisationIds) index.setOrganisation(id, await fetchOrganisation(this.payload, id))
      for (let start = 0; start < offeringIds.length; start += PAGE_SIZE) {
        const ids = offeringIds.slice(start, start + PAGE_SIZE)
        const docs = await fetchOfferings(this.payload, ids)
        const found = new Set<string>()
        for (const doc of docs) {
          found.add(String(doc.id))
          index.upsert(toRecord(doc))
        }
        // Not found with the visitor's rights: unpublished, deleted or never public.
        for (const id of ids) if (!found.has(id)) index.remove(id)
      }
    } catch (error) {
      // Keep them for the next request; until then the index is one change behind.
      for (const id of organisationIds) this.pendingOrganisations.add(id)
      for (const id of offeringIds) this.pendingOfferings.add(id)
      this.payload.logger.warn({ err: error, msg: 'Aanbod: een wijziging verwerken lukte niet' })
      throw error
    }
  }
}

function isDirectoryCollection(collection: string): collection is 'offerings' | 'organisations' {
  return collection === 'offerings' || collection === 'organisations'
}

// One read model per Payload instance, kept on globalThis: the Astro bundle and any other copy
// of this module in the process must share it (as they share the content version).
const KEY = Symbol.for('lvb-portal.offeringReadModel')
type Holder = typeof globalThis & { [KEY]?: WeakMap<Payload, OfferingReadModel> }

function readModelFor(locals: Pick<App.Locals, 'payload' | 'contentVersion'>): OfferingReadModel {
  const holder = globalThis as Holder
  const models = (holder[KEY] ??= new WeakMap())
  let model = models.get(locals.payload)
  if (!model) {
    model = new OfferingReadModel(locals.payload, locals.contentVersion)
    models.set(locals.payload, model)
  }
  return model
}

/** The directory's index for this request: current with every change this process has seen. */
export function offeringIndex(locals: Pick<App.Locals, 'payload' | 'contentVersion'>): Promise<OfferingIndex> {
  return readModelFor(locals).current()
}
