import type { ExcerptSegment } from '../../domain/search/excerpt'
import type { SearchAnswer } from '../../domain/search/serverSearch'
import type { SearchType } from '../../domain/vocabulary'

/** One result as the page shows it (and all the island receives of it). */
export interface SearchResultView {
  url: string
  title: string
  typeLabel: string
  excerpt: ExcerptSegment[]
}

/**
 * A page of results as the page and the island show it: the server search's answer (Pagefind's
 * in the browser takes the same shape), with each hit as its view.
 */
export type SearchResults = Omit<SearchAnswer, 'hits'> & {
  /** The results of this page, best first. */
  results: SearchResultView[]
}

export const emptyResults: SearchResults = { results: [], total: 0, countsByType: {}, page: 1, pageCount: 1, approximate: false, suggestions: [] }

/** "Geen resultaten voor ‘wonen’.", "1 resultaat …", "45 resultaten … Pagina 2 van 3." */
export function resultsStatus(q: string, total: number, typeLabel?: string, { page = 1, pageCount = 1, approximate = false } = {}): string {
  if (!q) return ''
  const scope = typeLabel ? ` in ${typeLabel.toLowerCase()}` : ''
  if (total === 0) return `Geen resultaten voor ‘${q}’${scope}.`
  const count = total === 1 ? '1 resultaat' : `${total} resultaten`
  const kind = approximate ? ` die lijken op ‘${q}’` : ` voor ‘${q}’`
  const where = pageCount > 1 ? ` Pagina ${page} van ${pageCount}.` : ''
  return `${count}${kind}${scope}.${where}`
}

/** The pages to link to: first, last, and two either side of the current one; 0 marks a gap. */
export function pageNumbers(page: number, pageCount: number): number[] {
  const pages: number[] = []
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= 2) pages.push(n)
    else if (pages[pages.length - 1] !== 0) pages.push(0)
  }
  return pages
}

/** What each type of result holds, for the page before a search. */
export const searchTypeDescriptions: Record<SearchType, string> = {
  aanbod: 'hulp en ondersteuning van de partners, met doelgroep, leeftijd, werkgebied en financiering',
  organisatie: 'de leden en aspirant-leden van beide netwerken',
  expert: 'professionals die je kunt raadplegen, met hun expertise',
  werkgroep: 'werkgroepen van het netwerk, hun opdracht en resultaten',
  agenda: 'netwerkbijeenkomsten, expertmeetings en trainingen',
  kennis: 'artikelen, tips en nieuws',
  pagina: 'informatie over de netwerken en deze website',
}

/** Example searches offered on the empty page; only those that find something are shown. */
export const exampleSearches = ['autisme', 'verslaving', 'begeleid wonen', 'wachttijd', 'trauma', 'crisis', 'lvb', 'ouders']

export interface SearchOverview {
  /** Everything searchable, per type. */
  countsByType: Partial<Record<SearchType, number>>
  examples: string[]
}
