import type { Payload, Where } from 'payload'
import { freshnessOf, type FreshnessStatus } from '../../domain/freshness/freshness'
import { referenceWindow } from '../../domain/workQueues/freshnessWindow'
import type { ReviewedCollection } from '../freshness/access/canConfirmReview'
import { reviewedCollections, reviewPeriodMonths } from '../freshness/contentFreshness'

export interface PartnerFreshnessCounts {
  overdue: number
  due: number
  periodMonths: number
}

/**
 * What the freshness overview (/admin/actualiteit) counts: published items of published
 * organisations. The organisation's own page is the organisation itself.
 */
function published(collection: ReviewedCollection): Where[] {
  const own: Where = { _status: { equals: 'published' } }
  return collection === 'organisations' ? [own] : [own, { 'organisation._status': { equals: 'published' } }]
}

/** The reference (last review, else last edit) lies before `moment`. */
function referenceBefore(moment: Date): Where {
  const iso = moment.toISOString()
  return { or: [{ lastReviewedAt: { less_than: iso } }, { and: [{ lastReviewedAt: { exists: false } }, { updatedAt: { less_than: iso } }] }] }
}

/** The reference lies between `from` and `until` (inclusive). */
function referenceBetween(from: Date, until: Date): Where {
  const range = (field: string): Where[] => [{ [field]: { greater_than_equal: from.toISOString() } }, { [field]: { less_than_equal: until.toISOString() } }]
  return { or: [{ and: range('lastReviewedAt') }, { and: [{ lastReviewedAt: { exists: false } }, ...range('updatedAt')] }] }
}

/**
 * How many items of one collection have at least reached `status` ('due' counts due and overdue).
 * Counted in the database up to a few days around the cut-off; those few are checked by the rule.
 */
async function countReached(
  payload: Payload,
  user: unknown,
  collection: ReviewedCollection,
  status: Exclude<FreshnessStatus, 'current'>,
  now: Date,
  period: number,
): Promise<number> {
  const window = referenceWindow(now, status === 'overdue' ? period : period - 1)
  const base = published(collection)
  const [{ totalDocs: certain }, uncertain] = await Promise.all([
    payload.count({ collection, where: { and: [...base, referenceBefore(window.certainBefore)] }, overrideAccess: false, user }),
    payload.find({
      collection,
      where: { and: [...base, referenceBetween(window.certainBefore, window.certainAfter)] },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
      select: { lastReviewedAt: true, updatedAt: true },
    }),
  ])
  const reached = uncertain.docs.filter((doc) => {
    const { status: actual } = freshnessOf({ lastReviewedAt: doc.lastReviewedAt, updatedAt: doc.updatedAt }, now, period)
    return status === 'overdue' ? actual === 'overdue' : actual !== 'current'
  }).length
  return certain + reached
}

/** Overdue and due partner content over all organisations, as the freshness overview totals them. */
export async function partnerFreshnessCounts(payload: Payload, user: unknown, now: Date): Promise<PartnerFreshnessCounts> {
  const period = await reviewPeriodMonths(payload)
  const counts = await Promise.all(
    reviewedCollections.map(async (collection) => {
      const [overdue, notCurrent] = await Promise.all([
        countReached(payload, user, collection, 'overdue', now, period),
        countReached(payload, user, collection, 'due', now, period),
      ])
      return { overdue, due: notCurrent - overdue }
    }),
  )
  return {
    overdue: counts.reduce((sum, count) => sum + count.overdue, 0),
    due: counts.reduce((sum, count) => sum + count.due, 0),
    periodMonths: period,
  }
}
