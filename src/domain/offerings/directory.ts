/**
 * The offerings directory as pure functions: which offerings match a filter, how many would
 * match for each facet value, how well an offering matches the search text, one page of the
 * result, and related offerings. The site loads the published offerings once per request (a
 * few hundred at most) and runs these in memory; the same code answers the island's requests.
 */
import { areas, careSettings, fundingLaws, kindsOfHelp, labelOf, networks, targetGroupTraits } from '../vocabulary'
import { facetKeys, type FacetKey, type OfferingFilter } from './filter'

/** What the directory needs of an offering: its facets and its searchable text. */
export interface DirectoryOffering {
  id: string
  title: string
  slug: string
  summary?: string | null
  organisationName?: string | null
  organisationSlug?: string | null
  kindsOfHelp?: readonly string[] | null
  targetGroupTraits?: readonly string[] | null
  settings?: readonly string[] | null
  fundingLaws?: readonly string[] | null
  areas?: readonly string[] | null
  networks?: readonly string[] | null
  ageMin?: number | null
  ageMax?: number | null
}

/** The values an offering has for a facet (its organisation is one slug). */
export function facetValuesOf(offering: DirectoryOffering, key: FacetKey): readonly string[] {
  if (key === 'organisations') return offering.organisationSlug ? [offering.organisationSlug] : []
  return offering[key] ?? []
}

/** Whether an age lies within the offering's range; a missing bound is open. */
export function matchesAge(offering: Pick<DirectoryOffering, 'ageMin' | 'ageMax'>, age: number | undefined): boolean {
  if (age === undefined) return true
  if (typeof offering.ageMin === 'number' && age < offering.ageMin) return false
  if (typeof offering.ageMax === 'number' && age > offering.ageMax) return false
  return true
}

/** OR within a facet: no selection matches all; otherwise at least one shared value. */
function matchesFacet(offering: DirectoryOffering, filter: OfferingFilter, key: FacetKey): boolean {
  const selected = filter[key] as readonly string[]
  if (selected.length === 0) return true
  const values = facetValuesOf(offering, key)
  return selected.some((value) => values.includes(value))
}

// ---------------------------------------------------------------------------------------------
// Text search
// ---------------------------------------------------------------------------------------------

/** Lower case without diacritics, so "clientondersteuning" finds "Cliëntondersteuning". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** The words of a query (normalised; one-letter words and duplicates dropped). */
export function queryTerms(query: string): string[] {
  const words = normaliseText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1)
  return [...new Set(words)]
}

/** Weighted fields: a hit in the title counts more than one in the summary. */
function searchFields(offering: DirectoryOffering): { text: string; weight: number }[] {
  const labels = (list: Parameters<typeof labelOf>[0], values: readonly string[] | null | undefined) =>
    (values ?? []).map((value) => labelOf(list, value)).join(' ')
  return [
    { text: offering.title, weight: 10 },
    { text: labels(kindsOfHelp, offering.kindsOfHelp), weight: 5 },
    { text: labels(targetGroupTraits, offering.targetGroupTraits), weight: 4 },
    { text: offering.organisationName ?? '', weight: 3 },
    {
      text: [
        labels(careSettings, offering.settings),
        labels(fundingLaws, offering.fundingLaws),
        labels(areas, offering.areas),
        labels(networks, offering.networks),
      ].join(' '),
      weight: 2,
    },
    { text: offering.summary ?? '', weight: 1 },
  ].map((field) => ({ text: normaliseText(field.text), weight: field.weight }))
}

/**
 * How well an offering matches the query: 0 when some word is found nowhere (all words must
 * match), otherwise the sum over words of the best field weight, with a whole word counting
 * double a word that only starts a longer one ("behandel" in "behandeling"). An empty query
 * scores 1 for every offering.
 */
export function relevanceScore(offering: DirectoryOffering, terms: readonly string[]): number {
  if (terms.length === 0) return 1
  const fields = searchFields(offering)
  let total = 0
  for (const term of terms) {
    const whole = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}($|[^\\p{L}\\p{N}])`, 'u')
    const start = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u')
    let best = 0
    for (const field of fields) {
      if (whole.test(field.text)) best = Math.max(best, field.weight * 2)
      else if (start.test(field.text)) best = Math.max(best, field.weight)
      else if (term.length >= 4 && field.text.includes(term)) best = Math.max(best, field.weight / 2)
    }
    if (best === 0) return 0
    total += best
  }
  return total
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// ---------------------------------------------------------------------------------------------
// Filtering, counting, sorting, paging
// ---------------------------------------------------------------------------------------------

/**
 * Whether an offering passes the filter: AND across facets, age and text; OR within a facet.
 * `except` leaves one facet out (to count that facet's values).
 */
export function matchesOfferingFilter(
  offering: DirectoryOffering,
  filter: OfferingFilter,
  { except, terms = queryTerms(filter.query) }: { except?: FacetKey; terms?: readonly string[] } = {},
): boolean {
  if (!matchesAge(offering, filter.age)) return false
  for (const key of facetKeys) {
    if (key !== except && !matchesFacet(offering, filter, key)) return false
  }
  return relevanceScore(offering, terms) > 0
}

export type FacetCounts = Record<FacetKey, Record<string, number>>

/**
 * For each facet value: how many offerings match when that value is chosen, given everything
 * else in the filter (the other facets, age, text), i.e. counted without the facet's own
 * selection. This is how good facets behave: the numbers say what ticking a box adds.
 */
export function countFacetValues(offerings: readonly DirectoryOffering[], filter: OfferingFilter): FacetCounts {
  const terms = queryTerms(filter.query)
  const counts = Object.fromEntries(facetKeys.map((key) => [key, {}])) as FacetCounts
  // The text and age parts are shared by all facets: evaluate them once per offering.
  const base = offerings.filter((offering) => matchesAge(offering, filter.age) && relevanceScore(offering, terms) > 0)
  for (const key of facetKeys) {
    for (const offering of base) {
      if (!facetKeys.every((other) => other === key || matchesFacet(offering, filter, other))) continue
      for (const value of new Set(facetValuesOf(offering, key))) counts[key][value] = (counts[key][value] ?? 0) + 1
    }
  }
  return counts
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

export function compareByTitle(a: Pick<DirectoryOffering, 'title'>, b: Pick<DirectoryOffering, 'title'>): number {
  return collator.compare(a.title, b.title)
}

export interface PageInfo {
  page: number
  pageCount: number
  pageSize: number
  total: number
  /** 1-based positions of the first and last item shown; 0 when there are none. */
  from: number
  to: number
}

/** One page of a list; a page beyond the last shows the last page. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; info: PageInfo } {
  const size = Math.max(1, Math.floor(pageSize))
  const pageCount = Math.max(1, Math.ceil(items.length / size))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount)
  const start = (current - 1) * size
  const slice = items.slice(start, start + size)
  return {
    items: slice,
    info: {
      page: current,
      pageCount,
      pageSize: size,
      total: items.length,
      from: slice.length ? start + 1 : 0,
      to: start + slice.length,
    },
  }
}

/** The page numbers to link to: first, last and a window around the current one (0 = gap). */
export function pageLinks(page: number, pageCount: number, around = 1): number[] {
  const pages: number[] = []
  for (let number = 1; number <= pageCount; number++) {
    if (number === 1 || number === pageCount || Math.abs(number - page) <= around) pages.push(number)
    else if (pages.at(-1) !== 0) pages.push(0)
  }
  return pages
}

export interface DirectoryResult<T extends DirectoryOffering> {
  items: T[]
  info: PageInfo
  counts: FacetCounts
}

export const DEFAULT_PAGE_SIZE = 20

/**
 * The directory's answer to a filter: the matching offerings sorted (by relevance when there is
 * a text query, title breaking ties; by title otherwise or when asked), one page of them, and
 * the facet counts.
 */
export function queryOfferings<T extends DirectoryOffering>(
  offerings: readonly T[],
  filter: OfferingFilter,
  pageSize = DEFAULT_PAGE_SIZE,
): DirectoryResult<T> {
  const terms = queryTerms(filter.query)
  const scored = offerings
    .filter((offering) => matchesOfferingFilter(offering, filter, { terms }))
    .map((offering) => ({ offering, score: relevanceScore(offering, terms) }))
  const byRelevance = filter.sort === 'relevantie' && terms.length > 0
  scored.sort((a, b) => (byRelevance ? b.score - a.score : 0) || compareByTitle(a.offering, b.offering))
  const { items, info } = paginate(
    scored.map((entry) => entry.offering),
    filter.page,
    pageSize,
  )
  return { items, info, counts: countFacetValues(offerings, filter) }
}

/**
 * Offerings like this one at other organisations: sharing a kind of help counts most, then
 * target-group traits, then a network; ties by title. Only offerings sharing a kind of help or
 * a trait qualify.
 */
export function relatedOfferings<T extends DirectoryOffering>(target: DirectoryOffering, offerings: readonly T[], limit = 3): T[] {
  const shared = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined) =>
    (a ?? []).filter((value) => (b ?? []).includes(value)).length
  return offerings
    .filter((offering) => offering.id !== target.id && offering.organisationSlug !== target.organisationSlug)
    .map((offering) => {
      const kinds = shared(target.kindsOfHelp, offering.kindsOfHelp)
      const traits = shared(target.targetGroupTraits, offering.targetGroupTraits)
      const network = shared(target.networks, offering.networks)
      const ages = rangesOverlap(target, offering) ? 1 : 0
      return { offering, relevant: kinds + traits > 0, score: kinds * 4 + traits * 2 + network + ages }
    })
    .filter((entry) => entry.relevant)
    .sort((a, b) => b.score - a.score || compareByTitle(a.offering, b.offering))
    .slice(0, limit)
    .map((entry) => entry.offering)
}

function rangesOverlap(a: DirectoryOffering, b: DirectoryOffering): boolean {
  const aMin = a.ageMin ?? 0
  const aMax = a.ageMax ?? Number.POSITIVE_INFINITY
  const bMin = b.ageMin ?? 0
  const bMax = b.ageMax ?? Number.POSITIVE_INFINITY
  return aMin <= bMax && bMin <= aMax
}
