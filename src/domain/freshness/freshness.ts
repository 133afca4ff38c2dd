/**
 * Freshness of partner content (organisation pages, offerings, experts). The covenant makes each
 * partner responsible for current information; the portal asks them to confirm their content
 * every review period (the `reviewPeriodMonths` site setting, default 6 months).
 *
 * Decisions:
 * - The reference date is `lastReviewedAt` (an editor confirmed it, or saved it with that date);
 *   without one, `updatedAt` (the last edit): a freshly edited item is current.
 * - "current" until one month before the period ends; "due" during that last month (the first
 *   reminder goes out then, so the editor can confirm before the public site marks it); "overdue"
 *   once the whole period has passed: the site then shows "informatie mogelijk verouderd".
 * - Months are calendar months (6 months after 31 August is 28/29 February), in UTC.
 */

export type FreshnessStatus = 'current' | 'due' | 'overdue'

export const defaultReviewPeriodMonths = 6

/** How long before the end of the period an item becomes due. */
export const dueWindowMonths = 1

/** Waiting times are flagged on the site when they were last updated longer ago than this. */
export const waitingTimeStaleMonths = 3

export const freshnessLabels: Record<FreshnessStatus, string> = {
  current: 'Actueel',
  due: 'Binnenkort controleren',
  overdue: 'Verouderd',
}

type DateInput = string | Date | null | undefined

function toDate(value: DateInput): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** `date` plus whole calendar months, clamped to the last day of a shorter month. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

/** A usable review period: a whole number of months of at least 1, else the default. */
export function normaliseReviewPeriod(months: number | null | undefined): number {
  if (typeof months !== 'number' || !Number.isFinite(months) || months < 1) return defaultReviewPeriodMonths
  return Math.floor(months)
}

export interface FreshnessInput {
  lastReviewedAt?: DateInput
  updatedAt?: DateInput
}

/** The date freshness counts from: last review, else last edit; undefined when neither is known. */
export function referenceDate(item: FreshnessInput): Date | undefined {
  return toDate(item.lastReviewedAt) ?? toDate(item.updatedAt)
}

export interface Freshness {
  status: FreshnessStatus
  /** The date the status is computed from (undefined: never reviewed nor edited: overdue). */
  reviewedAt?: Date
  /** When the item becomes due. */
  dueAt?: Date
  /** When the item becomes overdue (the end of the review period). */
  overdueAt?: Date
}

export function freshnessOf(item: FreshnessInput, now: Date, reviewPeriodMonths?: number | null): Freshness {
  const period = normaliseReviewPeriod(reviewPeriodMonths)
  const reviewedAt = referenceDate(item)
  if (!reviewedAt) return { status: 'overdue' }
  const overdueAt = addMonths(reviewedAt, period)
  // A period of one month is due right away: the due window never starts before the review.
  const dueAt = period > dueWindowMonths ? addMonths(reviewedAt, period - dueWindowMonths) : reviewedAt
  const status: FreshnessStatus = now >= overdueAt ? 'overdue' : now >= dueAt ? 'due' : 'current'
  return { status, reviewedAt, dueAt, overdueAt }
}

/** True when a waiting time was last updated more than three months ago (or never dated). */
export function isWaitingTimeStale(updatedAt: DateInput, now: Date): boolean {
  const date = toDate(updatedAt)
  if (!date) return true
  return now >= addMonths(date, waitingTimeStaleMonths)
}
