/**
 * The site's two loaders, one for each kind of list (src/domain/paging.ts):
 * - lists that show every document (all member organisations, all public experts, all working
 *   groups, the newsletter archive) read them page by page (`findAllDocs`): no silent cap, and
 *   no single query that grows without bound; each caller says why it shows them all;
 * - pages that show a part (the agenda's past events, the knowledge list) ask for one page and
 *   show the true total with links to the others (`findPage`).
 * Both read with the visitor's rights (`overrideAccess: false`, with `user` where there is one).
 */
import type { CollectionSlug, Payload, SelectType } from 'payload'
import { collectPages } from '../../domain/paging'
import { findPublic, type Found, type PublicQuery, type SelectOf } from './publicQuery'

/** How many documents one read of `findAllDocs` asks for. */
export const READ_PAGE_SIZE = 500

/** The sort with the ID as the last key, so pages never overlap or skip on equal values. */
function stableSort(sort: string | string[] | undefined): string[] {
  const keys = sort === undefined ? [] : Array.isArray(sort) ? sort : [sort]
  return keys.includes('id') || keys.includes('-id') ? keys : [...keys, 'id']
}

/** Every matching document, with the visitor's rights (published filters are the caller's). */
export async function findAllDocs<TSlug extends CollectionSlug, TSelect extends SelectOf<TSlug> & SelectType>(
  payload: Payload,
  args: PublicQuery<TSlug, TSelect>,
): Promise<Found<TSlug, TSelect>[]> {
  return collectPages((page) => findPublic(payload, { ...args, sort: stableSort(args.sort), page, limit: READ_PAGE_SIZE, pagination: true }))
}

export interface FoundPage<T> {
  docs: T[]
  /** The true number of matching documents. */
  total: number
  page: number
  pageCount: number
}

/** One page of matching documents and the true total; a page past the end gives the last page. */
export async function findPage<TSlug extends CollectionSlug, TSelect extends SelectOf<TSlug> & SelectType>(
  payload: Payload,
  args: PublicQuery<TSlug, TSelect>,
  page: number,
  pageSize: number,
): Promise<FoundPage<Found<TSlug, TSelect>>> {
  const query = { ...args, sort: stableSort(args.sort), limit: pageSize, pagination: true }
  let result = await findPublic(payload, { ...query, page: Math.max(1, page) })
  if (result.docs.length === 0 && result.totalPages > 0 && page > result.totalPages) {
    result = await findPublic(payload, { ...query, page: result.totalPages })
  }
  return {
    docs: result.docs,
    total: result.totalDocs,
    page: result.page ?? 1,
    pageCount: Math.max(1, result.totalPages),
  }
}
