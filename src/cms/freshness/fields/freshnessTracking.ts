import type { Field } from 'payload'
import { ownOrganisationField } from '../../shared/access/ownOrganisationField'
import { nobodyField } from '../../shared/access/nobodyField'

/**
 * Bookkeeping for partner-content freshness, on organisations, offerings and experts:
 * - `lastEditedBy`: who saved this version (versions do not record it themselves); the weekly
 *   digest to the coordinator lists what partner editors changed. Set by `recordLastEditor`.
 * - `reviewReminders`: which reminders were sent about which review date, so the daily
 *   reminder job never repeats itself. Written by the job only.
 * Neither is ever public, nor set through the API; staff of other organisations do not see them.
 */
export function freshnessTrackingFields(): Field[] {
  return [
    {
      name: 'lastEditedBy',
      label: 'Laatst bewerkt door',
      type: 'relationship',
      relationTo: 'users',
      access: { read: ownOrganisationField, create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewReminders',
      label: 'Verstuurde herinneringen',
      type: 'group',
      access: { read: ownOrganisationField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
      fields: [
        { name: 'forReviewOf', type: 'text' },
        { name: 'firstSentAt', type: 'date' },
        { name: 'secondSentAt', type: 'date' },
      ],
    },
  ]
}
