/**
 * The offerings directory as pure functions: which offerings match a filter, how many would
 * match for each facet value, how well an offering matches the search text, one page of the
 * result, and related offerings.
 *
 * These are the directory's rules, written to be read. The site answers requests from the
 * in-memory index (./directoryIndex.ts), which gives the same answers fast at any size; the
 * unit tests hold the two to each other.
 */
import { areas, careSettings, fundingLaws, kindsOfHelp, labelOf, networks, targetGroupTraits } from '../vocabulary'
import { areasServed } from './areas'
import { paginate, type PageInfo } from '../paging'
import { facetKeys, MAX_AGE, type FacetKey, type OfferingFilter } from './filter'

/**
 * What the directory needs of any offering, however its organisation is referred to: its facets,
 * ages, waiting time and searchable text.
 */
export interface ListedOffering {
  id: string
  title: string
  slug: string
  summary?: string | null
  kindsOfHelp?: readonly string[] | null
  targetGroupTraits?: readonly string[] | null
  settings?: readonly string[] | null
  fundingLaws?: readonly string[] | null
  areas?: readonly string[] | null
  networks?: readonly string[] | null
  ageMin?: number | null
  ageMax?: number | null
  /** Undefined or null: unknown (sorted last). */
  waitingTimeWeeks?: number | null
}

/** An offering with its organisation's name and slug (the rules below read these). */
export interface DirectoryOffering extends ListedOffering {
  organisationName?: string | null
  organisationSlug?: string | null
}

/**
 * The values an offering is found under for a facet: its organisation is one slug; its areas
 * include every area they overlap (an offering for the whole city is found under each
 * district, see ./areas.ts). Other facets are plain lists: an offering for both networks has
 * both values, so it is found under either.
 */
export function facetValuesOf(offering: DirectoryOffering, key: FacetKey): readonly string[] {
  if (key === 'organisations') return offering.organisationSlug ? [offering.organisationSlug] : []
  if (key === 'areas') return areasServed(offering.areas)
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

/**
 * The searchable text of an offering with the weight of each field: a hit in the title counts
 * more than one in the summary (title 10, kinds 5, traits 4, organisation 3, other labels 2,
 * summary 1). Weights are whole numbers 1–15: the index packs them into 4 bits.
 */
export function weightedTexts(offering: ListedOffering, organisationName: string | null | undefined): { text: string; weight: number }[] {
  const labels = (list: Parameters<typeof labelOf>[0], values: readonly string[] | null | undefined) =>
    (values ?? []).map((value) => labelOf(list, value)).join(' ')
  return [
    { text: offering.title, weight: 10 },
    { text: labels(kindsOfHelp, offering.kindsOfHelp), weight: 5 },
    { text: labels(targetGroupTraits, offering.targetGroupTraits), weight: 4 },
    { text: organisationName ?? '', weight: 3 },
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
  ]
}

function searchFields(offering: DirectoryOffering): { text: string; weight: number }[] {
  return weightedTexts(offering, offering.organisationName).map((field) => ({ text: normaliseText(field.text), weight: field.weight }))
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

export { pageLinks, paginate, type PageInfo } from '../paging'

export interface DirectoryResult<T extends DirectoryOffering> {
  items: T[]
  info: PageInfo
  counts: FacetCounts
}

export const DEFAULT_PAGE_SIZE = 20

/** Shortest waiting time first; unknown waiting times last; then by title. */
export function compareByWaitingTime(
  a: Pick<DirectoryOffering, 'title' | 'waitingTimeWeeks'>,
  b: Pick<DirectoryOffering, 'title' | 'waitingTimeWeeks'>,
): number {
  return waitingKey(a) - waitingKey(b) || compareByTitle(a, b)
}

function waitingKey(offering: Pick<DirectoryOffering, 'waitingTimeWeeks'>): number {
  return typeof offering.waitingTimeWeeks === 'number' ? offering.waitingTimeWeeks : Number.POSITIVE_INFINITY
}

/**
 * The directory's answer to a filter: the matching offerings sorted (by relevance when there is
 * a text query, title breaking ties; by title otherwise or when asked; by waiting time when
 * asked), one page of them, and the facet counts.
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
  scored.sort((a, b) =>
    filter.sort === 'wachttijd'
      ? compareByWaitingTime(a.offering, b.offering)
      : (byRelevance ? b.score - a.score : 0) || compareByTitle(a.offering, b.offering),
  )
  const { items, info } = paginate(
    scored.map((entry) => entry.offering),
    filter.page,
    pageSize,
  )
  return { items, info, counts: countFacetValues(offerings, filter) }
}

/** The ages an offering serves, open bounds closed at 0 and the highest age. */
function ageRange(offering: Pick<DirectoryOffering, 'ageMin' | 'ageMax'>): [number, number] {
  return [offering.ageMin ?? 0, offering.ageMax ?? MAX_AGE]
}

/**
 * Whether two offerings serve people of the same age: their ranges share at least two years, or
 * one lies wholly within the other. Sharing only the year where one ends and the other begins
 * does not count: "12 tot en met 18" and "vanaf 18" meet at 18 but serve youth and adults.
 */
export function agesOverlap(a: Pick<DirectoryOffering, 'ageMin' | 'ageMax'>, b: Pick<DirectoryOffering, 'ageMin' | 'ageMax'>): boolean {
  const [aMin, aMax] = ageRange(a)
  const [bMin, bMax] = ageRange(b)
  const shared = Math.min(aMax, bMax) - Math.max(aMin, bMin) + 1
  if (shared <= 0) return false
  return shared >= 2 || shared >= Math.min(aMax - aMin + 1, bMax - bMin + 1)
}

function sharedCount(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): number {
  return (a ?? []).filter((value) => (b ?? []).includes(value)).length
}

/**
 * Whether `offering` may be shown as like `target`, for the visitor who is looking at `target`:
 * at another organisation, for the same people (a shared network and overlapping ages: crisis
 * care for 12–18 never points to housing for adults), and sharing a kind of help or a trait.
 */
export function isRelatedOffering(target: DirectoryOffering, offering: DirectoryOffering): boolean {
  if (offering.id === target.id) return false
  if (target.organisationSlug && offering.organisationSlug === target.organisationSlug) return false
  if (sharedCount(target.networks, offering.networks) === 0 || !agesOverlap(target, offering)) return false
  return sharedCount(target.kindsOfHelp, offering.kindsOfHelp) + sharedCount(target.targetGroupTraits, offering.targetGroupTraits) > 0
}

/** How alike two related offerings are: the kind of help counts most, then traits, then area. */
export function relatednessScore(target: DirectoryOffering, offering: DirectoryOffering): number {
  const kinds = sharedCount(target.kindsOfHelp, offering.kindsOfHelp)
  const traits = sharedCount(target.targetGroupTraits, offering.targetGroupTraits)
  const area = sharedCount(areasServed(target.areas), offering.areas) > 0 ? 1 : 0
  return kinds * 4 + traits * 2 + area
}

/** Up to `limit` offerings like `target` (see isRelatedOffering), most alike first, ties by title. */
export function relatedOfferings<T extends DirectoryOffering>(target: DirectoryOffering, offerings: readonly T[], limit = 3): T[] {
  return offerings
    .filter((offering) => isRelatedOffering(target, offering))
    .map((offering) => ({ offering, score: relatednessScore(target, offering) }))
    .sort((a, b) => b.score - a.score || compareByTitle(a.offering, b.offering))
    .slice(0, limit)
    .map((entry) => entry.offering)
}
