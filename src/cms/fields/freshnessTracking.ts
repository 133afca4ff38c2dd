import type { Field } from 'payload'
import { isStaffField } from '../access/isStaffField'
import { nobodyField } from '../access/nobodyField'

/**
 * Bookkeeping for partner-content freshness, on organisations, offerings and experts:
 * - `lastEditedBy`: who saved this version (versions do not record it themselves); the weekly
 *   digest to the coordinator lists what partner editors changed. Set by `recordLastEditor`.
 * - `reviewReminders`: which reminders were sent about which review date, so the daily
 *   reminder job never repeats itself. Written by the job only.
 * Neither is ever public, nor set through the API.
 */
export function freshnessTrackingFields(): Field[] {
  return [
    {
      name: 'lastEditedBy',
      label: 'Laatst bewerkt door',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isStaffField, create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewReminders',
      label: 'Verstuurde herinneringen',
      type: 'group',
      access: { read: isStaffField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
      fields: [
        { name: 'forReviewOf', type: 'text' },
        { name: 'firstSentAt', type: 'date' },
        { name: 'secondSentAt', type: 'date' },
      ],
    },
  ]
}
