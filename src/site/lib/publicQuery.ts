/**
 * The building blocks of every public read of the site: published documents only, through the
 * Local API with the visitor's rights (`overrideAccess: false`), never drafts.
 */
import type {
  CollectionSlug,
  PaginatedDocs,
  Payload,
  PopulateType,
  TypedCollectionSelect,
  SelectType,
  Sort,
  TransformCollectionWithSelect,
  Where,
} from 'payload'
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

/** The `select` of a collection (Payload's `SelectFromCollectionSlug`, which the package does not export). */
export type SelectOf<TSlug extends CollectionSlug> = TypedCollectionSelect[TSlug]

/**
 * What a public read may choose: which documents, which fields, how deep. Access
 * (`overrideAccess: false`, no user) and drafts (`draft: false`) are fixed by `findPublic`.
 */
export interface PublicQuery<TSlug extends CollectionSlug, TSelect extends SelectType> {
  collection: TSlug
  where?: Where
  select?: TSelect
  populate?: PopulateType
  sort?: Sort
  depth?: number
}

/** A public read and the part of the result it asks for. */
export interface PublicFind<TSlug extends CollectionSlug, TSelect extends SelectType> extends PublicQuery<TSlug, TSelect> {
  limit?: number
  page?: number
  pagination?: boolean
}

/** A document of `TSlug` as a read with `select: TSelect` returns it (Payload's generated types). */
export type Found<TSlug extends CollectionSlug, TSelect extends SelectType> = TransformCollectionWithSelect<TSlug, TSelect>

/** One read with the visitor's rights, typed by the collection and the select. */
export async function findPublic<TSlug extends CollectionSlug, TSelect extends SelectOf<TSlug> & SelectType>(
  payload: Payload,
  args: PublicFind<TSlug, TSelect>,
): Promise<PaginatedDocs<Found<TSlug, TSelect>>> {
  const anyCollection: PublicFind<CollectionSlug, SelectType> = args
  const result: PaginatedDocs<unknown> = await payload.find({ ...anyCollection, draft: false, overrideAccess: false })
  // TypeScript cannot evaluate Payload's find for a collection that is a type parameter (TS2590), so
  // it is called for any collection above and its documents get the generated type of this one here.
  return result as PaginatedDocs<Found<TSlug, TSelect>>
}

export async function findDocs<TSlug extends CollectionSlug, TSelect extends SelectOf<TSlug> & SelectType>(
  payload: Payload,
  args: PublicFind<TSlug, TSelect>,
): Promise<Found<TSlug, TSelect>[]> {
  return (await findPublic(payload, args)).docs
}
