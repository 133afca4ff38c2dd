import type { ExcerptSegment } from '../../domain/search/excerpt'
import type { SearchType } from '../../domain/vocabulary'

/** One result as the page shows it (and all the island receives of it). */
export interface SearchResultView {
  url: string
  title: string
  typeLabel: string
  excerpt: ExcerptSegment[]
}

export interface SearchResults {
  /** At most MAX_RESULTS, best first. */
  results: SearchResultView[]
  /** All matches of the chosen type. */
  total: number
  /** Matches per type, regardless of the chosen type. */
  countsByType: Partial<Record<SearchType, number>>
}

/** "Geen resultaten voor ‘wonen’", "1 resultaat …", "12 resultaten … (de eerste 50)". */
export function resultsStatus(q: string, total: number, shown: number, typeLabel?: string): string {
  if (!q) return ''
  const scope = typeLabel ? ` in ${typeLabel.toLowerCase()}` : ''
  if (total === 0) return `Geen resultaten voor ‘${q}’${scope}.`
  const count = total === 1 ? '1 resultaat' : `${total} resultaten`
  const more = shown < total ? ` De eerste ${shown} staan hieronder; maak je zoekopdracht specifieker om minder resultaten te krijgen.` : ''
  return `${count} voor ‘${q}’${scope}.${more}`
}
