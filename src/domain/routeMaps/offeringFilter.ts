/**
 * An outcome's "fitting offerings": a filter in the same vocabulary as the directory's facets.
 * Within one facet any of the chosen values fits (behandeling OR begeleiding); across facets
 * every facet must fit; an empty facet does not filter. Age fits when it lies within the
 * offering's age range (an open bound fits any age on that side).
 *
 * The same filter as GET parameters for /aanbod, so "show all" there gives the same list.
 */

export interface RouteOfferingFilter {
  kindsOfHelp?: readonly string[] | null
  targetGroupTraits?: readonly string[] | null
  settings?: readonly string[] | null
  fundingLaws?: readonly string[] | null
  areas?: readonly string[] | null
  age?: number | null
  networks?: readonly string[] | null
}

export interface FilterableOffering {
  kindsOfHelp?: readonly string[] | null
  targetGroupTraits?: readonly string[] | null
  settings?: readonly string[] | null
  fundingLaws?: readonly string[] | null
  areas?: readonly string[] | null
  ageMin?: number | null
  ageMax?: number | null
  networks?: readonly string[] | null
}

const listFacets = ['kindsOfHelp', 'targetGroupTraits', 'settings', 'fundingLaws', 'areas', 'networks'] as const

/** The /aanbod parameter of each facet (the directory's names). */
export const routeFilterParams = {
  kindsOfHelp: 'hulp',
  targetGroupTraits: 'doelgroep',
  settings: 'setting',
  fundingLaws: 'financiering',
  areas: 'gebied',
  age: 'leeftijd',
  networks: 'netwerk',
} as const

/** Whether the filter restricts anything at all. */
export function isEmptyRouteFilter(filter: RouteOfferingFilter | null | undefined): boolean {
  if (!filter) return true
  return listFacets.every((facet) => !filter[facet]?.length) && (filter.age === null || filter.age === undefined)
}

export function offeringMatchesRouteFilter(offering: FilterableOffering, filter: RouteOfferingFilter | null | undefined): boolean {
  if (!filter) return true
  for (const facet of listFacets) {
    const wanted = filter[facet]
    if (!wanted?.length) continue
    const has = offering[facet] ?? []
    if (!wanted.some((value) => has.includes(value))) return false
  }
  if (typeof filter.age === 'number') {
    if (typeof offering.ageMin === 'number' && filter.age < offering.ageMin) return false
    if (typeof offering.ageMax === 'number' && filter.age > offering.ageMax) return false
  }
  return true
}

/** The filter as the query string of /aanbod (without "?"), repeated parameters for several values. */
export function routeFilterQuery(filter: RouteOfferingFilter | null | undefined): string {
  const params = new URLSearchParams()
  if (filter) {
    for (const facet of listFacets) for (const value of filter[facet] ?? []) params.append(routeFilterParams[facet], value)
    if (typeof filter.age === 'number') params.append(routeFilterParams.age, String(filter.age))
  }
  return params.toString()
}
