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
import { MAX_PAGE, PAGE_PARAM, wholeNumberParam } from '../paging'
import { isSlug, MAX_SLUG_LENGTH } from '../slugify'

export { MAX_PAGE, PAGE_PARAM }

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

/**
 * Every GET parameter of the filter (Dutch, stable: shared links, bookmarks and old newsletters
 * depend on them). The one map from the filter to the URL: the directory's page, its island,
 * /aanbod.json and the routekaart's "show all" link all read and write through it.
 */
export const offeringParams = {
  kindsOfHelp: 'hulp',
  targetGroupTraits: 'doelgroep',
  settings: 'setting',
  fundingLaws: 'financiering',
  areas: 'gebied',
  organisations: 'organisatie',
  networks: 'netwerk',
  age: 'leeftijd',
  query: 'q',
  sort: 'sorteer',
  page: PAGE_PARAM,
} as const satisfies Record<keyof OfferingFilter, string>

/** The GET parameter of each facet. */
export const facetParams: Record<FacetKey, string> = Object.fromEntries(facetKeys.map((key) => [key, offeringParams[key]])) as Record<
  FacetKey,
  string
>

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

export const AGE_PARAM = offeringParams.age
export const QUERY_PARAM = offeringParams.query
export const SORT_PARAM = offeringParams.sort
export const MAX_AGE = 99
export const MAX_QUERY_LENGTH = 200

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

/**
 * A filter as it arrives from anywhere: a URL (strings), a route map's stored outcome (numbers
 * and nulls), the island's form state. Loose on purpose: normaliseOfferingFilter cleans it.
 */
export type OfferingFilterInput = { readonly [K in FacetKey]?: readonly string[] | null } & {
  readonly age?: number | string | null
  readonly query?: string | null
  readonly sort?: string | null
  readonly page?: number | string | null
}

/**
 * Longest raw parameter value read (bounded before any split or pattern, so 1 MB stays cheap).
 * A longer value is no value (cutting it would make another one), except the search text,
 * which is cut to MAX_QUERY_LENGTH as the search box does.
 */
export const MAX_RAW_VALUE_LENGTH = 2000
/** Most values read per facet; more than any vocabulary or any real choice of organisations. */
export const MAX_FACET_VALUES = 100

const allowedValues = Object.fromEntries(
  Object.entries(facetVocabularies).map(([key, list]) => [key, new Set(list.map((option) => option.value))]),
) as Record<Exclude<FacetKey, 'organisations'>, Set<string>>

/** Strings of a bounded length only: anything else (too long, a number, an object from JSON) is no value. */
function bounded(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_RAW_VALUE_LENGTH ? value : undefined
}

/** A facet's values: known (or well-formed slugs), lower case, without duplicates, input order kept. */
function facetValues(key: FacetKey, values: unknown): string[] {
  const list = Array.isArray(values) ? values : typeof values === 'string' ? [values] : []
  const cleaned = new Set<string>()
  for (const raw of list.slice(0, MAX_FACET_VALUES)) {
    const value = bounded(raw)?.trim().toLowerCase()
    if (!value) continue
    if (key === 'organisations' ? value.length <= MAX_SLUG_LENGTH && isSlug(value) : allowedValues[key].has(value)) cleaned.add(value)
  }
  return [...cleaned]
}

/**
 * The one cleaning of a filter, whatever its source (never throws): unknown values are dropped
 * rather than rejected, so a link from an old newsletter with a value that no longer exists
 * still opens the directory.
 */
export function normaliseOfferingFilter(input: OfferingFilterInput | null | undefined): OfferingFilter {
  const source = (input ?? {}) as Record<string, unknown>
  const sort = bounded(source.sort)
  return {
    kindsOfHelp: facetValues('kindsOfHelp', source.kindsOfHelp) as KindOfHelp[],
    targetGroupTraits: facetValues('targetGroupTraits', source.targetGroupTraits) as TargetGroupTrait[],
    settings: facetValues('settings', source.settings) as CareSetting[],
    fundingLaws: facetValues('fundingLaws', source.fundingLaws) as FundingLaw[],
    areas: facetValues('areas', source.areas) as Area[],
    organisations: facetValues('organisations', source.organisations),
    networks: facetValues('networks', source.networks) as Network[],
    age: wholeNumberParam(source.age, 0, MAX_AGE),
    query: (typeof source.query === 'string' ? source.query.slice(0, MAX_RAW_VALUE_LENGTH) : '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
    sort: offeringSorts.find((option) => option.value === sort)?.value ?? 'relevantie',
    // Any page number a real list can have; a page past the end shows the last page.
    page: wholeNumberParam(source.page, 1, MAX_PAGE) ?? 1,
  }
}

type ParamSource = URLSearchParams | Readonly<Record<string, unknown>>

function getAll(source: ParamSource, name: string): unknown[] {
  if (source instanceof URLSearchParams) return source.getAll(name)
  const value = Object.hasOwn(source, name) ? source[name] : undefined
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** Values of a repeatable parameter; also accepts comma-separated values ("hulp=a,b"). */
function splitValues(values: unknown[]): string[] {
  const split: string[] = []
  for (const value of values) {
    const text = bounded(value)
    if (text === undefined) continue
    for (const part of text.split(',')) {
      if (split.length >= MAX_FACET_VALUES) return split
      if (part.trim()) split.push(part)
    }
  }
  return split
}

/**
 * The filter a URL's query string describes (never throws; invalid parts are ignored). Also
 * takes a record of parameters (Astro's or a framework's), whose values may be of any type.
 */
export function parseOfferingFilter(searchParams: ParamSource): OfferingFilter {
  const first = (name: string) => getAll(searchParams, name)[0]
  const facets = Object.fromEntries(facetKeys.map((key) => [key, splitValues(getAll(searchParams, offeringParams[key]))]))
  return normaliseOfferingFilter({
    ...facets,
    age: first(offeringParams.age) as string | undefined,
    query: first(offeringParams.query) as string | undefined,
    sort: first(offeringParams.sort) as string | undefined,
    page: first(offeringParams.page) as string | undefined,
  })
}

/**
 * The query string of a filter, in a fixed order and without defaults, so one view has one URL
 * (good for sharing, caching and canonical links). Values keep the order of their vocabulary,
 * organisations go by slug. Cleaned first, so what it writes is what parseOfferingFilter reads
 * back: parse(serialise(f)) equals normalise(f).
 */
export function offeringFilterToSearchParams(input: OfferingFilterInput): URLSearchParams {
  const filter = normaliseOfferingFilter(input)
  const params = new URLSearchParams()
  if (filter.query) params.set(offeringParams.query, filter.query)
  for (const key of facetKeys) {
    const values = filter[key] as string[]
    const ordered = key === 'organisations' ? [...values].sort() : inVocabularyOrder(key, values)
    for (const value of ordered) params.append(offeringParams[key], value)
  }
  if (filter.age !== undefined) params.set(offeringParams.age, String(filter.age))
  if (filter.sort !== 'relevantie') params.set(offeringParams.sort, filter.sort)
  if (filter.page > 1) params.set(offeringParams.page, String(filter.page))
  return params
}

const vocabularyOrder = Object.fromEntries(
  Object.entries(facetVocabularies).map(([key, list]) => [key, new Map(list.map((option, index) => [option.value, index]))]),
) as Record<Exclude<FacetKey, 'organisations'>, Map<string, number>>

function inVocabularyOrder(key: Exclude<FacetKey, 'organisations'>, values: readonly string[]): string[] {
  const order = vocabularyOrder[key]
  return [...values].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999))
}

/** The filter's query string ('' for everything). */
export function offeringFilterSearch(input: OfferingFilterInput): string {
  return offeringFilterToSearchParams(input).toString()
}

/** "/aanbod?hulp=behandeling&leeftijd=15", or "/aanbod" for the empty filter. */
export function offeringFilterHref(input: OfferingFilterInput, path = '/aanbod'): string {
  const query = offeringFilterSearch(input)
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
