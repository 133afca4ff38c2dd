/**
 * The building blocks of every public read of the site: published documents only, through the
 * Local API with the visitor's rights (`overrideAccess: false`), never drafts.
 */
import type { Payload, Where } from 'payload'
import { isSlug } from '../../domain/slugify'

export const published: Where = { _status: { equals: 'published' } }

/** Published and matching every extra condition. */
export function publishedAnd(...conditions: Where[]): Where {
  return { and: [published, ...conditions] }
}

/** Slugs in URLs are user input: only well-formed ones reach the database. */
export function cleanSlug(slug: string | undefined): string | undefined {
  const value = slug?.toLowerCase()
  return value && isSlug(value) ? value : undefined
}

// Loosely typed access to the Local API: results are cast to the site's own interfaces, which
// name only the fields the site uses.
type FindArgs = Parameters<Payload['find']>[0]

export async function findDocs<T>(payload: Payload, args: FindArgs): Promise<T[]> {
  const result = await payload.find({ draft: false, ...args, overrideAccess: false })
  return result.docs as unknown as T[]
}
