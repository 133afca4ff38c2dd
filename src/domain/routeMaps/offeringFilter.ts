/**
 * An outcome's "fitting offerings": the directory's own filter (../offerings/filter.ts), stored
 * on the outcome with the facets a coordinator can set there and an age. The directory's rules
 * decide what fits (OR within a facet, AND across facets, an age within the offering's range,
 * a city-wide offering found under each district), and its serialiser writes the "show all"
 * link, so /aanbod with those parameters lists exactly the offerings the outcome counted.
 */
import { isFilterActive, normaliseOfferingFilter, offeringFilterSearch, type OfferingFilter, type OfferingFilterInput } from '../offerings/filter'

/** What an outcome stores (the route map's `offeringFilter` group). */
export type RouteOfferingFilter = Pick<OfferingFilterInput, 'kindsOfHelp' | 'targetGroupTraits' | 'settings' | 'fundingLaws' | 'areas' | 'networks'> & {
  readonly age?: number | null
}

/** The directory's filter for an outcome (only the stored facets and the age; nothing else). */
export function routeOfferingFilter(filter: RouteOfferingFilter | null | undefined): OfferingFilter {
  const { kindsOfHelp, targetGroupTraits, settings, fundingLaws, areas, networks, age } = filter ?? {}
  return normaliseOfferingFilter({ kindsOfHelp, targetGroupTraits, settings, fundingLaws, areas, networks, age })
}

/** Whether the filter restricts anything at all. */
export function isEmptyRouteFilter(filter: RouteOfferingFilter | null | undefined): boolean {
  return !isFilterActive(routeOfferingFilter(filter))
}

/** The filter as the query string of /aanbod (without "?"), repeated parameters for several values. */
export function routeFilterQuery(filter: RouteOfferingFilter | null | undefined): string {
  return offeringFilterSearch(routeOfferingFilter(filter))
}
