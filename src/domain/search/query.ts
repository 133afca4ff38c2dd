import { type SearchType, searchTypes } from '../vocabulary'

export interface SearchQuery {
  /** The words searched for, trimmed, at most 200 characters. */
  q: string
  /** One type of result, or undefined for all. */
  type?: SearchType
  /** The page of results, 1-based; left out for the first. */
  page?: number
}

export const MAX_QUERY_LENGTH = 200
const MAX_PAGE = 10_000

export function isSearchType(value: unknown): value is SearchType {
  return typeof value === 'string' && searchTypes.some((option) => option.value === value)
}

/** The query of /zoeken from its URL; unknown types, bad pages and overlong input are dropped, not errors. */
export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH * 2).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  const type = params.get('type')
  const pageText = params.get('pagina') ?? ''
  const page = /^\d{1,5}$/.test(pageText) ? Math.min(Number(pageText), MAX_PAGE) : 1
  return { q, ...(isSearchType(type) ? { type } : {}), ...(page > 1 ? { page } : {}) }
}

/** The URL of /zoeken for a query, as the form would submit it (for sharing and history). */
export function searchUrl({ q, type, page }: SearchQuery): string {
  const params = new URLSearchParams()
  if (q) params.set('q', q)
  if (type) params.set('type', type)
  if (page && page > 1) params.set('pagina', String(page))
  const query = params.toString()
  return query ? `/zoeken?${query}` : '/zoeken'
}
