import { type SearchType, searchTypes } from '../vocabulary'

export interface SearchQuery {
  /** The words searched for, trimmed, at most 200 characters. */
  q: string
  /** One type of result, or undefined for all. */
  type?: SearchType
}

export const MAX_QUERY_LENGTH = 200

export function isSearchType(value: unknown): value is SearchType {
  return typeof value === 'string' && searchTypes.some((option) => option.value === value)
}

/** The query of /zoeken from its URL; unknown types and overlong input are dropped, not errors. */
export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  const type = params.get('type')
  return isSearchType(type) ? { q, type } : { q }
}

/** The URL of /zoeken for a query, as the form would submit it (for sharing and history). */
export function searchUrl({ q, type }: SearchQuery): string {
  const params = new URLSearchParams()
  if (q) params.set('q', q)
  if (type) params.set('type', type)
  const query = params.toString()
  return query ? `/zoeken?${query}` : '/zoeken'
}
