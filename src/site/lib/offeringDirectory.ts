/**
 * The offerings directory on the site: views of the read model (lib/offeringReadModel.ts, the
 * published offerings in memory, kept current by the content version). The result is one
 * serialisable "view" that the /aanbod page renders, the React island receives as props, and
 * /aanbod.json returns: cards carry only what a card shows, never whole documents.
 */
import { isWaitingTimeStale } from '../../domain/freshness/freshness'
import type { PageInfo } from '../../domain/paging'
import type { IndexHit } from '../../domain/offerings/directoryIndex'
import {
  emptyOfferingFilter,
  facetKeys,
  facetLabels,
  facetVocabularies,
  offeringFilterSearch,
  offeringParams,
  type FacetKey,
  type OfferingFilter,
} from '../../domain/offerings/filter'
import type { OfferingSummary } from './content'
import type { DirectoryRecord, OfferingIndex } from './offeringReadModel'

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
  /** The waiting time was not updated for over three months (decided on the server, once). */
  waitingTimeStale?: boolean
  lastReviewedAt?: string | null
}

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
  /** Whether any offering on the site is demonstration content. */
  hasExamples: boolean
}

/** Only the fields a card shows (what goes into the island's props and the JSON). */
export function toCard({ offering, organisation }: IndexHit<DirectoryRecord>, now = new Date()): OfferingCardData {
  const hasWaitingTime = typeof offering.waitingTimeWeeks === 'number'
  return {
    title: offering.title,
    slug: offering.slug,
    summary: offering.summary,
    organisationName: organisation?.name ?? null,
    organisationSlug: organisation?.slug ?? null,
    isExample: offering.isExample,
    kindsOfHelp: [...(offering.kindsOfHelp ?? [])],
    ageMin: offering.ageMin,
    ageMax: offering.ageMax,
    waitingTimeWeeks: offering.waitingTimeWeeks,
    waitingTimeUpdatedAt: offering.waitingTimeUpdatedAt,
    waitingTimeStale: hasWaitingTime && Boolean(offering.waitingTimeUpdatedAt) && isWaitingTimeStale(offering.waitingTimeUpdatedAt, now),
    lastReviewedAt: offering.lastReviewedAt,
  }
}

const exampleFlags = new WeakMap<OfferingIndex, { version: number; value: boolean }>()

/** Whether any offering on the site is demonstration content (remembered per index version). */
export function hasExamples(index: OfferingIndex): boolean {
  const known = exampleFlags.get(index)
  if (known?.version === index.version) return known.value
  let value = false
  for (const record of index.entries()) {
    if (record.isExample) {
      value = true
      break
    }
  }
  exampleFlags.set(index, { version: index.version, value })
  return value
}

/** The directory for a filter: one page of cards, the facets with their counts. */
export function buildDirectoryView(index: OfferingIndex, filter: OfferingFilter, pageSize?: number): DirectoryView {
  const result = index.query(filter, pageSize)
  const effective = { ...filter, page: result.info.page }
  const organisations = index.organisationOptions().map((organisation) => ({ value: organisation.slug, label: organisation.name }))
  const facets = facetKeys.map((key): FacetGroupView => {
    const options = key === 'organisations' ? organisations : facetVocabularies[key]
    const selected = effective[key] as readonly string[]
    return {
      key,
      param: offeringParams[key],
      label: facetLabels[key],
      options: options.map((option) => ({
        value: option.value,
        label: option.label,
        count: result.counts[key][option.value] ?? 0,
        checked: selected.includes(option.value),
      })),
    }
  })
  const now = new Date()
  return {
    filter: effective,
    search: offeringFilterSearch(effective),
    cards: result.items.map((hit) => toCard(hit, now)),
    info: result.info,
    facets,
    hasExamples: hasExamples(index),
  }
}

/** Up to `limit` offerings like the one with `slug`, for the same people, at other organisations, as cards. */
export function relatedOfferingCards(index: OfferingIndex, slug: string, limit = 3): OfferingCardData[] {
  const now = new Date()
  return index.related(slug, limit).map((hit) => toCard(hit, now))
}

/** The first `limit` offerings of an organisation (by title) and how many it has in all. */
export function organisationOfferings(
  index: OfferingIndex,
  organisationSlug: string,
  limit: number,
): { offerings: IndexHit<DirectoryRecord>[]; total: number } {
  const result = index.query({ ...emptyOfferingFilter(), organisations: [organisationSlug], sort: 'naam' }, limit)
  return { offerings: result.items, total: result.info.total }
}

/** An offering of the read model as the site's lists show it (components/OfferingCard.astro). */
export function toOfferingSummary({ offering, organisation }: IndexHit<DirectoryRecord>): OfferingSummary {
  return {
    id: offering.id,
    title: offering.title,
    slug: offering.slug,
    organisation: organisation ?? offering.organisationId ?? null,
    isExample: offering.isExample,
    networks: offering.networks as OfferingSummary['networks'],
    summary: offering.summary,
    kindsOfHelp: offering.kindsOfHelp as OfferingSummary['kindsOfHelp'],
    ageMin: offering.ageMin,
    ageMax: offering.ageMax,
    waitingTimeWeeks: offering.waitingTimeWeeks,
    waitingTimeUpdatedAt: offering.waitingTimeUpdatedAt,
    lastReviewedAt: offering.lastReviewedAt,
    updatedAt: offering.updatedAt,
  }
}
