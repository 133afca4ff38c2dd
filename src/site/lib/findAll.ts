/**
 * Lists that show every document (all member organisations, all public experts, all working
 * groups) read them page by page: no silent cap, and no single query that grows without bound.
 * Pages that show a part (the agenda's past events, the knowledge list) ask for one page and
 * show the true total with links to the others (`findPage`).
 */
import type { Payload } from 'payload'

type FindArgs = Parameters<Payload['find']>[0]

const PAGE_SIZE = 500

/** The sort with the ID as the last key, so pages never overlap or skip on equal values. */
function stableSort(sort: FindArgs['sort']): string[] {
  const keys = sort === undefined ? [] : Array.isArray(sort) ? sort : [sort]
  return keys.includes('id') || keys.includes('-id') ? keys : [...keys, 'id']
}

/** Every matching document, with the visitor's rights (published filters are the caller's). */
export async function findAllDocs<T>(payload: Payload, args: Omit<FindArgs, 'page' | 'limit' | 'pagination'>): Promise<T[]> {
  const all: T[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      draft: false,
      ...args,
      sort: stableSort(args.sort),
      page,
      limit: PAGE_SIZE,
      pagination: true,
      overrideAccess: false,
    })
    all.push(...(result.docs as unknown as T[]))
    if (!result.hasNextPage) return all
  }
}

export interface FoundPage<T> {
  docs: T[]
  /** The true number of matching documents. */
  total: number
  page: number
  pageCount: number
}

/** One page of matching documents and the true total; a page past the end gives the last page. */
export async function findPage<T>(
  payload: Payload,
  args: Omit<FindArgs, 'page' | 'limit' | 'pagination'>,
  page: number,
  pageSize: number,
): Promise<FoundPage<T>> {
  const query = { draft: false, ...args, sort: stableSort(args.sort), limit: pageSize, pagination: true, overrideAccess: false } as const
  let result = await payload.find({ ...query, page: Math.max(1, page) })
  if (result.docs.length === 0 && result.totalPages > 0 && page > result.totalPages) {
    result = await payload.find({ ...query, page: result.totalPages })
  }
  return {
    docs: result.docs as unknown as T[],
    total: result.totalDocs,
    page: result.page ?? 1,
    pageCount: Math.max(1, result.totalPages),
  }
}
