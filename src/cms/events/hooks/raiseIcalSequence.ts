import type { CollectionBeforeChangeHook } from 'payload'
import type { Event } from '../../../payload-types'
import { hasCalendarChange, nextIcalSequence } from '../../../domain/events/calendarChange'

/**
 * Calendar apps only replace an event they already have when its SEQUENCE goes up: raise it
 * whenever something a calendar shows changes (see `hasCalendarChange`).
 */
export const raiseIcalSequence: CollectionBeforeChangeHook<Event> = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  const changed = hasCalendarChange(originalDoc, data)
  data.icalSequence = nextIcalSequence(originalDoc.icalSequence, changed)
  return data
}
