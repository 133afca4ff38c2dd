import type { CollectionBeforeChangeHook } from 'payload'
import type { Offering } from '../../../payload-types'

/**
 * Waiting times go stale fast; the site shows "wachttijd bijgewerkt op …" so a professional can
 * judge them. The date follows the number: set whenever the waiting time is entered or changed.
 */
export const setWaitingTimeDate: CollectionBeforeChangeHook<Offering> = ({ data, operation, originalDoc }) => {
  if (data.waitingTimeWeeks === undefined) return data
  const before = operation === 'update' ? (originalDoc?.waitingTimeWeeks ?? null) : null
  const after = data.waitingTimeWeeks ?? null
  // On create a given date is kept: imported or seeded offerings bring the date they were known.
  if (operation === 'create' && data.waitingTimeUpdatedAt) return data
  if (after !== before || (after !== null && !originalDoc?.waitingTimeUpdatedAt)) {
    data.waitingTimeUpdatedAt = after === null ? null : new Date().toISOString()
  }
  return data
}
