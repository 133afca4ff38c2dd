/**
 * The offerings directory on the site: load the published offerings once per request through the
 * Local API (visitor's rights, only the fields the directory needs), then filter, count and page
 * them in memory with the pure functions of src/domain/offerings. The result is one serialisable
 * "view" that the /aanbod page renders, the React island receives as props, and /aanbod.json
 * returns: cards carry only what a card shows, never whole documents.
 */
import type { Payload } from 'payload'
import { queryOfferings, relatedOfferings, type DirectoryOffering, type PageInfo } from '../../domain/offerings/directory'
import {
  AGE_PARAM,
  facetKeys,
  facetLabels,
  facetParams,
  facetVocabularies,
  offeringFilterToSearchParams,
  PAGE_PARAM,
  QUERY_PARAM,
  SORT_PARAM,
  type FacetKey,
  type OfferingFilter,
} from '../../domain/offerings/filter'
import { compareByTitle } from '../../domain/offerings/directory'

/** What one result card shows. */
export interface OfferingCardData {
  title: string
  slug: string
  summary?: string | null
  organisationName?: string | null
  organisationSlug?: string | null
  isExample?: boolean | null
  kindsOfHelp?: string[] | null
  ageMin?: number | null
  ageMax?: number | null
  waitingTimeWeeks?: number | null
  waitingTimeUpdatedAt?: string | null
  lastReviewedAt?: string | null
}

/** An offering as loaded for the directory: its facets plus its card. */
export type DirectoryEntry = DirectoryOffering & OfferingCardData

export interface FacetOptionView {
  value: string
  label: string
  count: number
  checked: boolean
}

export interface FacetGroupView {
  key: FacetKey
  param: string
  label: string
  options: FacetOptionView[]
}

export interface DirectoryView {
  filter: OfferingFilter
  /** The filter as a query string ('' for everything), for the URL. */
  search: string
  cards: OfferingCardData[]
  info: PageInfo
  facets: FacetGroupView[]
  params: { query: string; age: string; sort: string; page: string }
  /** Whether any offering on the site is demonstration content. */
  hasExamples: boolean
}

interface LoadedOffering {
  id: string | number
  title: string
  slug: string
  summary?: string | null
  organisation?: { id: string | number; name: string; slug: string } | string | number | null
  isExample?: boolean | null
  networks?: string[] | null
  kindsOfHelp?: string[] | null
  targetGroupTraits?: string[] | null
  settings?: string[] | null
  fundingLaws?: string[] | null
  areas?: string[] | null
  ageMin?: number | null
  ageMax?: number | null
  waitingTimeWeeks?: number | null
  waitingTimeUpdatedAt?: string | null
  lastReviewedAt?: string | null
}

/** All published offerings with the fields the directory filters on and shows (depth 1: organisation name and slug). */
export async function loadDirectoryOfferings(payload: Payload): Promise<DirectoryEntry[]> {
  const result = await payload.find({
    collection: 'offerings',
    overrideAccess: false,
    draft: false,
    where: { _status: { equals: 'published' } },
    depth: 1,
    populate: { organisations: { name: true, slug: true } },
    select: {
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
    },
    sort: 'title',
    limit: 2000,
    pagination: false,
  })
  return (result.docs as unknown as LoadedOffering[]).map((doc) => {
    // An organisation the visitor may not see comes back as an ID only: no name, no link.
    const organisation = doc.organisation && typeof doc.organisation === 'object' ? doc.organisation : undefined
    return {
      id: String(doc.id),
      title: doc.title,
      slug: doc.slug,
      summary: doc.summary ?? null,
      organisationName: organisation?.name ?? null,
      organisationSlug: organisation?.slug ?? null,
      isExample: doc.isExample ?? false,
      networks: doc.networks ?? [],
      kindsOfHelp: doc.kindsOfHelp ?? [],
      targetGroupTraits: doc.targetGroupTraits ?? [],
      settings: doc.settings ?? [],
      fundingLaws: doc.fundingLaws ?? [],
      areas: doc.areas ?? [],
      ageMin: doc.ageMin ?? null,
      ageMax: doc.ageMax ?? null,
      waitingTimeWeeks: doc.waitingTimeWeeks ?? null,
      waitingTimeUpdatedAt: doc.waitingTimeUpdatedAt ?? null,
      lastReviewedAt: doc.lastReviewedAt ?? null,
    }
  })
}

/** Only the fields a card shows (what goes into the island's props and the JSON). */
export function toCard(entry: DirectoryEntry): OfferingCardData {
  return {
    title: entry.title,
    slug: entry.slug,
    summary: entry.summary,
    organisationName: entry.organisationName,
    organisationSlug: entry.organisationSlug,
    isExample: entry.isExample,
    kindsOfHelp: entry.kindsOfHelp,
    ageMin: entry.ageMin,
    ageMax: entry.ageMax,
    waitingTimeWeeks: entry.waitingTimeWeeks,
    waitingTimeUpdatedAt: entry.waitingTimeUpdatedAt,
    lastReviewedAt: entry.lastReviewedAt,
  }
}

/** The organisations that have offerings, by name, as facet options. */
function organisationOptions(entries: readonly DirectoryEntry[]): { value: string; label: string }[] {
  const bySlug = new Map<string, string>()
  for (const entry of entries) {
    if (entry.organisationSlug && entry.organisationName) bySlug.set(entry.organisationSlug, entry.organisationName)
  }
  return [...bySlug]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => compareByTitle({ title: a.label }, { title: b.label }))
}

/** The directory for a filter: one page of cards, the facets with their counts. */
export function buildDirectoryView(entries: readonly DirectoryEntry[], filter: OfferingFilter, pageSize?: number): DirectoryView {
  const result = queryOfferings(entries, filter, pageSize)
  const effective = { ...filter, page: result.info.page }
  const facets = facetKeys.map((key): FacetGroupView => {
    const options = key === 'organisations' ? organisationOptions(entries) : facetVocabularies[key]
    const selected = effective[key] as readonly string[]
    return {
      key,
      param: facetParams[key],
      label: facetLabels[key],
      options: options.map((option) => ({
        value: option.value,
        label: option.label,
        count: result.counts[key][option.value] ?? 0,
        checked: selected.includes(option.value),
      })),
    }
  })
  return {
    filter: effective,
    search: offeringFilterToSearchParams(effective).toString(),
    cards: result.items.map(toCard),
    info: result.info,
    facets,
    params: { query: QUERY_PARAM, age: AGE_PARAM, sort: SORT_PARAM, page: PAGE_PARAM },
    hasExamples: entries.some((entry) => entry.isExample),
  }
}

/** Up to `limit` offerings like the one with `slug`, at other organisations, as cards. */
export function relatedOfferingCards(entries: readonly DirectoryEntry[], slug: string, limit = 3): OfferingCardData[] {
  const target = entries.find((entry) => entry.slug === slug)
  return target ? relatedOfferings(target, entries, limit).map(toCard) : []
}
