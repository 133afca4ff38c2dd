/**
 * Which documents the search covers, as plain Local API query arguments (no Payload import:
 * the CMS's index builder and the site's server-side search both run these queries, each on
 * its own Payload instance, always with `overrideAccess: false` and no user, so the collections'
 * read access applies as for an anonymous visitor). The conditions repeat what the access rules
 * already enforce (published; public expert profiles), so a wider rule later cannot leak drafts.
 */
import {
  articleRecord,
  eventRecord,
  expertRecord,
  offeringRecord,
  organisationRecord,
  pageRecord,
  type SearchRecord,
  workingGroupRecord,
} from './records'

type WhereValue = Record<string, unknown>

export interface SearchSource {
  collection: 'offerings' | 'organisations' | 'experts' | 'workingGroups' | 'events' | 'articles' | 'pages'
  where: WhereValue
  /** 1 where the record names a related organisation (only its name is populated). */
  depth: 0 | 1
  /** The field naming that organisation: its records change when the organisation does. */
  organisationField?: 'organisation' | 'members.organisation'
  /** Takes a document of `collection` (as read by `visitorQuery`); each source names its own shape. */
  toRecord: (doc: never) => SearchRecord | undefined
}

const published = { _status: { equals: 'published' } }

export const searchSources: readonly SearchSource[] = [
  { collection: 'offerings', where: published, depth: 1, organisationField: 'organisation', toRecord: offeringRecord },
  {
    collection: 'organisations',
    // Former members have no page in the directory; the search does not point to them either.
    where: { and: [published, { membershipStatus: { in: ['lid', 'aspirant'] } }] },
    depth: 0,
    toRecord: organisationRecord,
  },
  {
    collection: 'experts',
    where: { and: [published, { publicProfile: { equals: true } }] },
    depth: 1,
    organisationField: 'organisation',
    toRecord: expertRecord,
  },
  { collection: 'workingGroups', where: published, depth: 1, organisationField: 'members.organisation', toRecord: workingGroupRecord },
  { collection: 'events', where: published, depth: 0, toRecord: eventRecord },
  { collection: 'articles', where: published, depth: 0, toRecord: articleRecord },
  { collection: 'pages', where: published, depth: 0, toRecord: pageRecord },
]

/** The collections whose changes make the search index out of date. */
export const searchedCollections = searchSources.map((source) => source.collection)

/**
 * The Local API arguments that read one source as an anonymous visitor: access rules apply
 * (`overrideAccess: false`, no user), published only, and related organisations by name only,
 * so nothing else of them enters a search record. Shared by the index builder and the
 * server-side search, which must see exactly the same documents. `where` narrows the source
 * (never widens it); `limit` reads a chunk, in the order of `id`.
 */
export function visitorQuery(source: SearchSource, { where, limit = 0 }: { where?: WhereValue; limit?: number } = {}) {
  return {
    collection: source.collection,
    where: where ? { and: [source.where, where] } : source.where,
    depth: source.depth,
    populate: { organisations: { name: true, slug: true } },
    draft: false,
    overrideAccess: false,
    pagination: false,
    limit,
    sort: 'id',
  } as const
}

/** Runs a visitor query (the caller's Local API `find`), resolving with the documents. */
export type FindVisitorDocs = (query: ReturnType<typeof visitorQuery>) => Promise<unknown[]>

/** A record with the key of the document it comes from ("offerings:<id>"). */
export interface SearchEntry {
  key: string
  record: SearchRecord | undefined
}

export function searchKey(collection: string, id: string | number): string {
  return `${collection}:${id}`
}

/**
 * Documents per read. Whole documents (rich text and all) held across a database round trip
 * outlive the young generation: at 500 a start at 10,000 offerings left ~130 MB more garbage
 * in the old generation (peak RSS) than at 100, for no gain in time.
 */
const CHUNK = 100

/**
 * Every public record, read source by source in chunks of CHUNK (by id, each chunk after the last
 * id of the one before), so a large collection is never one long query and other requests get
 * their turn between chunks.
 */
export async function collectSearchEntries(find: FindVisitorDocs, { chunk = CHUNK } = {}): Promise<SearchEntry[]> {
  const entries: SearchEntry[] = []
  for (const source of searchSources) {
    let after: string | number | undefined
    for (;;) {
      const docs = (await find(visitorQuery(source, { where: after === undefined ? undefined : { id: { greater_than: after } }, limit: chunk }))) as {
        id: string | number
      }[]
      for (const doc of docs) {
        // A document of source.collection, which is what its toRecord takes (the list cannot name each type).
        const record = source.toRecord(doc as never)
        if (record) entries.push({ key: searchKey(source.collection, doc.id), record })
      }
      if (docs.length < chunk) break
      after = docs[docs.length - 1].id
      // Lets waiting requests run between chunks.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return entries
}

/** Runs every source through `find` and maps the documents (everything in one list). */
export async function collectSearchRecords(find: FindVisitorDocs): Promise<SearchRecord[]> {
  return (await collectSearchEntries(find)).map((entry) => entry.record as SearchRecord)
}

/**
 * The records that change with one document: its own (undefined when it is no longer public)
 * and, for an organisation, those of the offerings, experts and working groups naming it.
 */
export async function entriesForDocument(find: FindVisitorDocs, collection: string, id: string): Promise<SearchEntry[]> {
  const entries: SearchEntry[] = []
  const source = searchSources.find((candidate) => candidate.collection === collection)
  if (source) {
    const [doc] = await find(visitorQuery(source, { where: { id: { equals: id } }, limit: 1 }))
    // A document of source.collection, which is what its toRecord takes (the list cannot name each type).
    entries.push({ key: searchKey(collection, id), record: doc ? source.toRecord(doc as never) : undefined })
  }
  if (collection === 'organisations') {
    for (const dependent of searchSources.filter((candidate) => candidate.organisationField)) {
      const docs = (await find(visitorQuery(dependent, { where: { [dependent.organisationField as string]: { equals: id } } }))) as { id: string | number }[]
      // A document of dependent.collection, which is what its toRecord takes.
      for (const doc of docs) entries.push({ key: searchKey(dependent.collection, doc.id), record: dependent.toRecord(doc as never) })
    }
  }
  return entries
}
