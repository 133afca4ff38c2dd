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
  toRecord: (doc: never) => SearchRecord | undefined
}

const published = { _status: { equals: 'published' } }

export const searchSources: readonly SearchSource[] = [
  { collection: 'offerings', where: published, depth: 1, toRecord: offeringRecord },
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
    toRecord: expertRecord,
  },
  { collection: 'workingGroups', where: published, depth: 1, toRecord: workingGroupRecord },
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
 * server-side search, which must see exactly the same documents.
 */
export function visitorQuery(source: SearchSource) {
  return {
    collection: source.collection,
    where: source.where,
    depth: source.depth,
    populate: { organisations: { name: true, slug: true } },
    draft: false,
    overrideAccess: false,
    pagination: false,
    limit: 0,
  } as const
}

/** Runs every source through `find` (the caller's Local API query) and maps the documents. */
export async function collectSearchRecords(find: (source: SearchSource) => Promise<unknown[]>): Promise<SearchRecord[]> {
  const perSource = await Promise.all(
    searchSources.map(async (source) => {
      const docs = await find(source)
      return docs.map((doc) => source.toRecord(doc as never)).filter((record): record is SearchRecord => record !== undefined)
    }),
  )
  return perSource.flat()
}
