import type { Freshness } from './freshness'

/**
 * Which reminder an item needs. The first reminder goes out once the item is due (or already
 * overdue); the second once it is overdue and at least two weeks after the first, so an item
 * that is overdue on its first check is not reminded twice in two days. What was sent is kept per
 * item with the review date it was about: a confirmation moves that date and starts over.
 */
export type ReminderStage = 'first' | 'second'

export const secondReminderAfterDays = 14

export interface ReminderRecord {
  /** The review date (ISO) the reminders were about; 'nooit' for never reviewed. */
  forReviewOf?: string | null
  firstSentAt?: string | null
  secondSentAt?: string | null
}

/** The key a reminder record is kept under: the review date the reminders were about. */
export function reminderKey(freshness: Freshness): string {
  return freshness.reviewedAt ? freshness.reviewedAt.toISOString() : 'nooit'
}

export function reminderDue(freshness: Freshness, record: ReminderRecord | null | undefined, now: Date): ReminderStage | undefined {
  if (freshness.status === 'current') return undefined
  const sameReview = record?.forReviewOf === reminderKey(freshness)
  if (!sameReview || !record?.firstSentAt) return 'first'
  if (freshness.status !== 'overdue' || record.secondSentAt) return undefined
  const firstSentAt = new Date(record.firstSentAt)
  const waitedLongEnough = now.getTime() - firstSentAt.getTime() >= secondReminderAfterDays * 24 * 60 * 60 * 1000
  return waitedLongEnough ? 'second' : undefined
}

/** The record after sending `stage` now. */
export function recordReminder(freshness: Freshness, record: ReminderRecord | null | undefined, stage: ReminderStage, now: Date): ReminderRecord {
  const key = reminderKey(freshness)
  const base: ReminderRecord = record?.forReviewOf === key ? { ...record } : { forReviewOf: key, firstSentAt: null, secondSentAt: null }
  if (stage === 'first') base.firstSentAt = now.toISOString()
  else base.secondSentAt = now.toISOString()
  return base
}
