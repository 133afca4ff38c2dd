import type { Payload, PayloadRequest, Where } from 'payload'
import { freshnessOf, normaliseReviewPeriod, type Freshness } from '../../domain/freshness/freshness'
import type { ReminderRecord } from '../../domain/freshness/reminders'
import { idOf } from '../shared/access/roles'
import type { ReviewedCollection } from './access/canConfirmReview'

export const reviewedCollections: ReviewedCollection[] = ['organisations', 'offerings', 'experts']

export const collectionLabels: Record<ReviewedCollection, { singular: string; plural: string }> = {
  organisations: { singular: 'Organisatiepagina', plural: 'Organisatiepagina' },
  offerings: { singular: 'Aanbod', plural: 'Aanbod' },
  experts: { singular: 'Expert', plural: 'Experts' },
}

/** One item partners keep current, with its freshness now. */
export interface ReviewedItem {
  collection: ReviewedCollection
  id: string
  title: string
  organisationId: string
  publishStatus: 'published' | 'draft'
  lastReviewedAt?: string | null
  updatedAt?: string | null
  reviewReminders?: ReminderRecord | null
  freshness: Freshness
}

/** The review period from the site settings (default 6 months). */
export async function reviewPeriodMonths(payload: Payload, req?: PayloadRequest): Promise<number> {
  const settings = (await payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: true, req })) as { reviewPeriodMonths?: number | null }
  return normaliseReviewPeriod(settings?.reviewPeriodMonths)
}

interface LoadOptions {
  now?: Date
  /** Only this organisation's items. */
  organisationId?: string
  /** Only published items (reminders and the overview): retired and never-published drafts are not on the site. */
  publishedOnly?: boolean
  req?: PayloadRequest
}

/**
 * The organisation pages, offerings and experts with their freshness. Server-side bookkeeping
 * (reminders, overview, dashboard): reads with overrideAccess; callers authorise first.
 */
export async function loadReviewedItems(payload: Payload, options: LoadOptions = {}): Promise<ReviewedItem[]> {
  const now = options.now ?? new Date()
  const period = await reviewPeriodMonths(payload, options.req)
  const items: ReviewedItem[] = []
  for (const collection of reviewedCollections) {
    const conditions: Where[] = []
    if (options.publishedOnly) conditions.push({ _status: { equals: 'published' } })
    if (options.organisationId) {
      conditions.push(collection === 'organisations' ? { id: { equals: options.organisationId } } : { organisation: { equals: options.organisationId } })
    }
    const result = await payload.find({
      collection,
      where: conditions.length ? { and: conditions } : undefined,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: options.req,
      sort: collection === 'organisations' ? 'name' : collection === 'offerings' ? 'title' : 'name',
    })
    for (const doc of result.docs) {
      const id = String(doc.id)
      items.push({
        collection,
        id,
        title: String('title' in doc ? doc.title : doc.name),
        organisationId: collection === 'organisations' ? id : 'organisation' in doc ? (idOf(doc.organisation) ?? '') : '',
        publishStatus: doc._status === 'draft' ? 'draft' : 'published',
        lastReviewedAt: doc.lastReviewedAt,
        updatedAt: doc.updatedAt,
        reviewReminders: doc.reviewReminders,
        freshness: freshnessOf({ lastReviewedAt: doc.lastReviewedAt, updatedAt: doc.updatedAt }, now, period),
      })
    }
  }
  return items
}
