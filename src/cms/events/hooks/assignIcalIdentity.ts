import { randomUUID } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Event } from '../../../payload-types'

/**
 * A new event (also a duplicate of an old one) gets its own calendar UID and starts at SEQUENCE 0.
 * The UID is stored rather than derived from the document ID so it survives a move between
 * databases (SQLite to MongoDB changes IDs) and calendars never see the event twice.
 */
export const assignIcalIdentity: CollectionBeforeChangeHook<Event> = ({ data, operation }) => {
  if (operation !== 'create') return data
  data.icalUid = `${randomUUID()}@lvbinamsterdam.nl`
  data.icalSequence = 0
  return data
}
