import type { CollectionSlug, Payload, PayloadRequest, SelectType, Where } from 'payload'

/** How a monitoring read is done: on behalf of the user (their access decides), or as the system. */
export type ReadAs = { overrideAccess: false; user: PayloadRequest['user']; req?: PayloadRequest } | { overrideAccess: true; req?: PayloadRequest }

export const PAGE_SIZE = 1000

/**
 * Every matching document, a page at a time, with only the selected fields: the cost stays
 * bounded per page (10,000 case questions are 10 pages of small rows) and nothing is cut off
 * silently, whatever the collection's size.
 */
export async function findAll<T>(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  select: SelectType,
  readAs: ReadAs,
  sort = 'createdAt',
  pageSize = PAGE_SIZE,
): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({ collection, where, select, sort, depth: 0, limit: pageSize, page, ...readAs } as Parameters<Payload['find']>[0])
    // T is what `select` picks from this collection; Payload types a dynamic slug's docs as the union of all collections.
    docs.push(...(result.docs as unknown as T[]))
    if (!result.hasNextPage) return docs
  }
}

/** `where` for a date field in an Amsterdam year. */
export function inRange(field: string, range: { from: Date; to: Date }): Where {
  return { and: [{ [field]: { greater_than_equal: range.from.toISOString() } }, { [field]: { less_than: range.to.toISOString() } }] }
}

/** The earliest value of a date field the reader may see, for the year filter. */
export async function firstDate(payload: Payload, collection: CollectionSlug, field: string, readAs: ReadAs, where: Where = {}): Promise<Date | undefined> {
  const { docs } = await payload.find({
    collection,
    where: { and: [where, { [field]: { exists: true } }] },
    sort: field,
    limit: 1,
    depth: 0,
    pagination: false,
    select: { [field]: true },
    ...readAs,
  } as Parameters<Payload['find']>[0])
  const value: unknown = docs[0] ? Object.entries(docs[0]).find(([key]) => key === field)?.[1] : undefined
  return typeof value === 'string' ? new Date(value) : undefined
}
