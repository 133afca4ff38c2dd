/**
 * The filter of the offerings directory (/aanbod) and of every other place that points into it
 * (the routekaart's outcomes, links on organisation pages): one vocabulary, one URL format.
 *
 * The URL carries the whole filter as GET parameters with Dutch names, so a filtered view can be
 * shared and bookmarked and the page works as a plain HTML form without JavaScript:
 *
 *   hulp, doelgroep, setting, financiering, gebied, organisatie, netwerk  (repeatable: OR)
 *   leeftijd (a whole age), q (free text), sorteer (relevantie | naam | wachttijd), pagina (from 1)
 *
 * Unknown values are dropped rather than rejected: a link from an old newsletter with a value
 * that no longer exists still opens the directory.
 */
import {
  areas,
  careSettings,
  fundingLaws,
  kindsOfHelp,
  networks,
  targetGroupTraits,
  type Area,
  type CareSetting,
  type FundingLaw,
  type KindOfHelp,
  type Network,
  type Option,
  type TargetGroupTrait,
} from '../vocabulary'

export const offeringSorts = [
  { value: 'relevantie', label: 'Relevantie' },
  { value: 'naam', label: 'Naam (A–Z)' },
  { value: 'wachttijd', label: 'Wachttijd (kortste eerst)' },
] as const satisfies readonly Option[]
export type OfferingSort = (typeof offeringSorts)[number]['value']

export interface OfferingFilter {
  kindsOfHelp: KindOfHelp[]
  targetGroupTraits: TargetGroupTrait[]
  settings: CareSetting[]
  fundingLaws: FundingLaw[]
  areas: Area[]
  /** Organisation slugs. */
  organisations: string[]
  networks: Network[]
  /** A whole age in years: matches offerings whose range (open ends allowed) includes it. */
  age?: number
  /** Free text, trimmed; '' when absent. */
  query: string
  sort: OfferingSort
  /** 1-based. */
  page: number
}

/** The multi-valued facets, in the order the directory shows them. */
export const facetKeys = [
  'kindsOfHelp',
  'targetGroupTraits',
  'settings',
  'fundingLaws',
  'areas',
  'organisations',
  'networks',
] as const
export type FacetKey = (typeof facetKeys)[number]

/** The GET parameter of each facet (Dutch, stable: shared links depend on them). */
export const facetParams: Record<FacetKey, string> = {
  kindsOfHelp: 'hulp',
  targetGroupTraits: 'doelgroep',
  settings: 'setting',
  fundingLaws: 'financiering',
  areas: 'gebied',
  organisations: 'organisatie',
  networks: 'netwerk',
}

export const facetLabels: Record<FacetKey, string> = {
  kindsOfHelp: 'Soort hulp',
  targetGroupTraits: 'Kenmerken doelgroep',
  settings: 'Setting',
  fundingLaws: 'Financiering',
  areas: 'Werkgebied',
  organisations: 'Organisatie',
  networks: 'Netwerk',
}

/** The closed lists behind the facets; organisations come from the data. */
export const facetVocabularies: Record<Exclude<FacetKey, 'organisations'>, readonly Option[]> = {
  kindsOfHelp,
  targetGroupTraits,
  settings: careSettings,
  fundingLaws,
  areas,
  networks,
}

export const AGE_PARAM = 'leeftijd'
export const QUERY_PARAM = 'q'
export const SORT_PARAM = 'sorteer'
export const PAGE_PARAM = 'pagina'
export const MAX_AGE = 99
export const MAX_QUERY_LENGTH = 200
export const MAX_PAGE = 999_999

/** The filter that shows everything. */
export function emptyOfferingFilter(): OfferingFilter {
  return {
    kindsOfHelp: [],
    targetGroupTraits: [],
    settings: [],
    fundingLaws: [],
    areas: [],
    organisations: [],
    networks: [],
    age: undefined,
    query: '',
    sort: 'relevantie',
    page: 1,
  }
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>

function getAll(source: ParamSource, name: string): string[] {
  if (source instanceof URLSearchParams) return source.getAll(name)
  const value = source[name]
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

function getFirst(source: ParamSource, name: string): string | undefined {
  return getAll(source, name)[0]
}

/** Values of a repeatable parameter; also accepts comma-separated values ("hulp=a,b"). */
function splitValues(values: string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((value) => value.trim().toLowerCase()).filter(Boolean)
}

function known<V extends string>(list: readonly Option[], values: string[]): V[] {
  const allowed = new Set(list.map((option) => option.value))
  return unique(values.filter((value) => allowed.has(value))) as V[]
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A whole number within [min, max] from a parameter, or undefined. */
function wholeNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\s*\d{1,6}\s*$/.test(value)) return undefined
  const number = Number.parseInt(value, 10)
  return number >= min && number <= max ? number : undefined
}

/** The filter a URL's query string describes (never throws; invalid parts are ignored). */
export function parseOfferingFilter(searchParams: ParamSource): OfferingFilter {
  const filter = emptyOfferingFilter()
  filter.kindsOfHelp = known(kindsOfHelp, splitValues(getAll(searchParams, facetParams.kindsOfHelp)))
  filter.targetGroupTraits = known(targetGroupTraits, splitValues(getAll(searchParams, facetParams.targetGroupTraits)))
  filter.settings = known(careSettings, splitValues(getAll(searchParams, facetParams.settings)))
  filter.fundingLaws = known(fundingLaws, splitValues(getAll(searchParams, facetParams.fundingLaws)))
  filter.areas = known(areas, splitValues(getAll(searchParams, facetParams.areas)))
  filter.networks = known(networks, splitValues(getAll(searchParams, facetParams.networks)))
  filter.organisations = unique(splitValues(getAll(searchParams, facetParams.organisations)).filter((slug) => SLUG.test(slug)))
  filter.age = wholeNumber(getFirst(searchParams, AGE_PARAM), 0, MAX_AGE)
  filter.query = (getFirst(searchParams, QUERY_PARAM) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  const sort = getFirst(searchParams, SORT_PARAM)
  filter.sort = offeringSorts.find((option) => option.value === sort)?.value ?? 'relevantie'
  // Any page number a real list can have; a page past the end shows the last page.
  filter.page = wholeNumber(getFirst(searchParams, PAGE_PARAM), 1, MAX_PAGE) ?? 1
  return filter
}

/**
 * The query string of a filter, in a fixed order and without defaults, so one view has one URL
 * (good for sharing, caching and canonical links). Values keep the order of their vocabulary.
 */
export function offeringFilterToSearchParams(filter: Partial<OfferingFilter>): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.query) params.set(QUERY_PARAM, filter.query)
  for (const key of facetKeys) {
    const values = filter[key] ?? []
    const ordered = key === 'organisations' ? [...values].sort() : orderLike(facetVocabularies[key], values)
    for (const value of ordered) params.append(facetParams[key], value)
  }
  if (typeof filter.age === 'number') params.set(AGE_PARAM, String(filter.age))
  if (filter.sort && filter.sort !== 'relevantie') params.set(SORT_PARAM, filter.sort)
  if (filter.page && filter.page > 1) params.set(PAGE_PARAM, String(filter.page))
  return params
}

function orderLike(list: readonly Option[], values: readonly string[]): string[] {
  const order = new Map(list.map((option, index) => [option.value, index]))
  return unique([...values]).sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999))
}

/** "/aanbod?hulp=behandeling&leeftijd=15", or "/aanbod" for the empty filter. */
export function offeringFilterHref(filter: Partial<OfferingFilter>, path = '/aanbod'): string {
  const query = offeringFilterToSearchParams(filter).toString()
  return query ? `${path}?${query}` : path
}

/** Whether any facet, the age or the text narrows the results. */
export function isFilterActive(filter: OfferingFilter): boolean {
  return facetKeys.some((key) => filter[key].length > 0) || filter.age !== undefined || filter.query !== ''
}

/** The same filter with one facet value toggled, back on page 1. */
export function toggleFacetValue(filter: OfferingFilter, key: FacetKey, value: string): OfferingFilter {
  const current = filter[key] as string[]
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value]
  return { ...filter, [key]: next, page: 1 }
}
